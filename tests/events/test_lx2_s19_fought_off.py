"""Stop-19 second pass (invented sentences): a challenge, bid or rival 'fought off' is no
fight (null frame), while troops fighting off an attack stay ASSAULT."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_a_challenge_fought_off_is_no_assault() -> None:
    assert "ASSAULT" not in event_types("The president fought off a challenge from the left.")


def test_a_takeover_bid_fought_off_is_no_assault() -> None:
    assert "ASSAULT" not in event_types("Unilever fought off a takeover bid from Kraft.")


def test_troops_fighting_off_an_attack_stay_an_assault() -> None:
    assert "ASSAULT" in event_types("Rebels attacked the base, and troops fought off the attack.")
