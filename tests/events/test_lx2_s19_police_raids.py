"""Stop-19 second pass (invented sentences): a raid or sweep that police, agents or other
officers carry out, launch, mount or conduct is an arrest operation (COERCE arrest, as a
'police raid' is); an army's raid stays an assault."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


@pytest.mark.parametrize(
    "text",
    [
        "Police carried out a raid on the offices of the newspaper.",
        "FBI agents launched a raid on the compound.",
        "Police conducted raids on homes in Sydney.",
    ],
)
def test_police_raid_is_coercion(text: str) -> None:
    assert _types(text) == {"COERCE"}


def test_army_raid_stays_an_assault() -> None:
    assert "ASSAULT" in _types("Israel carried out a raid on Jenin.")
