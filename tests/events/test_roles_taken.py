"""Whom a thing is taken from is the target of the seizure ("seized arms from the
rebels"), not a place it is taken from; a phrase the parser hung on the last of
coordinated objects is theirs ("condemned the plan and the law against X"). Invented
sentences, hand-built parses."""

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


# "Ruritania seized arms and explosives from Vastland."
SEIZED_FROM = (
    "Ruritania|PROPN|nsubj|1|B-GPE seized|VERB|ROOT|0||seize arms|NOUN|dobj|-1||arm "
    "and|CCONJ|cc|-1 explosives|NOUN|conj|-2||explosive from|ADP|prep|-4 "
    "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)
# "Ruritania seized arms from a depot in Vastland." -- a place things are taken from
SEIZED_FROM_DEPOT = (
    "Ruritania|PROPN|nsubj|1|B-GPE seized|VERB|ROOT|0||seize arms|NOUN|dobj|-1||arm "
    "from|ADP|prep|-2 a|DET|det|1 depot|NOUN|pobj|-2 in|ADP|prep|-1 "
    "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-7"
)
# "Ruritania condemned the plan and the law against Vastland."
LAW_AGAINST = (
    "Ruritania|PROPN|nsubj|1|B-GPE condemned|VERB|ROOT|0||condemn the|DET|det|1 plan|NOUN|dobj|-2 "
    "and|CCONJ|cc|-1 the|DET|det|1 law|NOUN|conj|-3 against|ADP|prep|-1 "
    "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        (SEIZED_FROM, ("COERCE", ("A1",), "A2")),
        (SEIZED_FROM_DEPOT, ("COERCE", ("A1",), None)),
        (LAW_AGAINST, ("ACCUSE", ("A1",), "A2")),
    ],
)
def test_whom_a_thing_is_taken_from_or_imposed_on(
    make_doc: MakeDoc, notation: str, expected: tuple[str, tuple[str, ...], str | None]
) -> None:
    (event,) = _events(make_doc, notation)
    assert (event.type, event.actors, event.recipient) == expected
