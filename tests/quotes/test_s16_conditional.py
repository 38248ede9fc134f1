"""Reported speech whose content opens with a condition keeps the condition."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prime Minister Jon Hale spoke in Leeds. He said if talks fail, the country "
            "will act alone.",
            "if talks fail, the country will act alone",
        ),
        (
            "The minister said that if the truce holds, aid will arrive within days.",
            "if the truce holds, aid will arrive within days",
        ),
        # the clause's own "that" still goes
        ("The minister said that aid will arrive within days.", "aid will arrive within days"),
    ],
)
def test_condition_stays_in_content(nlp: Language, text: str, content: str) -> None:
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [q.text for q in quotes if q.kind == "reported"] == [content]
