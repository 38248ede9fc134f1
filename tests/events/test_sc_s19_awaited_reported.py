"""An "until" or "before" clause in the past under a "would" of reported speech still
waits for its act (stop 19, invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


def test_reported_until_clause_is_awaited() -> None:
    assert "RETREAT" not in _types(
        "The rebels said the attacks would go on until Vastonian soldiers were withdrawn."
    )


def test_narrated_until_clause_took_place() -> None:
    assert "RETREAT" in _types("The rebels fought on until the Vastonian army withdrew.")
