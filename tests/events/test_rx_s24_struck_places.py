"""Stop-24 recipients: force used "in" a country or territory with no one named on its
receiving end ("an Israeli raid in Syria", "launched a ground offensive in Gaza") is aimed
at that place, as CAMEO codes an attack whose only target is where it struck. Only an
attack noun, or a verb whose matched noun is the attack, takes it: a killing "in Iraq"
says where it happened. Not the doers' own country: troops sent into their own country's
south fight someone there, not their country."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _recipient_of(text: str, trigger: str) -> str | None:
    """The name of the recipient of the event on ``trigger`` in ``text`` (None if none)."""
    analysis = analyze(Article(id="t", text=text, published="2031-04-02"))
    names = {a.id: a.name for a in analysis.actors}
    found = [e for e in analysis.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in analysis.events]
    return names.get(found[0].recipient) if found[0].recipient else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Syria condemned the strikes. Two farmers died after an Israeli raid in Syria.",
            "raid",
            "Syria",
        ),
        (
            "Israel shelled Gaza on Friday. Two days later Israel launched a ground "
            "offensive in Gaza.",
            "launched",
            "Palestine",
        ),
    ],
)
def test_attack_in_a_country_is_aimed_at_it(text: str, trigger: str, place: str) -> None:
    assert _recipient_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a verb alone says where it happened (tourists: no local victim group, see
        # actors/victim_groups.py, which makes "three policemen killed in Iraq" Iraqi police)
        ("Iraq mourned its dead. Three tourists were killed in Iraq on Monday.", "killed"),
        # the doers' own country
        (
            "Turkey said the fighting would last weeks. Turkish troops launched an "
            "offensive in Turkey near the border.",
            "launched",
        ),
        # a fight between sides: where it rages is no side
        (
            "Israel attacked Lebanon. Thousands of families fled after the heavy fighting in "
            "Lebanon started.",
            "fighting",
        ),
    ],
)
def test_no_place_target(text: str, trigger: str) -> None:
    assert _recipient_of(text, trigger) is None
