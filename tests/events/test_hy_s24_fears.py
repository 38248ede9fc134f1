"""An act someone fears will come is no threat and no act done (stop 24, invented
sentences)."""

from __future__ import annotations

import pytest

from tests.analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Farmers in the valley fear that the militia will burn their crops.", "THREATEN"),
        ("Many fear the junta will ban the opposition party.", "THREATEN"),
        ("Aid workers are afraid the kidnappers will kill the two engineers.", "THREATEN"),
        ("Shopkeepers left the district amid fears of an assault by the gangs.", "ASSAULT"),
        ("The rocket fire is raising concerns of a wider Vastian offensive.", "ASSAULT"),
    ],
)
def test_feared_act_is_not_done(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia will burn the crops, its commander said.", "THREATEN"),
        ("Villagers feared that the militia had attacked the next village.", "ASSAULT"),
        ("The militia attacked the village, raising fears among the farmers.", "ASSAULT"),
        (
            "Relief agencies fear the blockade will cut supplies and are urging Norway"
            " to send grain.",
            "REQUEST",
        ),
    ],
)
def test_act_not_feared_stays(text: str, expected: str) -> None:
    assert expected in event_types(text)
