"""Where: a region abbreviation whose mention left out its period ("Crawford, Tex., he
said": "Tex") is the region, and the place written before it lies there."""

from __future__ import annotations

import pytest

from newsgraph.events.places import lookup_place, resolve_places
from newsgraph.model import Mention, Place


@pytest.mark.parametrize(("name", "region"), [("Tex", "Texas"), ("Calif", "California")])
def test_an_abbreviation_without_its_period_is_the_region(name: str, region: str) -> None:
    entry = lookup_place(name, {"USA"})
    assert entry is not None and (entry.name, entry.country) == (region, "USA")


def test_the_town_before_it_lies_in_that_country() -> None:
    text = "He rested in Crawford, Tex., before the talks."
    places = tuple(
        Place(name=n, mentions=(Mention(text.index(n), text.index(n) + len(n), n, "GPE"),))
        for n in ("Crawford", "Tex")
    )
    assert [p.country for p in resolve_places(places, (), text)] == ["USA", "USA"]
