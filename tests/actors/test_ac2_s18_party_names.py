"""Parties named by a union's, a league's or a congress's word (stop 18, role AC2).

Invented sentences, hand-parsed (no model). Each failed before its rule: the name's
first keyword decided ("Union": NGO, "Congress": LEG, "Group": BUS), though the word
"Party" or a word of democracy after a party's head says it is a party.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .conftest import org_said

MakeDoc = Callable[..., Doc]


def _org_sector(make_doc: MakeDoc, words: str) -> str | None:
    """The sector of the one organization in "<words> said it ."."""
    return org_said(make_doc, words).sector


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
