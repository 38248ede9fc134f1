"""A participle that modifies a noun of aims says what was done with it, not what it aims
at (stop 19, invented sentences): "the plan approved by the cabinet" was approved."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, str, bool]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.trigger.text, e.intent) for e in analysis.events]


def test_participle_of_a_plan_is_done() -> None:
    found = _events("The plan, supported by Ruritania and Vastonia, would cut the debt.")
    assert ("SUPPORT", "supported", False) in found


def test_participle_under_a_plan_noun_is_no_content() -> None:
    found = _events("The firm will repay its debt under a plan approved by the Vastonian court.")
    assert ("SUPPORT", "approved", False) in found


def test_infinitive_of_a_plan_is_content() -> None:
    found = _events("The plan to attack the base in Vastonia was drawn up by the army.")
    assert ("ASSAULT", "attack", False) not in found
