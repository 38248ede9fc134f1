"""An act that is the object of a verb of planning or wanting, not in the past, is intended,
not done ("are planning a coup" is a THREATEN, "seeks talks" an AGREE); a past "planned the
attacks" still reports attacks that took place (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Police say the rebels are planning a coup against Mbeki.", "THREATEN", "ASSAULT"),
        ("The government of Chad is seeking talks with the rebel alliance.", "AGREE", "CONSULT"),
        ("The army is preparing an offensive against the rebels in Darfur.", "THREATEN", "ASSAULT"),
        # guard: organised in the past, carried out
        ("Khalid Sheikh Mohammed planned the attacks on New York.", "ASSAULT", "THREATEN"),
    ],
)
def test_planned_acts(text: str, expected: str, absent: str) -> None:
    types = event_types(text)
    assert expected in types and absent not in types, types
