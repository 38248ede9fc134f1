"""Acts of those a future "there will be" brings in are foreseen (events/screening.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.events import extract_events

from .conftest import Row, actors_from_ents

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


# "students who are demonstrating against Peru.": the relative clause both tests share; its
# first row is "students", the attribute of the existential verb just before it
_STUDENTS: list[Row] = [
    ("students", "NOUN", "attr", -1, "O", "student"),
    ("who", "PRON", "nsubj", 2, "O", "who"),
    ("are", "AUX", "aux", 1, "O", "be"),
    ("demonstrating", "VERB", "relcl", -3, "O", "demonstrate"),
    ("against", "ADP", "prep", -1, "O", "against"),
    ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
    (".", "PUNCT", "punct", -7, "O", "."),
]


def _rows(aux: str) -> list[Row]:
    """ "There <aux> be students who are demonstrating against Peru." """
    return [
        ("There", "PRON", "expl", 2, "O", "there"),
        (aux, "AUX", "aux", 1, "O", aux),
        ("be", "AUX", "ROOT", 0, "O", "be"),
        *_STUDENTS,
    ]


def _protests(make_doc: MakeDoc, rows: list[Row]) -> list[str]:
    doc = make_doc(rows)
    events = extract_events(doc, actors_from_ents(doc), (), (), PUBLISHED)
    return [e.trigger.text for e in events if e.type == "PROTEST"]


def test_an_act_of_those_there_will_be_is_foreseen(make_doc: MakeDoc) -> None:
    assert _protests(make_doc, _rows("will")) == []


def test_an_act_of_those_there_are_is_kept(make_doc: MakeDoc) -> None:
    there_are: list[Row] = [
        ("There", "PRON", "expl", 1, "O", "there"),
        ("are", "AUX", "ROOT", 0, "O", "be"),
    ]
    rows = there_are + _STUDENTS
    assert _protests(make_doc, rows) == ["demonstrating"]
