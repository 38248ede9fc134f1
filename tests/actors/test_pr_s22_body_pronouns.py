"""A sentence-opening "they" stands for the one organisation the sentence before names.

Invented sentences, hand-parsed (no model). "They objected" after "The Zorvex Party
walked out" was no mention of the party, so the objection had no doer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_PARTY = (
    "The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG Party|PROPN|nsubj|1|I-ORG "
    "walked|VERB|ROOT|0 out|ADP|prt|-1 .|PUNCT|punct|-2 "
)
_THEY = "They|PRON|nsubj|1 objected|VERB|ROOT|0 .|PUNCT|punct|-1"
_LATER = "Later|ADV|advmod|2 ,|PUNCT|punct|1 they|PRON|nsubj|1 left|VERB|ROOT|0 .|PUNCT|punct|-1"
_PERSON = (
    "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON "
    "walked|VERB|ROOT|0 out|ADP|prt|-1 .|PUNCT|punct|-2 "
)
_REPORT = (
    "Zorvex|PROPN|compound|1|B-ORG News|PROPN|nsubj|1|I-ORG reports|VERB|ROOT|0 "
    "that|SCONJ|mark|2 gunmen|NOUN|nsubj|1 seized|VERB|ccomp|-3 "
    "the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-6 "
)

_OFFICIALS = (
    "Zorvex|PROPN|compound|1|B-ORG Bank|PROPN|nsubj|1|I-ORG replied|VERB|ROOT|0 "
    "after|SCONJ|mark|2 clerks|NOUN|nsubj|1 complained|VERB|advcl|-3 .|PUNCT|punct|-4 "
)


def _bound(make_doc: MakeDoc, notation: str, plural: str = "") -> dict[str, list[str]]:
    doc = make_doc(parsed(notation))
    for token in doc:
        if token.text == plural:
            token.tag_ = "NNS"  # the notation has no fine-grained tags
    actors = extract_actors(doc).actors
    return {a.name: [m.text for m in a.mentions if m.source == "pronoun"] for a in actors}


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        (_PARTY + _THEY, {"Zorvex Party": ["They"]}),
        # a "they" bound so is the subject the next sentence's "they" stands for
        (_PARTY + _THEY + " " + _LATER, {"Zorvex Party": ["They", "they"]}),
        # a person is no "they"
        (_PERSON + _THEY, {"Jo Brin": []}),
        # a body reporting what others did: "they" may be those others
        (_REPORT + _THEY, {"Zorvex News": []}),
    ],
)
def test_they_after_a_named_body(
    make_doc: MakeDoc, notation: str, expected: dict[str, list[str]]
) -> None:
    assert _bound(make_doc, notation) == expected


def test_no_they_after_people_named_in_the_plural(make_doc: MakeDoc) -> None:
    # "Zorvex Bank replied after clerks complained. They objected.": the clerks may be meant
    assert _bound(make_doc, _OFFICIALS + _THEY, plural="clerks") == {"Zorvex Bank": []}
    assert _bound(make_doc, _OFFICIALS + _THEY) == {"Zorvex Bank": ["They"]}
