"""A power held is no act done, but a power or right put to use is (stop 24, invented
sentences)."""

from __future__ import annotations

import pytest

from tests.analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The upper chamber would hold the power to reject the appointments.", "REJECT"),
        ("The bill grants the minister the power to expel foreign journalists.", "COERCE"),
        ("The town council lacks the power to arrest the governor.", "COERCE"),
        ("The mayor alone would have the discretion to reinstate the curfew.", "CONCEDE"),
        ("The decree gives the army authorisation to fire on looters.", "ASSAULT"),
    ],
)
def test_power_held_is_no_act(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta used its power to arrest opposition leaders.", "COERCE"),
        ("The president exercised his right to veto the bill.", "REJECT"),
        ("The rebels seized power and arrested the president.", "COERCE"),
    ],
)
def test_power_put_to_use_is_an_act(text: str, expected: str) -> None:
    assert expected in event_types(text)
