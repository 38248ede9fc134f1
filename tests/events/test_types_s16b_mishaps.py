"""Casualties of a mishap are no ASSAULT: people hurt when vehicles collide, killed in a gas
or methane explosion, or hurt when a train derails and bursts into flames; a bomb explosion, a gas
attack or gunmen who open fire stay one (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Ten passengers were injured when two buses collided near Lyon.",
        "Two lorries collided on the motorway, killing three drivers.",
        "Six workers were killed in a gas explosion at the plant.",
        "Eight miners were killed in a methane explosion.",
        "A carriage derailed and burst into flames, injuring twenty people.",
    ],
)
def test_mishap_casualties(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: weapons, not mishaps
        "Nine shoppers were killed in a bomb explosion near the market.",
        "Dozens of villagers were killed in a gas attack by the army.",
        "Gunmen stormed the hotel and opened fire, killing six guests.",
    ],
)
def test_attacks_stay(text: str) -> None:
    assert "ASSAULT" in event_types(text)
