"""Where: an act on the ground happens at the place it is done to; an act from afar does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, rows: list[Row]) -> list[Event]:
    doc = make_doc(rows)
    return events_of(doc)


@pytest.mark.parametrize(
    ("verb", "lemma", "where"),
    [("shelled", "shell", "Vesna"), ("visited", "visit", "Vesna"), ("condemned", "condemn", None),
     ("sanctioned", "sanction", None)],
)
def test_the_place_an_act_is_done_to(make_doc: MakeDoc, verb: str, lemma: str,
                                     where: str | None) -> None:
    rows = parsed(f"Norway|PROPN|nsubj|1|B-GPE|Norway {verb}|VERB|ROOT|0||{lemma} "
                  "Vesna|PROPN|dobj|-1|B-GPE|Vesna .|PUNCT|punct|-2")
    (event,) = _events(make_doc, rows)
    assert (event.recipient, event.location) == ("A2", where)


def test_the_city_of_a_place_is_the_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway shelled|VERB|ROOT|0||shell the|DET|det|1 "
        "city|NOUN|dobj|-2 of|ADP|prep|-1 Vesna|PROPN|pobj|-1|B-GPE|Vesna .|PUNCT|punct|-5"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.location) == ("ASSAULT", "Vesna")


def test_a_locative_phrase_wins_over_the_object(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway shelled|VERB|ROOT|0||shell "
        "Vesna|PROPN|dobj|-1|B-GPE|Vesna near|ADP|prep|-2 Oslo|PROPN|pobj|-1|B-GPE|Oslo "
        ".|PUNCT|punct|-4"
    )
    (event,) = _events(make_doc, rows)
    assert event.location == "Oslo"
