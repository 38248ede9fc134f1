"""The reason given for an arrest is the wrong its target is suspected of, an accusation
beside the arrest (stop 19, invented sentences); a sentence punishes a wrong already
judged, and "for questioning" or "for ten days" states no wrong."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, str]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.trigger.text) for e in analysis.events]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("A teacher from Vastonia was arrested in Ruritania for spying for the army.", "spying"),
        ("Police detained Karl Brenner for allegedly stealing the union's funds.", "stealing"),
    ],
)
def test_arrest_for_an_act_accuses(text: str, act: str) -> None:
    found = _events(text)
    assert ("ACCUSE", act) in found
    assert any(type_ == "COERCE" for type_, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained Karl Brenner for questioning on Monday.",
        "Karl Brenner was arrested for ten days in Vastonia.",
        "A Ruritanian court jailed Karl Brenner for spying for the army.",
        "Judge Ana Weller sentenced Karl Brenner to life in prison for torturing his sons.",
    ],
)
def test_no_accusation_without_a_suspected_act(text: str) -> None:
    assert not any(type_ == "ACCUSE" for type_, _ in _events(text))
