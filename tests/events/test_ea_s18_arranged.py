"""Acts that are arranged or promised, not done (stop 18, invented sentences).

"X is to withdraw" announces an act like "X will withdraw"; a promise of troops
("committed to send troops") is support offered, no threat.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[Event]:
    return list(analyze(Article(id="t", text=text, published="2020-01-05")).events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ruritania is to withdraw its troops from Vastonia.", "withdraw"),
        ("The two captives are to be released on Monday.", "released"),
    ],
)
def test_be_to_is_intended(text: str, word: str) -> None:
    coded = [e for e in _events(text) if e.trigger.text == word]
    assert coded and all(e.intent and e.type == "AGREE" for e in coded)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers are in Vastonia to help train the army.",
        "Our objective is to work with the creditors.",
    ],
)
def test_be_to_without_a_doer_is_no_plan(text: str) -> None:
    assert not any(e.intent for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Germany is committing to send troops to Mali.",
        "Ruritania pledged to send troops to Vastonia.",
    ],
)
def test_promised_troops_are_agreed(text: str) -> None:
    types = {e.type for e in _events(text)}
    assert "AGREE" in types and "THREATEN" not in types


def test_vowed_troops_stay_a_threat() -> None:
    assert "THREATEN" in {e.type for e in _events("Ruritania vowed to send troops to Vastonia.")}


@pytest.mark.parametrize(
    "text",
    [
        "The plan was to attack the base at dawn.",
        "The only solution is for all the foreign troops to leave Vastonia.",
        "Rather, it is to launch talks between the two camps.",
    ],
)
def test_an_aim_is_not_done(text: str) -> None:
    assert _events(text) == []
