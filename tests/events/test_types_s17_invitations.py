"""Invitations (stop 17, invented sentences).

Inviting a party to act or to talks appeals to it (REQUEST appeal, CAMEO 026 "appeal to
others to meet or negotiate"); the visit or the talks invited to have not taken place.
Inviting someone to speak, attend or dine is hospitality, no political act.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _analyze(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published="2007-06-27"))


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    analysis = _analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [
        (e.type, names.get(e.actor or ""), names.get(e.recipient or "")) for e in analysis.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iran invited Saudi Arabia to talks in Baghdad.",
        "Iran invited Saudi Arabia to send a delegation to Tehran next month.",
    ],
)
def test_an_invitation_is_an_appeal_not_the_act(text: str) -> None:
    assert _coded(text) == [("REQUEST", "Iran", "Saudi Arabia")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Leeds invited Karl Weber to speak at the forum.",
        "The mayor of Leeds invited Karl Weber to dinner on Friday.",
    ],
)
def test_hospitality_codes_nothing(text: str) -> None:
    assert _coded(text) == []
