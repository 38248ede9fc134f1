"""Calling the police, or talking with family, doctors or lawyers, consults no one (stop 17)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="t", text=text, published="2018-01-15")).events]


@pytest.mark.parametrize(
    "text",
    [
        "Karl Weber phoned the emergency services at dawn.",
        "Karl Weber escaped and phoned 911 from a neighbour's house.",
        "Karl Weber contacted the police about the stolen car.",
    ],
)
def test_calling_for_help_is_no_consultation(text: str) -> None:
    assert _types(text) == []


def test_phoning_a_president_stays_a_consultation() -> None:
    assert _types("Karl Weber phoned the Iranian president on Sunday.") == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Karl Weber decided to retire after discussing his future with his family.",
        "Senator Karl Weber consulted his doctors and his lawyer before the trial.",
        "Senator Karl Weber talked with his wife about the offer.",
    ],
)
def test_talking_with_family_or_a_lawyer_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in _types(text)
