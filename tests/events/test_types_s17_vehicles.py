"""Ships, planes and trains that travel or arrive visit no one (stop 17, invented)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="t", text=text, published="2009-02-01")).events]


@pytest.mark.parametrize(
    "text",
    [
        "The first freight train traveled from Munsan to Kaesong on Thursday.",
        "Police said the planes travelling from London to Chicago were searched.",
        "The cargo ship arrived in Limassol on Friday.",
    ],
)
def test_vehicles_travelling_visit_no_one(text: str) -> None:
    assert "CONSULT" not in _types(text)


def test_a_minister_travelling_abroad_still_visits() -> None:
    assert "CONSULT" in _types("German Foreign Minister Karl Weber traveled to Moscow on Monday.")
