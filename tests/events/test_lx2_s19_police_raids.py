"""Stop-19 second pass (invented sentences): a raid or sweep that police, agents or other
officers carry out, launch, mount or conduct is an arrest operation (COERCE arrest, as a
'police raid' is); an army's raid stays an assault."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Police carried out a raid on the offices of the newspaper.",
        "FBI agents launched a raid on the compound.",
        "Police conducted raids on homes in Sydney.",
    ],
)
def test_police_raid_is_coercion(text: str) -> None:
    assert event_types(text) == {"COERCE"}


def test_army_raid_stays_an_assault() -> None:
    assert "ASSAULT" in event_types("Israel carried out a raid on Jenin.")
