"""A title's period ("Mr.", "Sen.", "Gen.") does not end reported content."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("An aide said Mr. Hale would veto the bill. He left.", "Mr. Hale would veto the bill"),
        (
            "The army said Gen. Ana Roe would lead the unit. Troops cheered.",
            "Gen. Ana Roe would lead the unit",
        ),
        # a sentence end after a lower-case word still ends it
        ("She said the plan failed. Then she left.", "the plan failed"),
    ],
)
def test_title_period_is_no_sentence_end(nlp: Language, text: str, content: str) -> None:
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [q.text for q in quotes if q.kind == "reported"] == [content]
