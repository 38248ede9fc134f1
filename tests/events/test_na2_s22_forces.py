"""What a force of nature, a disease, a market figure, a machine or a quality does is no
political act (screening_forces.done_by_a_force); weapons act for whoever sent them.
Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.events.cue_words import cue_words

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Warm currents are attacking the ice shelves.", "attacking"),
        ("Floods threatened several villages.", "threatened"),
        ("Oil prices threatened to climb further.", "threatened"),
        ("The disease threatens millions of children.", "threatens"),
        ("The software rejected the request.", "rejected"),
        ("By Monday the floodwater had blocked the main road.", "blocked"),
        ("The situation demands restraint from both sides.", "demands"),
        ("The severity of the charges threatens his career.", "threatens"),
        ("Her courage demands our respect.", "demands"),
    ],
)
def test_a_force_does_no_act(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert trigger not in found, found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("A missile struck the base.", "struck", "ASSAULT"),
        ("A drone attacked the convoy.", "attacked", "ASSAULT"),
        ("Rebels attacked the village.", "attacked", "ASSAULT"),
        ("A virus attacked the ministry's computers.", "attacked", "COERCE"),
        ("The unions demand higher wages.", "demand", "REQUEST"),
    ],
)
def test_weapons_parties_and_cyber_attacks_stay(text: str, trigger: str, expected: str) -> None:
    found = types_by_trigger(text)
    assert found.get(trigger, ("",))[0] == expected, found


def test_weapons_are_no_forces() -> None:
    forces = cue_words("inanimate_doer")
    assert "flood" in forces
    assert not forces & {"missile", "drone", "bomb", "rocket", "fire", "explosion"}
