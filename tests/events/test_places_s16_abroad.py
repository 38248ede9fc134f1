"""Places: a large city abroad against a small namesake town in the story's own country."""

from __future__ import annotations

import pytest

from newsgraph.events.places import lookup_place


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Geneva", "CHE"),  # 200,000 against Geneva, Illinois (22,000)
        ("Aberdeen", "GBR"),  # 200,000 against towns of South Dakota and Washington
        ("Frankfurt", "DEU"),  # against Frankfort, Kentucky, known also as "Frankfurt"
    ],
)
def test_a_large_city_abroad_beats_a_small_town_at_home(name: str, country: str) -> None:
    entry = lookup_place(name, {"USA"})
    assert entry is not None and entry.country == country


def test_the_town_stays_when_the_story_names_its_region() -> None:
    entry = lookup_place("Geneva", {"USA"}, {("USA", "IL")})
    assert entry is not None and (entry.country, entry.admin1) == ("USA", "IL")


@pytest.mark.parametrize("name", ["Cambridge", "Manchester"])
def test_a_home_city_of_a_hundred_thousand_keeps_its_name(name: str) -> None:
    # Cambridge, Massachusetts and Manchester, New Hampshire are no small towns
    entry = lookup_place(name, {"USA"})
    assert entry is not None and entry.country == "USA"


def test_without_a_home_country_the_larger_city_wins_as_before() -> None:
    entry = lookup_place("Geneva")
    assert entry is not None and entry.country == "CHE"
