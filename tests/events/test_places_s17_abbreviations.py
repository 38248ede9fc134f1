"""Where: an upper-case abbreviation ("WA") is no town spelled as a word; a long state
name without its "the" ("Democratic Republic of Congo") is that state."""

from __future__ import annotations

import pytest

from newsgraph.events.places import lookup_place


@pytest.mark.parametrize("name", ["WA", "PA", "UN", "OAS"])
def test_an_upper_case_abbreviation_is_no_town_spelled_as_a_word(name: str) -> None:
    assert lookup_place(name, {"AUS", "USA"}) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [("UAE", "ARE"), ("DRC", "COD"), ("NSW", "AUS"), ("Wa", "GHA"), ("ROME", "ITA")],
)
def test_countries_regions_and_word_cased_towns_still_resolve(name: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Democratic Republic of Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Kingdom of Netherlands", "NLD"),
    ],
)
def test_a_long_state_name_without_the_is_that_state(name: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize("name", ["Gulf of Mexico", "Bank of England"])
def test_other_names_with_of_are_not_made_states(name: str) -> None:
    assert lookup_place(name) is None
