"""A measure, a state of affairs, an act or a bare "this" that "threatens" something puts
it at risk and threatens no one; people and bodies, named or not, keep their threats
(invented sentences; events.screening_endanger.endangered on cue_words.tsv
endangering and abstract_doer)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The new levy threatens thousands of jobs in Velm.",
        "The dispute threatens to derail the talks in Oslo.",
        "Analysts said this threatens the recovery.",
        "Farmers in Karsk are threatened by the planned dam.",
        "The bombing threatens the truce between Hamas and Fatah.",
        "The conflict in Darfur threatens to spread to Chad.",
        "The new law would threaten the independence of the courts.",
    ],
)
def test_a_thing_that_threatens_threatens_no_one(text: str) -> None:
    assert "THREATEN" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The captors threatened to kill the hostages.",
        "Gunmen threatened the villagers in Karsk.",
        "More strikes are threatened for next week.",
        "The message threatened to blow up the embassy.",
        "The union threatened a strike.",
    ],
)
def test_people_and_messages_keep_their_threats(text: str) -> None:
    assert "THREATEN" in event_types(text)
