"""Embassies and consulates (invented sentences): the sending country's government, never
the host's; "U.S" without its last period is the United States."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


def _holder(nlp: Language, text: str, mention: str) -> tuple[str, str | None, str | None]:
    """The actor mentioned by ``mention`` (an organization first: a country's own name may
    also be its government's mention, as in "the embassies of Chile and Sweden")."""
    analysis = analyzed(nlp, text)
    actors = sorted(analysis.actors, key=lambda a: a.type != "ORG")
    actor = next(a for a in actors if any(text[m.start : m.end] == mention for m in a.mentions))
    return actor.name, actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Officials in Iraq met on Monday. The U.S. embassy in Baghdad issued a warning.",
            "U.S. embassy",
            "USA",
        ),
        ("Iraq was calm. Russia's embassy in Baghdad denied it.", "Russia's embassy", "RUS"),
        ("Riots hit Tirana. The Greek consulate in Korce shut.", "Greek consulate", "GRC"),
        (
            "Riots hit Damascus. Mobs burned the embassies of Chile and Sweden.",
            "Sweden",
            "SWE",
        ),
    ],
)
def test_a_mission_is_its_sending_country_s(
    nlp: Language, text: str, mention: str, country: str
) -> None:
    assert _holder(nlp, text, mention)[1:] == (country, "GOV")


@pytest.mark.parametrize(
    "text",
    [
        "Iraq was calm on Sunday. The embassy said it would close for a week.",
        "Iraq was calm on Sunday. The Baghdad embassy said it would close for a week.",
    ],
)
def test_a_mission_without_its_country_is_no_actor(nlp: Language, text: str) -> None:
    assert not [a for a in analyzed(nlp, text).actors if a.country == "IRQ" and a.sector == "GOV"]


def test_us_without_its_last_period_is_the_united_states(nlp: Language) -> None:
    text = "Officials in Japan said the U.S Embassy in Tokyo told citizens to stay home."
    assert _holder(nlp, text, "U.S Embassy")[1] == "USA"
