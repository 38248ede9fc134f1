"""A news outlet that asks or questions someone gathers news, it requests nothing (stop 21,
invented sentences): meetings._news_work drops a REQUEST whose trigger is a verb of the
cue_words.tsv kind `questioning` when all its doers are news media; a state that asks
another for something, and an outlet that urges a court, keep their requests."""

from __future__ import annotations

import pytest

from newsgraph.events.cue_words import cue_words
from newsgraph.model import Article
from newsgraph.pipeline import analyze


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events]


def test_asking_is_a_questioning_verb() -> None:
    assert {"ask", "question"} <= cue_words("questioning")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Wikinews asked three pundits to give their predictions.",
        "When asked by Wikinews for comments, the mayor declined.",
        "Reuters asked the minister whether the talks had failed.",
    ],
)
def test_a_news_outlet_asking_requests_nothing(text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "France asked Germany to withdraw its troops.",
        "The BBC urged the court to lift the ban.",
    ],
)
def test_other_requests_stay(text: str) -> None:
    assert "REQUEST" in _types(text)
