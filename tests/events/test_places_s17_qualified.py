"""Where: a place the gazetteer lacks lies in the country the story writes after it."""

from __future__ import annotations

import pytest

from newsgraph.events.places import resolve_places
from newsgraph.model import Mention, Place


def _place(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(name, (Mention(start, start + len(name), name, "GPE"),))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen struck a market in Zorbatown, Iraq on Monday.", "IRQ"),
        ("Police raided a farm near Zorbatown, Germany, where two men lived.", "DEU"),
        ("Flooding cut off Zorbatown, Texas overnight.", "USA"),
        # a list of peers, not where the place lies
        ("Sales fell in Zorbatown, Iraq and Germany.", None),
        ("Sales fell in Zorbatown, Iraq, Germany and Texas.", None),
        # after a city: maybe a list
        ("Gunmen struck Zorbatown, Baghdad and Basra.", None),
    ],
)
def test_an_unknown_place_lies_in_the_country_after_its_comma(
    text: str, country: str | None
) -> None:
    second = text.split(", ")[1].split()[0].rstrip(",")
    places = [_place(text, "Zorbatown"), _place(text, second)]
    resolved = {p.name: p for p in resolve_places(places, (), text)}
    assert resolved["Zorbatown"].country == country
    assert resolved["Zorbatown"].kind == ""


def test_a_common_noun_is_placed_nowhere() -> None:
    text = "The navy fired missiles off its west coast, Iraq said."
    places = [_place(text, "west coast"), _place(text, "Iraq")]
    resolved = {p.name: p for p in resolve_places(places, (), text)}
    assert resolved["west coast"].country is None
