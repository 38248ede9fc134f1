"""A poll's share that supports or opposes something states an opinion: the null frame named
by its subject absorbs the object too, so the object noun is no act of its own (stop 20).
Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.lexicon import LexiconError, _entry, load_lexicon

from .conftest import build, events_of, parsed

# "Sixty percent support the death penalty for traitors."
POLL = (
    "Sixty|NUM|nummod|1 percent|NOUN|nsubj|1 support|VERB|ROOT|0 the|DET|det|2 "
    "death|NOUN|compound|1 penalty|NOUN|dobj|-3 for|ADP|prep|-1 traitors|NOUN|pobj|-1 "
    ".|PUNCT|punct|-6"
)
# "The council supported the sanctions against Ruritania."
COUNCIL = (
    "The|DET|det|1 council|NOUN|nsubj|1|B-ORG supported|VERB|ROOT|0 the|DET|det|1 "
    "sanctions|NOUN|dobj|-2 against|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-5"
)


def _types(nlp: Language, notation: str) -> list[str]:
    return [e.type for e in events_of(build(nlp, parsed(notation)))]


def test_a_polled_share_supporting_a_penalty_codes_no_sanction(blank_nlp: Language) -> None:
    assert _types(blank_nlp, POLL) == []


def test_a_body_supporting_sanctions_still_codes(blank_nlp: Language) -> None:
    assert _types(blank_nlp, COUNCIL) != []


def test_an_absorbing_frame_must_be_null() -> None:
    raw = {"lemma": "support", "pos": "VERB", "type": "SUPPORT", "absorbs": True}
    with pytest.raises(LexiconError, match="only a null frame absorbs"):
        _entry(raw, load_lexicon().types, "test")
