"""A request for a thing names whom it asks with the thing's "by" or "from" phrase: "Ruritania
called for an inquiry by Vastland" asks Vastland; not the place a force is to leave ("the
withdrawal of troops from Vastland"), nor where the people of an "of" phrase come from ("the
inclusion of the envoys from Vastland"). Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

_HEAD = "Ruritania|PROPN|nsubj|1|B-GPE called|VERB|ROOT|0||call for|ADP|prep|-1 "
# "Ruritania called for an inquiry by Vastland."
INQUIRY_BY = _HEAD + (
    "an|DET|det|1 inquiry|NOUN|pobj|-2 by|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)
# "Ruritania called for help from Vastland."
HELP_FROM = _HEAD + (
    "help|NOUN|pobj|-1 from|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-5"
)
# "Ruritania called for the withdrawal of troops from Vastland."
WITHDRAWAL_FROM = _HEAD + (
    "the|DET|det|1 withdrawal|NOUN|pobj|-2 of|ADP|prep|-1 troops|NOUN|pobj|-1||troop "
    "from|ADP|prep|-3 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
)
# "Ruritania called for the inclusion of the envoys from Vastland."
INCLUSION_OF_FROM = _HEAD + (
    "the|DET|det|1 inclusion|NOUN|pobj|-2 of|ADP|prep|-1 the|DET|det|1 "
    "envoys|NOUN|pobj|-2||envoy from|ADP|prep|-4 Vastland|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-9"
)


def _called(nlp: Language, notation: str) -> list[str | None]:
    doc = build(nlp, parsed(notation))
    return [e.recipient for e in events_of(doc) if e.trigger.text == "called"]


@pytest.mark.parametrize("notation", [INQUIRY_BY, HELP_FROM])
def test_who_is_to_do_or_give_what_is_asked_for_is_asked(
    blank_nlp: Language, notation: str
) -> None:
    assert _called(blank_nlp, notation) == ["A2"]


@pytest.mark.parametrize("notation", [WITHDRAWAL_FROM, INCLUSION_OF_FROM])
def test_a_place_left_or_a_home_is_not_asked(blank_nlp: Language, notation: str) -> None:
    assert _called(blank_nlp, notation) == [None]
