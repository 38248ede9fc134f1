"""A present-tense "until" clause waits for its act (stop 18, invented sentences); a past
one reports that it took place."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


def test_awaited_act_is_not_done() -> None:
    assert "RETREAT" not in _types(
        "Ruritania froze all trade with Vastonia until the hostages are released."
    )
    assert "RETREAT" not in _types(
        "The rebels will keep fighting until the army withdraws from the town."
    )


def test_past_until_clause_took_place() -> None:
    assert "RETREAT" in _types("The rebels fought until the army withdrew from the town.")
