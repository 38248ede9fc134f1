""" "Be going to", "be due to" and "be scheduled to" announce an act still to come, like
"will" (stop 19, invented sentences); "went to visit" reports one that was done."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, bool]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.intent) for e in analysis.events]


def test_going_to_is_intended() -> None:
    found = _events("Ruritania is going to release 100 prisoners of war.")
    assert ("AGREE", True) in found
    assert ("RETREAT", False) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Merkel is due to meet Putin on Friday.",
        "Merkel is scheduled to meet Putin in Moscow on Friday.",
    ],
)
def test_arranged_meeting_is_scheduled(text: str) -> None:
    assert _events(text) == [("CONSULT", True)]


def test_went_to_is_done() -> None:
    assert ("CONSULT", False) in _events("Merkel went to Moscow to meet Putin on Friday.")
