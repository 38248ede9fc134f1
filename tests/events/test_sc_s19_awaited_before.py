"""A present-tense "before" clause waits for its act, as an "until" one does (stop 19,
invented sentences); a past one reports that it took place."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


def test_present_before_clause_is_awaited() -> None:
    assert "ASSAULT" not in _types("It may not be long before both smugglers are executed.")
    assert "RETREAT" not in _types(
        "The treaty needs the senate's vote before Vastonia withdraws its troops."
    )


def test_past_before_clause_took_place() -> None:
    assert "ASSAULT" in _types("The villagers fled before the army attacked the town.")
