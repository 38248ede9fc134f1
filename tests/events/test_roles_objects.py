"""Recipients named inside what a trigger acts on: the place troops withdraw from, the
clause a matched noun carries ("voiced concern that X ..."). Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Event

from .conftest import Row, actors_from_ents, parsed

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


def _events(make_doc: MakeDoc, notation: str) -> list[Event]:
    doc = make_doc(parsed(notation))
    return extract_events(doc, actors_from_ents(doc), (), (), PUBLISHED)


# "The withdrawal of Chilean troops from Peru began."
WITHDRAWAL = (
    "The|DET|det|1 withdrawal|NOUN|nsubj|6 of|ADP|prep|-1 Chilean|ADJ|amod|1|B-NORP "
    "troops|NOUN|pobj|-2||troop from|ADP|prep|-4 Peru|PROPN|pobj|-1|B-GPE began|VERB|ROOT|0||begin "
    ".|PUNCT|punct|-1"
)
# "The attack of Chilean troops from Peru began." -- an attack "from" a place is where
# it came from, not its target
ATTACK = WITHDRAWAL.replace("withdrawal|NOUN", "attack|NOUN")


def test_the_place_a_withdrawal_leaves_is_its_recipient(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, WITHDRAWAL)
    assert (event.type, event.actors, event.recipient) == ("RETREAT", ("A1",), "A2")


def test_an_attack_from_a_place_does_not_target_it(make_doc: MakeDoc) -> None:
    assert all(e.recipient != "A2" for e in _events(make_doc, ATTACK))


# "Chile voiced concern that Peru knew the plan." / "... had armed the rebels."
CONCERN_KNEW = (
    "Chile|PROPN|nsubj|1|B-GPE voiced|VERB|ROOT|0||voice concern|NOUN|dobj|-1 "
    "that|SCONJ|mark|2 Peru|PROPN|nsubj|1|B-GPE knew|VERB|acl|-3||know the|DET|det|1 "
    "plan|NOUN|dobj|-2 .|PUNCT|punct|-7"
)
CONCERN_ARMED = (
    "Chile|PROPN|nsubj|1|B-GPE expressed|VERB|ROOT|0||express concern|NOUN|dobj|-1 "
    "that|SCONJ|mark|3 Peru|PROPN|nsubj|2|B-GPE had|AUX|aux|1||have armed|VERB|acl|-4||arm "
    "the|DET|det|1 rebels|NOUN|dobj|-2||rebel .|PUNCT|punct|-8"
)


@pytest.mark.parametrize("notation", [CONCERN_KNEW, CONCERN_ARMED])
def test_a_concern_is_about_the_subject_of_its_clause(make_doc: MakeDoc, notation: str) -> None:
    events = _events(make_doc, notation)
    (concern,) = [e for e in events if e.type == "ACCUSE"]
    assert (concern.actors, concern.recipient) == (("A1",), "A2")
