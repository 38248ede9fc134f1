"""Where: an upper-case abbreviation ("WA", "PA") is no town spelled as a word."""

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
