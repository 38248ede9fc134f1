"""A law, bill or licence that allows something is a provision, no act (stop 17, invented).

"allow" and "permit" are common words coded CONCEDE when a known actor allows; with a
standing text as their subject (in any tense, or as the noun a participle or relative
clause hangs from) nobody conceded anything, and what the text allows is not done either.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian law allowed the killers to go free if the family forgave them.",
        "Jo Doe had a valid licence allowing him to buy guns.",
        "Ana Ruiz praised a new law allowing civil unions in Chile.",
    ],
)
def test_a_text_that_allows_codes_no_concession(text: str) -> None:
    assert "CONCEDE" not in _types(text)


def test_what_a_bill_would_allow_is_not_done() -> None:
    text = "The Senate rejected a bill that would have allowed China to extradite suspects."
    assert _types(text) == ["REJECT"]


def test_a_government_allowing_stays_a_concession() -> None:
    assert _types("The government of Pakistan allowed the prisoners to go home.") == ["CONCEDE"]
