"""A typographic apostrophe ("didn’t", "we’ll") negates or announces as the straight one
does (stop 19, invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, bool]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.intent) for e in analysis.events]


def test_curly_negation_negates() -> None:
    assert _events("Vastonia didn’t attack Ruritania on Monday.") == _events(
        "Vastonia didn't attack Ruritania on Monday."
    )
    assert ("ASSAULT", False) not in _events("Vastonia didn’t attack Ruritania on Monday.")


def test_curly_will_announces() -> None:
    found = _events("“We’ll attack Ruritania,” said the Vastonian general Karl Brenner.")
    assert ("THREATEN", True) in found
    assert ("ASSAULT", False) not in found
