"""Offers that announce no political act, and making peace (stop 17, invented sentences).

An offer to do something is AGREE (CAMEO 03) only when the complement holds an act of
its own ("offered to mediate", "offered to engage in a dialogue"); offering to sing or to
replace faulty goods announces nothing. Making peace with another party is AGREE.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _analyze(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published="2010-02-08"))


def _types(text: str) -> list[str]:
    return [e.type for e in _analyze(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Karl Weber offered to sing at the party if his team won the cup.",
        "Sony offered to replace the faulty consoles within a week.",
    ],
)
def test_an_offer_of_no_political_act_codes_nothing(text: str) -> None:
    assert _types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt offered to mediate between Hamas and Fatah.",
        "Washington has offered to engage in a strategic dialogue with India.",
    ],
)
def test_an_offer_of_a_political_act_stays_agree(text: str) -> None:
    assert "AGREE" in _types(text)


def test_making_peace_is_agree() -> None:
    analysis = _analyze("Egypt made peace with Israel in 1979.")
    names = {a.id: a.name for a in analysis.actors}
    assert [(e.type, names.get(e.recipient)) for e in analysis.events] == [("AGREE", "Israel")]


def test_making_peace_with_ones_past_codes_nothing() -> None:
    assert _types("She has finally made peace with her past.") == []
