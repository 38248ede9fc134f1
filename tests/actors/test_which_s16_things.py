"""Amendments, clauses, massacres, parades, guidelines, towers and grounds are no actors.

Invented sentences, hand-parsed (no model); each failed before its ``incidental.tsv`` entry.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import Row, parsed

MakeDoc = Callable[..., Doc]

_CASES = [
    pytest.param(
        parsed(
            "Judges|NOUN|nsubj|1 cited|VERB|ROOT|0 the|DET|det|3 Equal|PROPN|compound|2|B-ORG "
            "Pay|PROPN|compound|1|I-ORG Clause|PROPN|dobj|-4|I-ORG .|PUNCT|punct|-5"
        ),
        [],
        id="a_clause_is_a_text",
    ),
    pytest.param(
        parsed(
            "Senators|NOUN|nsubj|1 rejected|VERB|ROOT|0 the|DET|det|2 "
            "Harlow|PROPN|compound|1|B-ORG Amendment|PROPN|dobj|-3|I-ORG .|PUNCT|punct|-4"
        ),
        [],
        id="an_amendment_is_a_text",
    ),
    pytest.param(
        parsed(
            "Survivors|NOUN|nsubj|1 recalled|VERB|ROOT|0 the|DET|det|2 "
            "Ardmore|PROPN|compound|1|B-ORG Massacre|PROPN|dobj|-3|I-ORG .|PUNCT|punct|-4"
        ),
        [],
        id="a_massacre_is_an_event",
    ),
    pytest.param(
        parsed(
            "Fans|NOUN|nsubj|1 filled|VERB|ROOT|0 the|DET|det|3 Ardmore|PROPN|compound|2|B-ORG "
            "Cricket|PROPN|compound|1|I-ORG Ground|PROPN|dobj|-4|I-ORG .|PUNCT|punct|-5"
        ),
        [],
        id="a_cricket_ground_is_a_place",
    ),
    pytest.param(
        parsed("Monks|NOUN|nsubj|1 spoke|VERB|ROOT|0 Aramaic|PROPN|dobj|-1|B-ORG .|PUNCT|punct|-2"),
        [],
        id="a_language_is_no_organization",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), _CASES)
def test_things_are_no_actors(make_doc: MakeDoc, rows: list[Row], expected: list[str]) -> None:
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == expected


def test_a_person_surnamed_tower_stays_a_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Jo|PROPN|compound|1|B-PERSON Tower|PROPN|nsubj|1|I-PERSON resigned|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == ["Jo Tower"]


@pytest.mark.parametrize(
    "notation",
    [
        "Clocks|NOUN|nsubj|1 return|VERB|ROOT|0 to|ADP|prep|-1 Daylight|PROPN|compound|2|B-ORG "
        "Saving|PROPN|compound|1|I-ORG Time|PROPN|pobj|-3|I-ORG .|PUNCT|punct|-5",
        # a title before two capitalised words ending in "Time": no person
        "Representatives|PROPN|compound|2 Question|PROPN|compound|1 Time|PROPN|nsubj|1 "
        "ended|VERB|ROOT|0 .|PUNCT|punct|-1",
    ],
)
def test_a_time_is_no_actor(make_doc: MakeDoc, notation: str) -> None:
    assert [a.name for a in extract_actors(make_doc(parsed(notation))).actors] == []


def test_the_magazine_time_stays(make_doc: MakeDoc) -> None:
    rows = parsed("Time|PROPN|nsubj|1|B-ORG reported|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2")
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == ["Time"]


def test_a_name_said_to_be_a_boat_is_the_boat(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 Zorvex|PROPN|nsubj|1|B-ORG was|AUX|ROOT|0 a|DET|det|2 "
        "dive|NOUN|compound|1 boat|NOUN|attr|-3 .|PUNCT|punct|-4 The|DET|det|1 "
        "Zorvex|PROPN|nsubj|1|B-ORG sank|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == []


def test_a_body_said_to_be_a_charity_stays(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 Zorvex|PROPN|nsubj|1|B-ORG was|AUX|ROOT|0 a|DET|det|1 "
        "charity|NOUN|attr|-2 .|PUNCT|punct|-3"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == ["Zorvex"]
