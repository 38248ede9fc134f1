"""A threat described as a kind of danger is no threat made (events/screening_background.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.events import extract_events

from .conftest import Row, actors_from_ents

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


def _threats(make_doc: MakeDoc, rows: list[Row]) -> list[str]:
    doc = make_doc(rows)
    events = extract_events(doc, actors_from_ents(doc), (), (), PUBLISHED)
    return [e.trigger.text for e in events if e.type == "THREATEN"]


def _sentence(target: bool) -> list[Row]:
    """ "Chile fears Peru's nuclear threat [against Bolivia]." """
    rows: list[Row] = [
        ("Chile", "PROPN", "nsubj", 1, "B-GPE", "Chile"),
        ("fears", "VERB", "ROOT", 0, "O", "fear"),
        ("Peru", "PROPN", "poss", 3, "B-GPE", "Peru"),
        ("'s", "PART", "case", -1, "O", "'s"),
        ("nuclear", "ADJ", "amod", 1, "O", "nuclear"),
        ("threat", "NOUN", "dobj", -4, "O", "threat"),
    ]
    if target:
        rows += [
            ("against", "ADP", "prep", -1, "O", "against"),
            ("Bolivia", "PROPN", "pobj", -1, "B-GPE", "Bolivia"),
        ]
    rows.append((".", "PUNCT", "punct", 1 - len(rows), "O", "."))
    return rows


def test_a_nuclear_threat_is_a_danger_not_a_threat_made(make_doc: MakeDoc) -> None:
    assert _threats(make_doc, _sentence(target=False)) == []


def test_a_nuclear_threat_against_someone_is_a_threat_made(make_doc: MakeDoc) -> None:
    assert _threats(make_doc, _sentence(target=True)) == ["threat"]
