"""A reprisal noun after "in" names its verb's act, framed as the verb is (events/frames.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.events import extract_events

from .conftest import Row, actors_from_ents

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


def _coded(make_doc: MakeDoc, rows: list[Row]) -> list[tuple[str, str, bool]]:
    doc = make_doc(rows)
    events = extract_events(doc, actors_from_ents(doc), (), (), PUBLISHED)
    return sorted((e.trigger.text, e.type, e.intent) for e in events)


def test_a_reprisal_under_would_is_no_attack_done(make_doc: MakeDoc) -> None:
    """ "Peru would attack in retaliation." """
    rows: list[Row] = [
        ("Peru", "PROPN", "nsubj", 2, "B-GPE", "Peru"),
        ("would", "AUX", "aux", 1, "O", "would"),
        ("attack", "VERB", "ROOT", 0, "O", "attack"),
        ("in", "ADP", "prep", -1, "O", "in"),
        ("retaliation", "NOUN", "pobj", -1, "O", "retaliation"),
        (".", "PUNCT", "punct", -3, "O", "."),
    ]
    assert _coded(make_doc, rows) == [("attack", "THREATEN", True)]


def test_a_reprisal_after_an_attack_done_is_that_attack(make_doc: MakeDoc) -> None:
    """ "Peru attacked in retaliation.": one attack, not two."""
    rows: list[Row] = [
        ("Peru", "PROPN", "nsubj", 1, "B-GPE", "Peru"),
        ("attacked", "VERB", "ROOT", 0, "O", "attack"),
        ("in", "ADP", "prep", -1, "O", "in"),
        ("retaliation", "NOUN", "pobj", -1, "O", "retaliation"),
        (".", "PUNCT", "punct", -3, "O", "."),
    ]
    assert _coded(make_doc, rows) == [("attacked", "ASSAULT", False)]
