"""A name bodies of several countries bear ("ABC") is the body of the story's country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.actors.lexicon import SECTORS, lexicons


def test_shared_names_list_a_sector_and_several_countries() -> None:
    shared = lexicons().shared_names
    assert shared["ABC"] == ("MED", ("USA", "AUS"))
    assert all(sector in SECTORS and len(codes) > 1 for sector, codes in shared.values())


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Australia will cut fuel taxes, the Australian treasurer said on Monday. "
            "Jo Brindle told ABC that Australia would recover by spring.",
            "AUS",
        ),
        (
            "The United States Senate passed a farm bill on Monday. "
            "Senator Jo Brindle told ABC that the United States would export more corn.",
            "USA",
        ),
    ],
)
def test_abc_is_the_broadcaster_of_the_story_country(
    nlp: Language, text: str, country: str
) -> None:
    actors = {a.name: a for a in extract_actors(nlp(text)).actors}
    assert (actors["ABC"].country, actors["ABC"].sector) == (country, "MED")
