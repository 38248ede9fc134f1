"""A worry about a thing an authority put forward ("the plan put forward by the
government", "the government's plan") is aimed at that authority (ACCUSE); one about
someone's welfare or a bare thing is not. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

_TAGS = {"voiced": "VBD", "put": "VBN", "concerns": "NNS"}

# "The Kiva Union voiced concerns about the plan put forward by the government."
AUTHORED = (
    "The|DET|det|2 Kiva|PROPN|compound|1|B-ORG Union|PROPN|nsubj|1|I-ORG "
    "voiced|VERB|ROOT|0||voice concerns|NOUN|dobj|-1||concern about|ADP|prep|-1 "
    "the|DET|det|1 plan|NOUN|pobj|-2 put|VERB|acl|-1 forward|ADV|advmod|-1 "
    "by|ADP|agent|-2 the|DET|det|1 government|NOUN|pobj|-2 .|PUNCT|punct|-10"
)
# "The Kiva Union voiced concerns about the government's plan."
POSSESSED = (
    "The|DET|det|2 Kiva|PROPN|compound|1|B-ORG Union|PROPN|nsubj|1|I-ORG "
    "voiced|VERB|ROOT|0||voice concerns|NOUN|dobj|-1||concern about|ADP|prep|-1 "
    "the|DET|det|1 government|NOUN|poss|2 's|PART|case|-1 plan|NOUN|pobj|-4 .|PUNCT|punct|-7"
)
# "The Kiva Union voiced concerns about the soldiers' health."
WELFARE = (
    "The|DET|det|2 Kiva|PROPN|compound|1|B-ORG Union|PROPN|nsubj|1|I-ORG "
    "voiced|VERB|ROOT|0||voice concerns|NOUN|dobj|-1||concern about|ADP|prep|-1 "
    "the|DET|det|1 soldiers|NOUN|poss|2||soldier '|PART|case|-1 health|NOUN|pobj|-4 "
    ".|PUNCT|punct|-7"
)
# "The Kiva Union voiced concerns about the plan."
THING = (
    "The|DET|det|2 Kiva|PROPN|compound|1|B-ORG Union|PROPN|nsubj|1|I-ORG "
    "voiced|VERB|ROOT|0||voice concerns|NOUN|dobj|-1||concern about|ADP|prep|-1 "
    "the|DET|det|1 plan|NOUN|pobj|-2 .|PUNCT|punct|-5"
)


def _types(nlp: Language, notation: str) -> list[str]:
    return [e.type for e in events_of(build(nlp, parsed(notation), _TAGS))]


def test_concern_about_what_an_authority_put_forward_accuses_it(blank_nlp: Language) -> None:
    assert _types(blank_nlp, AUTHORED) == ["ACCUSE"]


def test_concern_about_an_authoritys_plan_accuses_it(blank_nlp: Language) -> None:
    assert _types(blank_nlp, POSSESSED) == ["ACCUSE"]


def test_concern_for_someones_welfare_or_a_bare_thing_accuses_no_one(
    blank_nlp: Language,
) -> None:
    assert _types(blank_nlp, WELFARE) == []
    assert _types(blank_nlp, THING) == []
