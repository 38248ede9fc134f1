"""A form the model lemmatizes wrongly still carries its modality (events/modality.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.events import extract_events

from .conftest import Row, actors_from_ents

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


def _coded(make_doc: MakeDoc, verb: str, lemma: str) -> list[tuple[str, bool]]:
    """ "Peru <verb> to attack Chile." with the model's lemma for the verb."""
    doc = make_doc(
        [
            ("Peru", "PROPN", "nsubj", 1, "B-GPE", "Peru"),
            (verb, "VERB", "ROOT", 0, "O", lemma),
            ("to", "PART", "aux", 1, "O", "to"),
            ("attack", "VERB", "xcomp", -2, "O", "attack"),
            ("Chile", "PROPN", "dobj", -1, "B-GPE", "Chile"),
            (".", "PUNCT", "punct", -4, "O", "."),
        ]
    )
    events = extract_events(doc, actors_from_ents(doc), (), (), PUBLISHED)
    return [(e.type, e.intent) for e in events]


def test_hopes_lemmatized_hop_still_makes_the_act_an_intent(make_doc: MakeDoc) -> None:
    assert _coded(make_doc, "hopes", "hop") == [("THREATEN", True)]


def test_hopping_is_no_intent(make_doc: MakeDoc) -> None:
    assert _coded(make_doc, "hops", "hop") == [("ASSAULT", False)]
