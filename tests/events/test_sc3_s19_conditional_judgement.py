"""A judgement made under a condition of its own blames no one yet (events/speech.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Quote

from .conftest import Row, actors_from_ents

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


def _rows(condition: bool) -> list[Row]:
    """ "Norway said Peru would be foolish [if it attacked Chile]." """
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("said", "VERB", "ROOT", 0, "O", "say"),
        ("Peru", "PROPN", "nsubj", 2, "B-GPE", "Peru"),
        ("would", "AUX", "aux", 1, "O", "would"),
        ("be", "AUX", "ccomp", -3, "O", "be"),
        ("foolish", "ADJ", "acomp", -1, "O", "foolish"),
    ]
    if condition:
        rows += [
            ("if", "SCONJ", "mark", 2, "O", "if"),
            ("it", "PRON", "nsubj", 1, "O", "it"),
            ("attacked", "VERB", "advcl", -4, "O", "attack"),
            ("Chile", "PROPN", "dobj", -1, "B-GPE", "Chile"),
        ]
    rows.append((".", "PUNCT", "punct", 1 - len(rows), "O", "."))
    return rows


def _accusations(doc: Doc) -> list[str]:
    start, end = doc[2].idx, doc[-2].idx + len(doc[-2].text)
    quote = Quote("reported", start, end, doc.text[start:end], speaker="A1")
    events = extract_events(doc, actors_from_ents(doc), (), (quote,), PUBLISHED)
    return [e.trigger.text for e in events if e.type == "ACCUSE"]


def test_a_judgement_under_an_if_clause_is_no_accusation(make_doc: MakeDoc) -> None:
    assert _accusations(make_doc(_rows(condition=True))) == []


def test_the_same_judgement_without_a_condition_is_an_accusation(make_doc: MakeDoc) -> None:
    assert _accusations(make_doc(_rows(condition=False))) == ["foolish"]
