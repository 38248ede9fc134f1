"""Places: gazetteer lookup with disambiguation by the article's countries."""

from __future__ import annotations

import pytest

from newsgraph.events.places import article_countries, lookup_place, resolve_places
from newsgraph.model import Actor, Mention, Place


def _place(name: str) -> Place:
    return Place(name=name, mentions=(Mention(0, len(name), name, "GPE"),))


def _country_actor(name: str, country: str | None = None) -> Actor:
    return Actor(id="A1", name=name, type="COUNTRY", mentions=(), country=country)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Tehran", "city", "IRN"),
        ("Kiev", "city", "UKR"),  # an alternate name
        ("the United States", "country", "USA"),
        ("Syria", "country", "SYR"),
        ("Georgia", "country", "GEO"),
        ("Texas", "region", "USA"),
    ],
)
def test_lookup(name: str, kind: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and (entry.kind, entry.country) == (kind, country)


@pytest.mark.parametrize("name", ["Qwzxv", "", "the"])
def test_unknown_names_find_nothing(name: str) -> None:
    assert lookup_place(name) is None


def test_ambiguous_name_follows_the_article_countries() -> None:
    libya = lookup_place("Tripoli")
    lebanon = lookup_place("Tripoli", {"LBN"})
    assert libya is not None and libya.country == "LBY"
    assert lebanon is not None and lebanon.country == "LBN"
    state = lookup_place("Georgia", {"USA"})
    assert state is not None and state.kind == "region"


def test_resolve_places_adds_country_and_coordinates() -> None:
    resolved = resolve_places([_place("Tripoli"), _place("Qwzxv")], [_country_actor("Lebanon")])
    city, unknown = resolved
    assert (city.country, city.kind) == ("LBN", "city")
    assert city.latitude is not None and 33 < city.latitude < 35
    assert city.geonameid is not None
    assert unknown == _place("Qwzxv")


def test_countries_come_from_actor_codes_and_names() -> None:
    actors = [_country_actor("Iraq"), _country_actor("Someone", "SYR")]
    assert article_countries(actors) == {"IRQ", "SYR"}
