"""An act nearly or almost done was not done, and one on the verge or brink of being done is
still to come: "Ruritania nearly attacked Vastland" attacked no one, "is on the verge of
attacking" threatens an attack (modality.tsv). Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


@pytest.mark.parametrize("adverb", ["nearly", "almost"])
def test_an_act_nearly_done_is_not_done(blank_nlp: Language, adverb: str) -> None:
    # "Ruritania nearly attacked Vastland."
    notation = (
        f"Ruritania|PROPN|nsubj|2|B-GPE {adverb}|ADV|advmod|1 attacked|VERB|ROOT|0||attack "
        "Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    doc = build(blank_nlp, parsed(notation), {"attacked": "VBD"})
    assert [e.type for e in events_of(doc)] == []


@pytest.mark.parametrize("noun", ["verge", "brink"])
def test_an_attack_on_the_verge_is_a_threat(blank_nlp: Language, noun: str) -> None:
    # "Ruritania is on the verge of attacking Vastland."
    notation = (
        f"Ruritania|PROPN|nsubj|1|B-GPE is|AUX|ROOT|0||be on|ADP|prep|-1 the|DET|det|1 "
        f"{noun}|NOUN|pobj|-2 of|ADP|prep|-1 attacking|VERB|pcomp|-1||attack "
        "Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-7"
    )
    doc = build(blank_nlp, parsed(notation), {"attacking": "VBG"})
    assert [(e.type, e.intent) for e in events_of(doc)] == [("THREATEN", True)]
