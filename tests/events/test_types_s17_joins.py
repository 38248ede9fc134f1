"""Joining a coalition and awarding an honour (stop 17, invented sentences).

Joining a coalition is cooperation (COOPERATE, CAMEO 06); awarding a medal or a prize
honours its recipient (SUPPORT, as honouring does), while awarding a contract or an
award with no named giver codes nothing.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _analyze(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published="2012-06-04"))


def _coded(text: str) -> list[tuple[str, tuple[str, ...]]]:
    analysis = _analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [(e.type, tuple(names.get(d, d) for d in e.actors)) for e in analysis.events]


@pytest.mark.parametrize(
    "text",
    [
        "Australia joined the US-led naval coalition on Thursday.",
        "Bahrain and Britain have joined the coalition against the rebels.",
    ],
)
def test_joining_a_coalition_is_cooperation(text: str) -> None:
    assert "COOPERATE" in {t for t, doers in _coded(text) if doers}


def test_joining_the_army_is_no_cooperation() -> None:
    assert not _coded("Karl Weber joined the army in 1990.")


def test_awarding_a_medal_honours_the_recipient() -> None:
    coded = _coded("The French president awarded the retired general a medal on Monday.")
    assert [t for t, _ in coded] == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry awarded the contract to a Chinese firm.",
        "The medals will be handed out at a ceremony, and prizes awarded on Friday.",
    ],
)
def test_contracts_and_prizes_with_no_giver_code_nothing(text: str) -> None:
    assert not [t for t, _ in _coded(text) if t == "SUPPORT"]
