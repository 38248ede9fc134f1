"""Stop-19 second pass (invented sentences): a challenge, bid or rival 'fought off' is no
fight (null frame), while troops fighting off an attack stay ASSAULT."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


def test_a_challenge_fought_off_is_no_assault() -> None:
    assert "ASSAULT" not in _types("The president fought off a challenge from the left.")


def test_a_takeover_bid_fought_off_is_no_assault() -> None:
    assert "ASSAULT" not in _types("Unilever fought off a takeover bid from Kraft.")


def test_troops_fighting_off_an_attack_stay_an_assault() -> None:
    assert "ASSAULT" in _types("Rebels attacked the base, and troops fought off the attack.")
