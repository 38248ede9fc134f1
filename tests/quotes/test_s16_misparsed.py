"""Reported content the parse did not make a clause of the cue verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _contents(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [q.text for q in extract_quotes(doc, extract_actors(doc).actors) if q.kind == "reported"]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the "that" clause hung on the medium
        (
            "The Lorem Office for West Africa had said in a statement that the coming "
            "meeting would discuss the border.",
            ["the coming meeting would discuss the border"],
        ),
        # content fronted before a subject after a comma, parsed as a preposition
        (
            "Despite the government walking away from talks the company could still come back "
            "with an offer, Mr Pardew said.",
            [
                "Despite the government walking away from talks the company could still come "
                "back with an offer"
            ],
        ),
        # a "that" clause on a noun that is no medium is not content
        (
            "Norvik announced a review of itself, following worker concerns that the test "
            "data could be wrong.",
            ["a review of itself"],
        ),
    ],
)
def test_misparsed_content(nlp: Language, text: str, contents: list[str]) -> None:
    assert _contents(nlp, text) == contents
