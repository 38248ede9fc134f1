"""A city named as the point a distance is measured from is a place, not a participant.

Invented sentences, hand-parsed (no model); the first two failed before the ``distance``
kind of locative.tsv (participation.py), the last guards a city that acts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    "notation",
    [
        "Police|NOUN|nsubj|1 found|VERB|ROOT|0 the|DET|det|1 car|NOUN|dobj|-2 two|NUM|nummod|1 "
        "miles|NOUN|npadvmod|1 from|ADP|prep|-4 Portsmouth|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-7",
        "The|DET|det|1 town|NOUN|nsubj|1 lies|VERB|ROOT|0 30|NUM|nummod|1 "
        "kilometres|NOUN|npadvmod|1 north|ADV|advmod|-3 of|ADP|prep|-1 "
        "Portsmouth|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6",
    ],
)
def test_a_city_a_distance_is_measured_from_is_a_place(make_doc: MakeDoc, notation: str) -> None:
    result = extract_actors(make_doc(parsed(notation)))
    assert [a.name for a in result.actors] == []
    assert [p.name for p in result.places] == ["Portsmouth"]


def test_a_city_that_acts_stays_a_participant(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Portsmouth|PROPN|nsubj|1|B-GPE closed|VERB|ROOT|0 the|DET|det|1 road|NOUN|dobj|-2 "
        ".|PUNCT|punct|-3"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == ["Portsmouth"]
