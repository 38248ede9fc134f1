"""What a plot, plan or scheme involves or includes is planned, not done (stop 18,
invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


@pytest.mark.parametrize(
    "text",
    [
        "An alleged plot was thwarted which involved blowing up two ferries.",
        "The plot included bombing the embassy in Vastonia.",
    ],
)
def test_planned_attack_is_not_done(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_an_operation_is_no_plan() -> None:
    assert "ASSAULT" in _types("The operation involved bombing the embassy in Vastonia.")
