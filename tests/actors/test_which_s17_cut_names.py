"""A body's name the model cut before its "for"/"on" complement runs to its end.

Invented sentences, hand-parsed (no model). The first failed before
``merged_fixes._extend_cut_names``; the others guard what must not be taken in.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed

MakeDoc = Callable[..., Doc]


def test_the_complement_of_a_cut_name_is_part_of_it(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|2 Varden|PROPN|compound|1|B-ORG Center|PROPN|nsubj|4|I-ORG "
        "for|ADP|prep|-1 Coastal|PROPN|compound|1 Ecology|PROPN|pobj|-2 said|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Varden Center for Coastal Ecology"]


@pytest.mark.parametrize(
    ("notation", "name"),
    [
        (  # a day is when, not part of the name
            "The|DET|det|2 Varden|PROPN|compound|1|B-ORG Agency|PROPN|nsubj|3|I-ORG "
            "on|ADP|prep|2 Monday|PROPN|pobj|-1 said|VERB|ROOT|0 .|PUNCT|punct|-1",
            "Varden Agency",
        ),
        (  # a capitalised word before a common noun is no part of the name
            "The|DET|det|2 Varden|PROPN|compound|1|B-ORG Commission|PROPN|nsubj|4|I-ORG "
            "for|ADP|prep|-1 Racial|ADJ|amod|1 equality|NOUN|pobj|-2 spoke|VERB|ROOT|0 "
            ".|PUNCT|punct|-1",
            "Varden Commission",
        ),
    ],
)
def test_a_day_or_a_described_noun_is_left_out(make_doc: MakeDoc, notation: str, name: str) -> None:
    assert actor_names(extract_actors(make_doc(parsed(notation)))) == [name]


def test_a_senate_on_a_topic_is_the_senate(make_doc: MakeDoc) -> None:
    # "She spoke in the Varden Senate on the Budget." ("on" says what about)
    rows = parsed(
        "She|PRON|nsubj|1 spoke|VERB|ROOT|0 in|ADP|prep|-1 the|DET|det|2 "
        "Varden|PROPN|compound|1|B-ORG Senate|PROPN|pobj|-3|I-ORG on|ADP|prep|-4 "
        "the|DET|det|1 Budget|PROPN|pobj|-2 .|PUNCT|punct|-8"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Varden Senate"]


def test_a_complement_running_into_another_name_is_left_alone(make_doc: MakeDoc) -> None:
    # "The Varden Tribunal for the Former Ruritania ruled." with Ruritania tagged apart
    rows = parsed(
        "The|DET|det|2 Varden|PROPN|compound|1|B-ORG Tribunal|PROPN|nsubj|5|I-ORG "
        "for|ADP|prep|-1 the|DET|det|2 Former|PROPN|compound|1 Ruritania|PROPN|pobj|-3|B-GPE "
        "ruled|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Varden Tribunal"]
