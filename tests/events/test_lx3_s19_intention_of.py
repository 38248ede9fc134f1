"""Stop-19: "intention of" governs its complement as "intention to" does: an intended act
that is a trigger is coded instead (a negated threat is AGREE intent, as "has no intention
to attack" is), and an intention of anything else ("of running for office", "of evading
the truth") codes nothing, where it was a REJECT or an AGREE of the intention itself."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _coded(text: str) -> dict[str, tuple[str, bool]]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {e.trigger.text: (e.type, e.intent) for e in events if e.trigger}


@pytest.mark.parametrize(
    "text",
    [
        "Germany has no intention of running for office.",
        "The ministry has no intention of hiding the figures.",
        "Senator Ruth Calder announced her intention of retiring.",
    ],
)
def test_intention_of_a_non_act_is_nothing(text: str) -> None:
    assert _coded(text) == {}


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Russia has no intention of occupying Georgia.", "occupying", ("AGREE", True)),
        ("Germany has every intention of attacking Poland.", "attacking", ("THREATEN", True)),
    ],
)
def test_intention_of_an_act_codes_the_act(
    text: str, trigger: str, coded: tuple[str, bool]
) -> None:
    found = _coded(text)
    assert found.get(trigger) == coded
    assert "intention" not in found
