"""Groups that are no companies (stop 18, role AC2).

Invented sentences, hand-parsed (no model). Each failed before its keywords: "Group"
made a study panel, a survey mission and an advocacy group a business (BUS).
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
    ("words", "sector"),
    [
        ("Westvale Study Group", "GOV"),
        ("Westvale Survey Group", "GOV"),
        ("Westvale Human Rights Group", "NGO"),
        ("Westvale Pressure Group", "NGO"),
        ("Westvale Holdings Group", "BUS"),  # a company's word first
        ("Westvale Group", "BUS"),
    ],
)
def test_the_sector_of_a_group(make_doc: MakeDoc, words: str, sector: str) -> None:
    assert _org_sector(make_doc, words) == sector
