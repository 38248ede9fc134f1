"""Where: a place name written lower-case is a common noun, no town ("the metro" is no
Indonesian city), unless a part word opens it ("west Athens")."""

from __future__ import annotations

import pytest

from newsgraph.events.places import resolve_places
from newsgraph.model import Actor, Mention, Place

TEXT = "Jo Bloggs said the metro, the canton and west Athens were shut for a new Ireland."


def _at(name: str, country: str | None = None) -> Place:
    start = TEXT.index(name)
    mention = Mention(start, start + len(name), name, "GPE")
    return Place(name=name, mentions=(mention,), country=country)


_JO = Actor(
    id="jo", name="Jo Bloggs", type="PERSON", mentions=(Mention(0, 9, "Jo Bloggs", "PERSON"),)
)


@pytest.mark.parametrize("name", ["metro", "canton"])
def test_a_lower_case_name_is_no_town(name: str) -> None:
    assert resolve_places((_at(name),), (_JO,), TEXT)[0].country is None


def test_a_part_word_still_finds_its_place() -> None:
    assert resolve_places((_at("west Athens"),), (_JO,), TEXT)[0].country == "GRC"


def test_the_country_the_actors_stage_gave_a_common_noun_goes() -> None:
    place = resolve_places((_at("new Ireland", "PNG"),), (_JO,), TEXT)[0]
    assert place.country is None
