"""The pipeline hands the article's text to the places stage, so a country written after a
city's comma decides which namesake city is meant (invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Two tourists were robbed in Windsor, United Kingdom, on Sunday.", "Windsor", "GBR"),
        ("Two tourists were robbed in Windsor, Ontario, on Sunday, police said.", "Windsor", "CAN"),
    ],
)
def test_a_country_after_the_comma_places_the_city(text: str, name: str, country: str) -> None:
    places = analyze(Article(id="t", text=text, published="2019-03-04")).places
    assert [p.country for p in places if p.name.startswith(name)][:1] == [country]
