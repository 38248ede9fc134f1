"""Places: a large city abroad against a small namesake town in the story's own country."""

from __future__ import annotations

import pytest

from newsgraph.events.places import lookup_place, resolve_places

from .place_records import place_at as _at


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


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Harris Park", {"AUS"}),  # a Sydney suburb, filed as an old name of Westminster, CO
        ("St. James", {"GBR"}),  # filed under Vung Tau, Vietnam
        ("Ocean City", {"USA"}),  # filed under an estate near Hanoi
    ],
)
def test_an_unlike_alternate_name_of_a_city_abroad_finds_nothing(
    name: str, countries: set[str]
) -> None:
    assert lookup_place(name, countries) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Prishtina", "XKX"),  # a spelling of Pristina
        ("Beida", "LBY"),  # Al Bayda: alike without the article
        ("Torino", "ITA"),
        ("Madras", "IND"),  # an exonym of a city of millions
    ],
)
def test_spellings_and_exonyms_of_great_cities_still_find_them(name: str, country: str) -> None:
    entry = lookup_place(name, {"USA"})
    assert entry is not None and entry.country == country


def test_a_metropolis_twenty_times_larger_beats_a_home_city() -> None:
    # London, England (9 million) against London, Ontario (420,000) in a Canadian story
    entry = lookup_place("London", {"CAN"})
    assert entry is not None and entry.country == "GBR"
    # ... unless the story names Ontario
    entry = lookup_place("London", {"CAN"}, {("CAN", "08")})
    assert entry is not None and entry.country == "CAN"
    # Birmingham, Alabama is a fifth of Birmingham, England: it keeps its name
    entry = lookup_place("Birmingham", {"USA"})
    assert entry is not None and entry.country == "USA"


def test_a_place_followed_by_a_comma_and_a_country_lies_in_that_country() -> None:
    text = "She was robbed in Windsor, United Kingdom, last spring."
    places = (_at("Windsor", text), _at("United Kingdom", text))
    resolved = resolve_places(places, (), text)
    assert [p.country for p in resolved] == ["GBR", "GBR"]
    # without the text, the larger Windsor (Ontario) wins as before
    assert resolve_places(places[:1], ())[0].country == "CAN"


def test_a_country_after_a_full_stop_qualifies_nothing() -> None:
    text = "Leaders met in Quebec. United States officials left."
    places = (_at("Quebec", text), _at("United States", text))
    assert resolve_places(places, (), text)[0].country == "CAN"


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Windsor, United Kingdom", "GBR", "ENG"),  # not the larger Windsor, Ontario
        ("London, Ontario", "CAN", "08"),  # the province, not Ontario, California
        ("Quebec, United States", None, None),  # no US town of its own name
    ],
)
def test_the_place_the_story_writes_after_a_comma_decides(
    name: str, country: str | None, admin1: str | None
) -> None:
    entry = lookup_place(name, {"USA"})
    found = (entry.country, entry.admin1) if entry is not None else (None, None)
    assert found == (country, admin1)
