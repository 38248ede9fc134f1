"""People harmed or coerced where the sentence places it take that place's country (stop 24, VX).

Invented sentences. Before, "people", "civilians" or "protesters" with no country in
their phrase were no actor unless a state body of one country acted on them, so an
attack or arrest done to them had no recipient; now a place in a location phrase of the
verb (or of the noun, or of the act whose result clause it is) gives them its country,
as CAMEO codes victims (IRQCVL). No place in the sentence, no group.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed
from .conftest import codes_of_mention

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mention", "coded"),
    [
        ("Some 40 people were killed in Mosul late on Friday.", "people", ("IRQ", "CVL")),
        ("Soldiers detained nine children in northern Nigeria.", "children", ("NGA", "CVL")),
        ("Riot police detained 25 protesters in Lima on Monday.", "protesters", ("PER", "CVL")),
        ("A car bomb wounded 12 civilians in an Afghan village.", "civilians", ("AFG", "CVL")),
        ("Eleven people were injured in the town of Nakuru.", "people", ("KEN", "CVL")),
        ("Two bombs went off in Karachi, killing seven people.", "people", ("PAK", "CVL")),
        ("Gunmen killed four students in a raid in Peshawar.", "students", ("PAK", "EDU")),
    ],
)
def test_victims_take_the_country_of_the_place_of_the_act(
    nlp: Language, text: str, mention: str, coded: tuple[str, str]
) -> None:
    assert codes_of_mention(nlp, text, mention) == [coded]


@pytest.mark.parametrize(
    ("text", "mention", "coded"),
    [
        # a place the verb's result clause follows struck
        (
            "Three bombs shook the Pakistani city of Quetta, killing 20 people.",
            "people",
            ("PAK", "CVL"),
        ),
        # a namesake town abroad is no place; the region it lies in is
        (
            "Jets killed 30 people in the village of Qana in southern Lebanon.",
            "people",
            ("LBN", "CVL"),
        ),
        # a city's part named by its possessive, three phrases down
        (
            "Gunmen killed nine people at a cafe near a mosque in Kabul's suburbs.",
            "people",
            ("AFG", "CVL"),
        ),
    ],
)
def test_victims_take_the_country_of_a_place_further_down(
    nlp: Language, text: str, mention: str, coded: tuple[str, str]
) -> None:
    assert codes_of_mention(nlp, text, mention) == [coded]


@pytest.mark.parametrize(
    ("text", "mention", "coded"),
    [
        # the place is on the act that is the verb's subject
        (
            "A car bombing in the Iraqi province of Anbar killed 12 people.",
            "people",
            ("IRQ", "CVL"),
        ),
        # on the noun a relative clause describes; a city the model found, coded from the
        # gazetteer
        (
            "A blast in Kandahar that killed nine people was blamed on rebels.",
            "people",
            ("AFG", "CVL"),
        ),
        # on a "when" clause
        (
            "Five people were killed when a bomb went off in a market in Quetta.",
            "people",
            ("PAK", "CVL"),
        ),
    ],
)
def test_victims_take_the_country_of_where_the_act_is_placed_elsewhere(
    nlp: Language, text: str, mention: str, coded: tuple[str, str]
) -> None:
    assert codes_of_mention(nlp, text, mention) == [coded]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # no place in the sentence: never the story's salient country
        ("Some 40 people were killed late on Friday.", "people"),
        # tourists are as often foreigners as not
        ("Gunmen killed six tourists in Luxor on Friday.", "tourists"),
        # a nationality read as the object of "in" names the attackers, not a place
        ("About 30 civilians were killed in American led air strikes.", "civilians"),
        # a verb of neither harm nor coercion
        ("Thousands of people gathered in Cairo on Friday.", "people"),
        # those deported are most often foreigners
        ("Officials deported 30 men in Athens last week.", "men"),
    ],
)
def test_no_victim_group_without_a_place_harm_and_a_local_noun(
    nlp: Language, text: str, mention: str
) -> None:
    assert codes_of_mention(nlp, text, mention) == []


def test_the_victims_are_the_recipient_of_the_attack(nlp: Language) -> None:
    analysis = analyzed(nlp, "Some 40 people were killed in Mosul late on Friday.")
    groups = {a.id: (a.country, a.sector) for a in analysis.actors}
    assert [(e.type, groups.get(e.recipient or "")) for e in analysis.events] == [
        ("ASSAULT", ("IRQ", "CVL"))
    ]
