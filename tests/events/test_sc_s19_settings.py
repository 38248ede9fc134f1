"""A noun event that is the setting ("at", "during") of a verb's act in the future is
still to come with it (stop 19, invented sentences): a meeting is a scheduled one, any
other act is not coded; a setting of a past act took place."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, str, bool]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.trigger.text, e.intent) for e in analysis.events]


def test_future_setting_is_not_done() -> None:
    assert ("PROTEST", "rally", False) not in _events(
        "Karl Brenner will speak at the rally in Vastonia on Friday."
    )
    assert ("PROTEST", "protest", False) not in _events(
        "The union leader will give a speech at the protest against the new tax."
    )


def test_future_meeting_setting_is_scheduled() -> None:
    found = _events("Obama will meet Putin during the summit in Moscow.")
    assert ("CONSULT", "summit", True) in found
    assert ("CONSULT", "summit", False) not in found


def test_past_setting_took_place() -> None:
    assert ("PROTEST", "rally", False) in _events(
        "Karl Brenner spoke at the rally in Vastonia against the new tax."
    )
