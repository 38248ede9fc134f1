"""Where: a US state's name beats a small town of the story's country ("Florida" in a
story about Cuba), unless the text writes the town's country after it."""

from __future__ import annotations

import pytest

from newsgraph.events.places import lookup_place, resolve_places
from newsgraph.model import Mention, Place


@pytest.mark.parametrize(
    ("name", "story"), [("Florida", "CUB"), ("Florida", "COL"), ("Arizona", "HND")]
)
def test_a_us_state_beats_a_small_namesake_town_of_the_story(name: str, story: str) -> None:
    entry = lookup_place(name, {story})
    assert entry is not None and (entry.kind, entry.country) == ("region", "USA")


def test_a_large_city_abroad_still_beats_a_state() -> None:
    # "Washington" in a British story is the capital, not the state nor the English town
    entry = lookup_place("Washington", {"GBR"})
    assert entry is not None and (entry.kind, entry.country) == ("city", "USA")


def _place(name: str, start: int) -> Place:
    return Place(name=name, mentions=(Mention(start, start + len(name), name, "GPE"),))


def test_the_town_stays_when_the_text_writes_its_country_after_it() -> None:
    text = "Farmers in Florida, Cuba, lost their sugar crop."
    places = (_place("Florida", text.index("Florida")), _place("Cuba", text.index("Cuba")))
    resolved = resolve_places(places, (), text)
    assert resolved[0].country == "CUB"
