"""Where: regions news names that the gazetteer holds under another name or not at all
("Chechnya", "South Ossetia", "Catalonia") get their country from data/events/regions.tsv,
checked against pycountry; the actors stage's own place lookups are not changed."""

from __future__ import annotations

import pycountry
import pytest

from newsgraph.events.gazetteer import _key
from newsgraph.events.lexicon import LexiconError
from newsgraph.events.places import lookup_place, resolve_places
from newsgraph.events.regions import _entry, region_names

from .place_records import place_at as _at


@pytest.mark.parametrize(
    ("name", "country"),
    [("Chechnya", "RUS"), ("South Ossetia", "GEO"), ("Catalonia", "ESP"), ("Tibet", "CHN")],
)
def test_a_region_known_by_its_english_name_gets_its_country(name: str, country: str) -> None:
    text = f"Soldiers patrolled {name} on Tuesday."
    place = resolve_places((_at(name, text),), (), text)[0]
    assert (place.country, place.kind) == (country, "region")
    assert text[place.mentions[0].start : place.mentions[0].end] == name


def test_a_name_the_gazetteer_resolves_keeps_the_gazetteers_entry() -> None:
    # the table is a fallback: a city the gazetteer knows is not turned into a region
    text = "Reporters waited in Erbil on Tuesday."
    place = resolve_places((_at("Erbil", text),), (), text)[0]
    assert (place.country, place.kind) == ("IRQ", "city")


def test_the_actors_stages_lookup_is_left_as_it_was() -> None:
    # lookup_place (what the actors stage asks) does not read the table
    assert lookup_place("Chechnya") is None


def test_an_unlisted_region_stays_unresolved() -> None:
    text = "Soldiers patrolled Nowherestan on Tuesday."
    place = resolve_places((_at("Nowherestan", text),), (), text)[0]
    assert place.country is None


def test_every_row_names_a_real_country_and_subdivision() -> None:
    names = region_names()
    assert len(names) >= 70
    for key, entry in names.items():
        assert key == _key(entry.name)
        assert pycountry.countries.get(alpha_3=entry.country) is not None


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (["Atlantis", "XXX", "-", "note"], "not an ISO 3166-1"),
        (["Atlantis", "ESP", "FR-20R", "note"], "not an ISO 3166-2 subdivision of ESP"),
        (["Atlantis", "ESP", "-"], "tab-separated"),
        (["Atlantis ", "ESP", "-", "note"], "tab-separated"),
    ],
)
def test_a_bad_row_is_an_error_naming_the_line(parts: list[str], message: str) -> None:
    with pytest.raises(LexiconError, match=rf"regions.tsv:7: .*{message}"):
        _entry(parts, "regions.tsv:7")
