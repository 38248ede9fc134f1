"""A noun act with an adjective that puts it ahead (modality.tsv coming: upcoming,
forthcoming, impending, planned, proposed, scheduled, prospective) is still to come
(frames._coming): "Ruritania's planned attack on Vastland" is no ASSAULT even with its
own source, "the upcoming summit" is a scheduled meeting; "Ruritania's first attack"
keeps its act. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


@pytest.mark.parametrize(
    ("adjective", "done"), [("planned", False), ("impending", False), ("first", True)]
)
def test_an_attack_still_ahead_is_not_done(blank_nlp: Language, adjective: str, done: bool) -> None:
    # "Ruritania 's <adjective> attack on Vastland ended ."
    notation = (
        f"Ruritania|PROPN|poss|3|B-GPE 's|PART|case|-1 {adjective}|ADJ|amod|1 "
        "attack|NOUN|nsubj|3 on|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE "
        "ended|VERB|ROOT|0||end .|PUNCT|punct|-1"
    )
    doc = build(blank_nlp, parsed(notation), {"ended": "VBD"})
    assert ("ASSAULT" in [e.type for e in events_of(doc)]) is done


@pytest.mark.parametrize(("adjective", "intent"), [("upcoming", True), ("first", False)])
def test_an_upcoming_summit_is_scheduled(blank_nlp: Language, adjective: str, intent: bool) -> None:
    # "Vastland 's <adjective> summit with Ruritania opened ."
    notation = (
        f"Vastland|PROPN|poss|3|B-GPE 's|PART|case|-1 {adjective}|ADJ|amod|1 "
        "summit|NOUN|nsubj|3 with|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
        "opened|VERB|ROOT|0||open .|PUNCT|punct|-1"
    )
    doc = build(blank_nlp, parsed(notation), {"opened": "VBD"})
    summits = [e for e in events_of(doc) if e.type == "CONSULT"]
    assert summits and all(e.intent is intent for e in summits)
