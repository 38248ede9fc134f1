"""What someone says another "should be" is a state, no act demanded (stop 19, invented
sentences); "should be expelled" (a passive) and "must be ready to negotiate" demand acts."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


def test_should_be_a_state_is_no_demand() -> None:
    assert "REQUEST" not in _types("Karl Brenner said that Russia must be strong and united.")


def test_should_be_done_is_a_demand() -> None:
    assert "REQUEST" in _types("Karl Brenner said that Russia must be ready to negotiate.")
    assert "REQUEST" in _types("Karl Brenner said that Russia should be expelled from the G8.")
