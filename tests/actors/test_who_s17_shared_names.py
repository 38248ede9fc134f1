"""A lexicon name several countries' bodies bear is the story's country's body.

Invented sentences, hand-parsed (no model). "ABC News" written out was always the
lexicon's American network, also in an Australian story, where it is the Australian
broadcaster's (``shared_names.tsv`` lists ABC for both); a story of another country
keeps the lexicon's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(("country", "iso"), [("Australia", "AUS"), ("France", "USA")])
def test_a_shared_name_written_out_follows_the_story(
    make_doc: MakeDoc, country: str, iso: str
) -> None:
    story = f"{country}|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 "
    notation = story * 2 + (
        "ABC|PROPN|compound|1|B-ORG News|PROPN|nsubj|1|I-ORG reported|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    assert next(a.country for a in actors if a.name == "ABC News") == iso
