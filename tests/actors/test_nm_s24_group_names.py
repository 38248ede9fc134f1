"""A group is shown under its first phrase that names its country or people (stop 24, NM).

Invented sentences. Before, a group actor took the first phrase the rules read as its
name, so a victim group read from "people" kept that name when a later "Iraqis" joined
it, and "the army" hid a later "Burundian army". The key, code and mentions stay.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.actors.group_names import group_actor, names_country
from newsgraph.actors.resolve import Entity
from newsgraph.model import Mention


def test_a_later_phrase_naming_the_country_names_the_group() -> None:
    entities: list[Entity] = []
    groups: dict[tuple[str, str], Entity] = {}
    first = group_actor(entities, groups, "IRQ", "CVL", "people", "people")
    again = group_actor(entities, groups, "IRQ", "CVL", "Iraqis", "people")
    assert again is first
    assert (first.name, first.key_name, first.country) == ("Iraqis", "CVL of IRQ", "IRQ")
    group_actor(entities, groups, "IRQ", "CVL", "Kurdish villagers", "people")
    group_actor(entities, groups, "IRQ", "CVL", "Iraqi civilians", "people")
    assert first.name == "Iraqis"  # the first telling phrase stays; a bare one never wins


@pytest.mark.parametrize(
    "later",
    [
        "senior Chilean army commander",  # one member's phrase, not the group's
        "Valparaiso|Chilean troops",  # a stretch of markup
    ],
)
def test_no_member_or_markup_names_a_group(later: str) -> None:
    entities: list[Entity] = []
    groups: dict[tuple[str, str], Entity] = {}
    first = group_actor(entities, groups, "CHL", "MIL", "military", "institution")
    group_actor(entities, groups, "CHL", "MIL", later, "role")
    assert first.name == "military"
    group_actor(entities, groups, "CHL", "MIL", "Chilean soldiers", "group")
    assert first.name == "Chilean soldiers"


def test_a_named_body_keeps_its_name() -> None:
    force = Entity("ORG", "Kenya Police Service", country="KEN", sector="COP")
    force_mention = Mention(0, 20, "Kenya Police Service", "ORG", "model")
    force.mentions.append(force_mention)
    entities = [force]
    groups: dict[tuple[str, str], Entity] = {}
    assert group_actor(entities, groups, "KEN", "COP", "police", "institution") is force
    group_actor(entities, groups, "KEN", "COP", "Kenyan police", "institution")
    assert force.name == "Kenya Police Service" and force.mentions == [force_mention]


@pytest.mark.parametrize(
    ("name", "iso", "names"),
    [
        ("Chileans", "CHL", True),
        ("U.S. troops", "USA", True),
        ("Baghdad police", "IRQ", True),
        ("Mombasa residents", "KEN", True),  # a city
        ("Hezbollah's fighters", "LBN", True),  # a known organization of the country
        ("Police officers", "POL", False),  # an agent noun, though a Polish town's name
        ("Peruvian soldiers", "CHL", False),
        ("people", "CHL", False),
        ("Nigerians", None, False),
    ],
)
def test_names_country(name: str, iso: str | None, names: bool) -> None:
    assert names_country(name, iso) is names


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (
            "Gunmen killed 14 people in Basra on Tuesday. Police later arrested 20 Iraqis.",
            ("IRQ", "CVL"),
            "Iraqis",
        ),
        (
            "Fighting in Burundi went on for a week. The army entered the hills on Sunday. "
            "Rebels said the Burundian army had shelled their camp.",
            ("BDI", "MIL"),
            "Burundian army",
        ),
        (
            "Tension in Chile grew on Monday. The police fired tear gas at students, and "
            "the Chilean police later arrested 40 of them.",
            ("CHL", "COP"),
            "Chilean police",
        ),
    ],
)
def test_groups_are_named_by_their_country(
    nlp: Language, text: str, code: tuple[str, str], name: str
) -> None:
    actors = [a for a in extract_actors(nlp(text)).actors if (a.country, a.sector) == code]
    assert [a.name for a in actors] == [name]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("As many as 400 Chilean troops crossed the border.", ("CHL", "MIL"), "Chilean troops"),
        ("More than 3,000 Kenyan police were deployed.", ("KEN", "COP"), "Kenyan police"),
        ("Many Peruvian soldiers deserted last year.", ("PER", "MIL"), "Peruvian soldiers"),
        # a country before the count stays, and so does a comparative without one
        ("Chile's 400 troops crossed the border.", ("CHL", "MIL"), "Chile's 400 troops"),
    ],
)
def test_a_count_opening_a_phrase_is_no_part_of_its_name(
    nlp: Language, text: str, code: tuple[str, str], name: str
) -> None:
    actors = [a for a in extract_actors(nlp(text)).actors if (a.country, a.sector) == code]
    assert [a.name for a in actors] == [name]
