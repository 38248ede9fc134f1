"""Inspectors: a police rank only when no other body holds the post (stop 19, role AK).

Invented sentences, hand-parsed (no model). Each failed before its rule: every
"inspector" was COP (titles.tsv), also an atomic agency's and a building inspector,
and an inspector general was MIL from "General".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.lexicon import lexicons

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_SAID = "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2"


def _person(make_doc: MakeDoc, notation: str) -> tuple[str | None, str | None]:
    actors = [a for a in extract_actors(make_doc(parsed(notation))).actors if a.type == "PERSON"]
    assert len(actors) == 1, actors
    return actors[0].country, actors[0].sector


@pytest.mark.parametrize(
    ("notation", "sector"),
    [
        # an agency's inspector is the agency's
        (
            "IAEA|PROPN|compound|3|B-ORG inspector|NOUN|compound|2 Tal|PROPN|compound|1|B-PERSON "
            f"Orvin|PROPN|nsubj|1|I-PERSON {_SAID}",
            "IGO",
        ),
        (
            "UN|PROPN|nmod|3|B-ORG chief|ADJ|amod|1 weapons|NOUN|compound|1 "
            "inspector|NOUN|compound|2 Tal|PROPN|compound|1|B-PERSON "
            f"Orvin|PROPN|nsubj|1|I-PERSON {_SAID}",
            "IGO",
        ),
        # an inspector general oversees a government's offices
        (
            "Inspector|PROPN|compound|3 General|PROPN|compound|2 Tal|PROPN|compound|1|B-PERSON "
            f"Orvin|PROPN|nsubj|1|I-PERSON {_SAID}",
            "GOV",
        ),
        # a town's building or health inspector is its official
        (
            "Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|nsubj|6|I-PERSON ,|PUNCT|punct|-1 "
            "a|DET|det|2 health|NOUN|compound|1 inspector|NOUN|appos|-4 ,|PUNCT|punct|-5 "
            "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2",
            "GOV",
        ),
        # a police rank stays a police rank
        (
            "Chief|PROPN|compound|3 Inspector|PROPN|compound|2 Tal|PROPN|compound|1|B-PERSON "
            f"Orvin|PROPN|nsubj|1|I-PERSON {_SAID}",
            "COP",
        ),
    ],
)
def test_an_inspector_s_sector(make_doc: MakeDoc, notation: str, sector: str) -> None:
    assert _person(make_doc, notation)[1] == sector


def test_an_inspector_general_of_police_is_police() -> None:
    titles = lexicons().titles
    assert titles["inspector general of police"].sector == "COP"
    assert titles["inspector general"].sector == "GOV"
