"""Heads of state and government of the 2000s that the leaders lexicon lacked: coded
when the text gives no title (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors.lexicon import lexicons

from ..analyzed import analyzed


@pytest.mark.parametrize(
    ("surface", "name", "country"),
    [
        ("John Howard", "John Howard", "AUS"),
        ("Evo Morales", "Evo Morales", "BOL"),
        ("Basescu", "Traian Băsescu", "ROU"),
        ("Muammar al-Gaddafi", "Muammar Gaddafi", "LBY"),
        ("Kikwete", "Jakaya Kikwete", "TZA"),
    ],
)
def test_new_leader_entries(surface: str, name: str, country: str) -> None:
    entry = lexicons().leaders[surface]
    assert (entry.name, entry.country, entry.sector) == (name, country, "GOV")


def test_a_leader_named_without_title_takes_the_lexicons_country(nlp: Language) -> None:
    text = "Evo Morales visited the tin mine near Madrid on Sunday and met the workers there."
    person = next(a for a in analyzed(nlp, text).actors if a.name == "Evo Morales")
    assert (person.country, person.sector) == ("BOL", "GOV")
