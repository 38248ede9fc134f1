"""Companies dealing among themselves code no political event (stop 17, invented sentences).

CAMEO codes interactions between political actors: an agreement, cooperation, meeting
or backing whose doers are all businesses and whose recipient is none or a business is
commerce; a company dealing with a government stays an event.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="t", text=text, published="2016-09-12")).events]


@pytest.mark.parametrize(
    "text",
    [
        "Toyota is working with its suppliers to fix the brakes.",
        "Microsoft invested 5 billion dollars in the start-up last year.",
    ],
)
def test_business_dealings_code_nothing(text: str) -> None:
    assert _types(text) == []


def test_a_company_dealing_with_a_government_stays() -> None:
    assert _types("Royal Dutch Shell signed a deal with Nigeria on Monday.") == ["SUPPORT"]
