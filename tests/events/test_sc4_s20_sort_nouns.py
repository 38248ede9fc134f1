"""The word "kind" read as a noun is a sort ("some kind of trick"), no praise in speech; the
adjective still praises. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.speech import _judgement

from .conftest import build, parsed

_TAGS = {"kind": "NN"}

# '"It is some kind of trick," Ana said.' and '"It is a kind gesture," Ana said.'
SORT = (
    '"|PUNCT|punct|10 It|PRON|nsubj|1 is|AUX|ccomp|8||be some|DET|det|1 kind|NOUN|attr|-2 '
    'of|ADP|prep|-1 trick|NOUN|pobj|-1 ,|PUNCT|punct|3 "|PUNCT|punct|2 '
    "Ana|PROPN|nsubj|1|B-PERSON said|VERB|ROOT|0||say .|PUNCT|punct|-1"
)
PRAISE = (
    '"|PUNCT|punct|9 It|PRON|nsubj|1 is|AUX|ccomp|7||be a|DET|det|2 kind|ADJ|amod|1 '
    'gesture|NOUN|attr|-3 ,|PUNCT|punct|3 "|PUNCT|punct|2 '
    "Ana|PROPN|nsubj|1|B-PERSON said|VERB|ROOT|0||say .|PUNCT|punct|-1"
)


def _kind(nlp: Language, notation: str) -> str | None:
    doc = build(nlp, parsed(notation), _TAGS)
    token = next(t for t in doc if t.text == "kind")
    return _judgement(token, load_lexicon())[0]


def test_kind_as_a_noun_is_a_sort_not_praise(blank_nlp: Language) -> None:
    assert _kind(blank_nlp, SORT) is None


def test_kind_as_an_adjective_still_praises(blank_nlp: Language) -> None:
    assert _kind(blank_nlp, PRAISE) == "praise"
