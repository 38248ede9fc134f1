"""Synonym nouns of stop 19 (invented sentences): a 'gunfight' is a firefight (ASSAULT
firearms) and a 'clampdown' a crackdown (COERCE restrict)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        (
            "A gunfight broke out between the army and the rebels.",
            "gunfight",
            ("ASSAULT", "firearms"),
        ),
        (
            "The junta ordered a clampdown on opposition newspapers.",
            "clampdown",
            ("COERCE", "restrict"),
        ),
    ],
)
def test_synonym_noun(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    assert coded in {(e.type, e.mode) for e in events if e.trigger and e.trigger.text == trigger}
