"""Parties named by a union's, a league's or a congress's word (stop 18, role AC2).

Invented sentences, hand-parsed (no model). Each failed before its rule: the name's
first keyword decided ("Union": NGO, "Congress": LEG, "Group": BUS), though the word
"Party" or a word of democracy after a party's head says it is a party.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _org_sector(make_doc: MakeDoc, words: str) -> str | None:
    """The sector of the one organization in "<words> said it ."."""
    names = words.split()
    rows = [
        f"{w}|PROPN|compound|{len(names) - 1 - i}|{'B' if i == 0 else 'I'}-ORG"
        for i, w in enumerate(names)
    ]
    rows[-1] = f"{names[-1]}|PROPN|nsubj|1|{'B' if len(names) == 1 else 'I'}-ORG"
    rows += ["said|VERB|ROOT|0|O", "it|PRON|dobj|-1|O", ".|PUNCT|punct|-2|O"]
    doc = make_doc(parsed(" ".join(rows)))
    actors = [a for a in extract_actors(doc).actors if a.type == "ORG"]
    assert len(actors) == 1, actors
    return actors[0].sector


@pytest.mark.parametrize(
    "words",
    [
        "Union for Westvalian Democracy",
        "Westvale League for Democracy",
        "Congress of Westvale Democrats",
        "Westvale Democratic Alliance",
        "Westvale Union Party",
        "Westvale Congress Party",
        "Westvale Group Party",
    ],
)
def test_a_party_by_its_name(make_doc: MakeDoc, words: str) -> None:
    assert _org_sector(make_doc, words) == "PTY"


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Westvale Union", "NGO"),  # no word of a party
        ("Center for Westvale Democracy", "NGO"),  # a centre's keyword comes first
        ("Democratic Union of Westvale Teachers", "EDU"),  # its members' sector
    ],
)
def test_no_party_by_its_name(make_doc: MakeDoc, words: str, sector: str | None) -> None:
    assert _org_sector(make_doc, words) == sector
