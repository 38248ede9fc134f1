"""The noun "battle" outside war (stop 21, invented sentences): a battle lost, won, done or
taken somewhere, a proxy or head-to-head battle, a battle with an illness or in the media or
the courts, and a battle plan or battle line are no assault (null `battle` noun frames on
`within`, `mods` and `prep` with `objects`), while a battle that broke out, began or left
people dead between armed sides stays one."""

from __future__ import annotations

import pytest

from ..analyzed import event_types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Zentex Mining lost the battle to keep the lawsuit in Peru.",
        "Ruritania has lost another battle in its long trade dispute with Freedonia.",
        "The two senators will do battle in twelve primaries on Tuesday.",
        "Commentators called the lawsuit a proxy battle between the two candidates.",
        "The former mayor fought a long battle with cancer.",
        "The two leaders have fought a bitter battle in the media this week.",
        "The general drew up battle plans for the invasion.",
        "The minister fought a losing battle with the police over the budget.",
        "Polls say she now faces a head to head battle against the mayor.",
        "The former premier battled kidney failure for two years.",
        "The singer has been battling a huge phone bill since March.",
    ],
)
def test_battles_outside_war_are_no_assault(text: str) -> None:
    assert not event_types(text) & {"ASSAULT", "THREATEN"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A fierce battle broke out between troops and rebels in the town.",
        "The battle began at dawn and left six militants dead.",
        "The soldier died while leading a battle against the rebels.",
    ],
)
def test_armed_battles_stay_assaults(text: str) -> None:
    assert "ASSAULT" in event_types(text)
