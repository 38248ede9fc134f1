"""Taking, seizing or gaining control of a firm, a stake, finances, a legislature's seats,
a blaze or one's future is no armed attack: a null frame on `control` whose phrase names
such a thing (object_mods); control of a town, an airport or a country taken by force
stays ASSAULT (invented sentences; triggers.jsonl take/seize/gain/wrest/assume frames)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The investor took control of the mining company in May.", "took"),
        ("The province took control of the town's finances.", "took"),
        ("Crews gained control of the blaze overnight.", "gained"),
        ("The airline will take 55 percent control of the merged company.", "take"),
        ("Voters must take control of their future, the mayor said.", "take"),
    ],
)
def test_control_of_things_is_no_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] != "ASSAULT"


@pytest.mark.parametrize(
    "text",
    ["Rebels took control of the airport on Sunday.", "The militia seized control of Kismayo."],
)
def test_control_of_places_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in {t for t, _ in types_by_trigger(text).values()}
