"""Telling a named party to do something demands it of them (stop 19, invented
sentences): the demand is coded, the act told is not done."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, str]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.trigger.text) for e in analysis.events]


def test_told_to_withdraw_is_a_demand() -> None:
    found = _events("Vladimir Putin told Ukraine to withdraw its troops from the border.")
    assert ("REQUEST", "told") in found
    assert ("RETREAT", "withdraw") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin did not tell Ukraine to withdraw its troops.",
        "Karl Brenner told the Vastonian firm how much to lower its price.",
        "The Australian government issued an advisory advising Australians to avoid the region.",
    ],
)
def test_no_demand(text: str) -> None:
    assert not any(type_ == "REQUEST" for type_, _ in _events(text))


def test_bound_to_withdraw_is_not_done() -> None:
    found = _events("The 2001 treaty obliged Vastonia to withdraw its troops from Ruritania.")
    assert ("RETREAT", "withdraw") not in found


def test_obliged_in_the_passive_is_done() -> None:
    found = _events("Vastonia was obliged to withdraw its troops from Ruritania.")
    assert ("RETREAT", "withdraw") in found
