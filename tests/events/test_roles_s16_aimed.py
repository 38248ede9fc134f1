"""A boycott or blockade "of" something is aimed at it: the "of" phrase is the target, not
the doer, unlike "a protest of students" (invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    analysis = analyze(Article(id="t", text=text, published="2012-06-01"))
    names = {a.id: a.name for a in analysis.actors}
    return [
        (e.type, names.get(e.actor or ""), names.get(e.recipient or "")) for e in analysis.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sudan launched a boycott of Danish goods on Monday.",
        "Sudan's boycott of Danish goods began on Monday.",
    ],
)
def test_a_boycott_of_goods_is_aimed_at_their_country(text: str) -> None:
    assert ("PROTEST", "Sudan", "Denmark") in _roles(text)


def test_those_boycotted_are_not_the_boycotters() -> None:
    roles = _roles("Students in Xian pressed their demand for a boycott of Japanese goods.")
    assert not [r for r in roles if r[0] == "PROTEST" and r[1] == "Japan"]
