"""The demonyms of US territories name the territory, not the United States.

Invented sentences, hand-parsed (no model). "American Samoan" had no entry in
``countries.tsv``: its "American" made the United States a party ("the American Samoan
delegate" was the US government's); the territories' demonyms are their own now.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("first", "second", "iso"), [("American", "Samoans", "ASM"), ("Puerto", "Ricans", "PRI")]
)
def test_a_territorys_people_are_its_own(
    make_doc: MakeDoc, first: str, second: str, iso: str
) -> None:
    notation = (
        f"{first}|PROPN|compound|1|B-NORP {second}|PROPN|nsubj|1|I-NORP "
        "protested|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    assert [(a.type, a.country) for a in actors] == [("COUNTRY", iso)]
