"""Protesting at or in a place is a demonstration (stop 17, invented sentences).

"Protested in the streets", "at the conference", "in front of the embassy" is PROTEST
(demo, CAMEO 141) whoever protests; "protested in the Senate" or "at the decision" is a
complaint in words (ACCUSE).
"""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="t", text=text, published="2009-03-02")).events]


@pytest.mark.parametrize(
    "text",
    [
        "The Labour Party protested in the streets of Manchester against the cuts.",
        "Greenpeace protested at the Davos conference on Tuesday.",
        "Members of the Green Party protested in front of the Chinese embassy.",
    ],
)
def test_protesting_at_a_place_is_a_demonstration(text: str) -> None:
    assert _types(text) == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Karl Weber protested in the Senate against the decision.",
        "The Labour Party protested at the decision.",
    ],
)
def test_protesting_in_words_stays_a_complaint(text: str) -> None:
    assert _types(text) == ["ACCUSE"]
