"""Whom a vote or aid is "for" receives it ("voted for Jo Doe", "donated food for the
Red Crescent"); a thing voted for names no recipient through its modifiers ("voted for
the Chilean bill"). Invented sentences, hand-built parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, notation: str) -> list[Event]:
    doc = make_doc(parsed(notation))
    return events_of(doc)


# "Ruritania voted for Jo Doe."
VOTED_FOR_PERSON = (
    "Ruritania|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0||vote for|ADP|prep|-1 "
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-4"
)
# "Ruritania donated food for Vastland."
DONATED_FOR = (
    "Ruritania|PROPN|nsubj|1|B-GPE donated|VERB|ROOT|0||donate food|NOUN|dobj|-1 "
    "for|ADP|prep|-2 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)
# "Ruritania voted for the Vastland bill." -- a thing one votes for
VOTED_FOR_BILL = (
    "Ruritania|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0||vote for|ADP|prep|-1 the|DET|det|2 "
    "Vastland|PROPN|compound|1|B-GPE bill|NOUN|pobj|-3 .|PUNCT|punct|-5"
)
# "Ruritania voted for the relocation of its embassy from Vastland."
VOTED_FOR_RELOCATION = (
    "Ruritania|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0||vote for|ADP|prep|-1 the|DET|det|1 "
    "relocation|NOUN|pobj|-2 of|ADP|prep|-1 its|PRON|poss|1 embassy|NOUN|pobj|-2 "
    "from|ADP|prep|-4 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-10"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        (VOTED_FOR_PERSON, ("SUPPORT", ("A1",), "A2")),
        (DONATED_FOR, ("AID", ("A1",), "A2")),
        (VOTED_FOR_BILL, ("SUPPORT", ("A1",), None)),
        (VOTED_FOR_RELOCATION, ("SUPPORT", ("A1",), None)),
    ],
)
def test_whom_a_vote_or_aid_is_for_receives_it(
    make_doc: MakeDoc, notation: str, expected: tuple[str, tuple[str, ...], str | None]
) -> None:
    (event,) = _events(make_doc, notation)
    assert (event.type, event.actors, event.recipient) == expected
