"""Where: "Congo" shortens both Congos; it is the one the story is about (the one of its
other names, else the one its actors are most often of), and says neither is."""

from __future__ import annotations

import pytest

from newsgraph.events.places import article_countries, lookup_place, resolve_places
from newsgraph.model import Mention, Place

from .place_records import person_at as _person
from .place_records import place_at as _at


@pytest.mark.parametrize(("story", "country"), [("COD", "COD"), ("COG", "COG"), ("FRA", "COG")])
def test_congo_is_the_congo_of_the_story(story: str, country: str) -> None:
    entry = lookup_place("Congo", {story})
    assert entry is not None and entry.country == country


@pytest.mark.parametrize(("name", "country"), [("Sudan", "SDN"), ("Guinea", "GIN")])
def test_a_states_very_name_is_that_state(name: str, country: str) -> None:
    # "Sudan" in a story about South Sudan is still Sudan
    entry = lookup_place(name, {"SSD", "GNQ"})
    assert entry is not None and entry.country == country


def test_a_bare_congo_adds_no_country_to_the_story() -> None:
    text = "Observers arrived in Congo on Monday."
    assert article_countries((), (_at("Congo", text),)) == set()


def test_congo_is_the_state_most_of_the_actors_are_of() -> None:
    text = "Amani Lukusa met Jean Mbala and Marc Nkoso in Congo."
    actors = (
        _person("Amani Lukusa", text, "COD"),
        _person("Jean Mbala", text, "COD"),
        _person("Marc Nkoso", text, "COG"),
    )
    place = resolve_places((_at("Congo", text),), actors, text)[0]
    assert (place.name, place.country) == ("Congo", "COD")
    # listed under the other Congo's full name, it takes this one's
    start = text.index("Congo")
    listed = Place("Republic of the Congo", (Mention(start, start + 5, "Congo", "GPE"),))
    place = resolve_places((listed,), actors, text)[0]
    assert (place.name, place.country) == ("Democratic Republic of the Congo", "COD")


def test_a_tie_keeps_the_gazetteers_congo() -> None:
    text = "Amani Lukusa met Marc Nkoso in Congo."
    actors = (_person("Amani Lukusa", text, "COD"), _person("Marc Nkoso", text, "COG"))
    place = resolve_places((_at("Congo", text),), actors, text)[0]
    assert place.country == "COG"
