"""More nouns of armed forces head a country's military actor (stop 19, role AK).

Invented sentences, hand-parsed (no model). Before, "Israeli gunboats" and "Turkish
artillery" were no agents: the events took the bare country, with no sector.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("demonym", "noun", "country"),
    [
        ("Israeli", "gunboats", "ISR"),
        ("Turkish", "artillery", "TUR"),
        ("Iraqi", "commandos", "IRQ"),
        ("Russian", "frigates", "RUS"),
    ],
)
def test_a_country_s_force(make_doc: MakeDoc, demonym: str, noun: str, country: str) -> None:
    rows = parsed(
        f"{demonym}|ADJ|amod|1|B-NORP {noun}|NOUN|nsubj|1 shelled|VERB|ROOT|0 "
        "the|DET|det|1 coast|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    actors = extract_actors(make_doc(rows)).actors
    force = next(a for a in actors if any(m.text == f"{demonym} {noun}" for m in a.mentions))
    assert (force.country, force.sector) == (country, "MIL")
