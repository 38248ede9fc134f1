"""What is only rumoured is not coded as done: "rumours that Ruritania attacked Vastland"
report no attack (modality.tsv). Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


@pytest.mark.parametrize(("form", "lemma"), [("Rumours", "rumour"), ("Rumors", "rumor")])
def test_a_rumoured_attack_is_not_coded(blank_nlp: Language, form: str, lemma: str) -> None:
    # "Rumours that Ruritania attacked Vastland spread quickly."
    notation = (
        f"{form}|NOUN|nsubj|5||{lemma} that|SCONJ|mark|2 Ruritania|PROPN|nsubj|1|B-GPE "
        "attacked|VERB|acl|-3||attack Vastland|PROPN|dobj|-1|B-GPE spread|VERB|ROOT|0 "
        "quickly|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    doc = build(blank_nlp, parsed(notation), {"attacked": "VBD"})
    assert [e.type for e in events_of(doc)] == []
