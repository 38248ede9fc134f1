"""Stop-19 second pass, figurative war words (invented sentences): a 'charm' or 'diplomatic
offensive' is no assault, nor a 'war on drugs' or 'on terror' (null frames); a 'war of
words' is censure (ACCUSE) and a 'show of force' a mobilisation (MOBILIZE); a war on a
country stays an assault."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> dict[str, str]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {e.trigger.text: e.type for e in events if e.trigger}


@pytest.mark.parametrize(
    "text",
    [
        "China launched a charm offensive in Africa.",
        "The government launched a diplomatic offensive at the UN.",
        "Mexico stepped up its war on drugs.",
        "Pakistan joined the war on terror.",
    ],
)
def test_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text).values()


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Vastonia and Ruritania have engaged in a war of words.", "war", "ACCUSE"),
        ("Vastonia has been engaged in a war of words with Ruritania.", "war", "ACCUSE"),
        ("Russia staged a show of force near Finland.", "show", "MOBILIZE"),
        ("Russia waged a war on Ukraine in 2022.", "waged", "ASSAULT"),
    ],
)
def test_frame(text: str, trigger: str, coded: str) -> None:
    assert _types(text).get(trigger) == coded
