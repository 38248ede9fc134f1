"""A party or legislature named "of <place>" where a region and a big city abroad share
the name (invented sentences): the region unless the text points to the city's country;
other bodies keep the city."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


def _country(nlp: Language, text: str, name: str) -> str | None:
    analysis = analyzed(nlp, text)
    return next(a.country for a in analysis.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Jo Doe, once a Green Party of Ontario candidate, lost her deposit.",
            "Green Party of Ontario",
            "CAN",
        ),
        (
            "The Democratic Party of Norfolk, Virginia endorsed Jo Doe on Monday.",
            "Democratic Party of Norfolk",
            "USA",
        ),
        ("The University of Toledo said fees would rise.", "University of Toledo", "USA"),
    ],
)
def test_a_region_unless_the_city_s_country_is_named(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert _country(nlp, text, name) == country
