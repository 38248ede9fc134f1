"""A noun act that names its sides and is the subject of a verb of lasting, completion or
reaction took place (stop 19, invented sentences): "the siege of the town lasted three
months" is ASSAULT, where "the siege lasted", "a ban ... may spark unrest" or "the
proposed ban ... drew criticism" only mention an act."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return {e.type for e in analysis.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The siege of the town lasted three months.", "ASSAULT"),
        ("The blockade of Gaza has lasted two years.", "COERCE"),
        ("The execution of the three activists drew condemnation.", "ASSAULT"),
        ("The arrest of the students sparked riots in Pelkan.", "COERCE"),
        ("The arrest of the students was met with protests.", "COERCE"),
        ("The execution of the three activists took place on Monday.", "ASSAULT"),
        ("The execution of the three activists was carried out at dawn.", "ASSAULT"),
        ("The bombing of the embassy was condemned by Russia.", "ASSAULT"),
        # a compound naming those held or taken names the act's recipients
        ("The prisoner swap was completed on Monday.", "RETREAT"),
    ],
)
def test_an_act_with_its_sides_that_lasted_or_drew_a_reaction_took_place(
    text: str, expected: str
) -> None:
    assert expected in _types(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The siege lasted three months.", "ASSAULT"),  # names no side
        ("The swap was completed on Monday.", "RETREAT"),
        ("An attack on Ruritania would lead to war.", "ASSAULT"),
        ("A ban on protests may spark unrest.", "SANCTION"),
        ("The proposed ban on protests drew criticism.", "SANCTION"),
        ("The arrest of the mayor did not lead to riots.", "COERCE"),
        ("If the arrest of the mayor took place, riots followed.", "COERCE"),
    ],
)
def test_a_mention_or_an_unsettled_act_is_still_no_event(text: str, absent: str) -> None:
    assert absent not in _types(text)
