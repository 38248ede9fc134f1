"""Person nouns common as the victims or recipients of events (invented sentences):
missionaries, nuns and monks are religious groups, tourists and pilgrims civilians."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


def _group(nlp: Language, text: str, mention: str) -> tuple[str | None, str | None]:
    """The country and sector of the actor mentioned by ``mention``."""
    analysis = analyzed(nlp, text)
    actor = next(
        a for a in analysis.actors if any(text[m.start : m.end] == mention for m in a.mentions)
    )
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "mention", "coded"),
    [
        (
            "A missionary from Calgary was kidnapped in Haiti on Monday.",
            "missionary from Calgary",
            ("CAN", "REL"),
        ),
        (
            "Gunmen seized three American missionaries near the capital.",
            "American missionaries",
            ("USA", "REL"),
        ),
        ("Two nuns from Spain were abducted by rebels.", "nuns from Spain", ("ESP", "REL")),
        (
            "Gunmen kidnapped three American tourists in the desert.",
            "American tourists",
            ("USA", "CVL"),
        ),
    ],
)
def test_a_victim_noun_makes_a_group_of_its_country(
    nlp: Language, text: str, mention: str, coded: tuple[str, str]
) -> None:
    assert _group(nlp, text, mention) == coded


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire on tourists in Amman on Monday.",
        "Gunmen kidnapped missionaries in Haiti last week.",
    ],
)
def test_visitors_in_a_place_are_not_its_people(nlp: Language, text: str) -> None:
    analysis = analyzed(nlp, text)
    assert not [a for a in analysis.actors if a.sector in ("CVL", "REL")]
