"""Where: a small town abroad of no country of the story is no place of it ("Blenheim"
Palace in a British story is no New Zealand town), unless another of the story's places
lies in that country; an abbreviation stays as written ("WA" is no Ghanaian "Wa")."""

from __future__ import annotations

from newsgraph.events.places import resolve_places
from newsgraph.model import Place

from .place_records import person_at as _person
from .place_records import place_at as _at


def test_a_small_town_abroad_of_no_story_country_is_left_unresolved() -> None:
    text = "Tom Hartley said the gardens at Blenheim were closed."
    place = resolve_places((_at("Blenheim", text),), (_person("Tom Hartley", text, "GBR"),), text)
    assert place[0].country is None and place[0].geonameid is None


def test_the_actors_stages_country_from_the_same_town_goes_too() -> None:
    text = "Tom Hartley said the gardens at Blenheim were closed."
    given = Place("Blenheim", _at("Blenheim", text).mentions, country="NZL")
    place = resolve_places((given,), (_person("Tom Hartley", text, "GBR"),), text)
    assert place[0].country is None


def test_the_town_stays_when_another_place_of_the_story_lies_in_its_country() -> None:
    text = "Tom Hartley flew from Wellington to Blenheim."
    places = (_at("Wellington", text), _at("Blenheim", text))
    resolved = resolve_places(places, (_person("Tom Hartley", text, "GBR"),), text)
    assert [p.country for p in resolved] == ["NZL", "NZL"]


def test_a_story_of_no_country_keeps_the_town() -> None:
    text = "The gardens at Blenheim were closed."
    assert resolve_places((_at("Blenheim", text),), (), text)[0].country == "NZL"


def test_a_town_the_text_writes_a_region_after_lies_in_that_region() -> None:
    text = "Ann Moore lives in Caledonia, Ontario, near the river."
    places = (_at("Caledonia", text), _at("Ontario", text))
    resolved = resolve_places(places, (_person("Ann Moore", text, "CAN"),), text)
    assert [p.country for p in resolved] == ["CAN", "CAN"]


def test_an_abbreviation_in_capitals_stays_as_written() -> None:
    text = "Jane Doe said mining in WA would stop."
    place = resolve_places((_at("WA", text),), (_person("Jane Doe", text, "AUS"),), text)[0]
    assert place.name == "WA" and place.country != "GHA"
