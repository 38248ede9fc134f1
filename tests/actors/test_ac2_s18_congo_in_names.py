"""A shared short name inside an organization's name (stop 18, role AC2).

Invented sentences, hand-parsed (no model). "Congo" inside a name took the lexicon's
Republic of the Congo though the story names the Democratic Republic by its capital.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _org_country(make_doc: MakeDoc, words: str, place: str) -> str | None:
    """The country of the one organization in "<words> said it in <place> ."."""
    names = words.split()
    rows = [
        f"{w}|PROPN|compound|{len(names) - 1 - i}|{'B' if i == 0 else 'I'}-ORG"
        for i, w in enumerate(names)
    ]
    rows[-1] = f"{names[-1]}|PROPN|nsubj|1|{'B' if len(names) == 1 else 'I'}-ORG"
    rows += ["said|VERB|ROOT|0|O", "it|PRON|dobj|-1|O", "in|ADP|prep|-2|O"]
    rows += [f"{place}|PROPN|pobj|-1|B-GPE", ".|PUNCT|punct|-4|O"]
    doc = make_doc(parsed(" ".join(rows)))
    actors = [a for a in extract_actors(doc).actors if a.type == "ORG"]
    assert len(actors) == 1, actors
    return actors[0].country


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("Kinshasa", "COD"),  # the story's Congo, by its capital
        ("Brazzaville", "COG"),
        ("Paris", "COG"),  # no Congo of its own: the lexicon's
    ],
)
def test_congo_in_a_name_is_the_storys(make_doc: MakeDoc, place: str, country: str) -> None:
    assert _org_country(make_doc, "Westvale Liberation Front of Congo", place) == country
