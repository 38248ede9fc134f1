"""A named person acting between two quotes speaks the next, uncued one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _speakers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    actors = extract_actors(doc).actors
    names = {a.id: a.name for a in actors}
    quotes = extract_quotes(doc, actors)
    return [(q.text, names.get(q.speaker or "")) for q in quotes if q.kind == "direct"]


def test_person_acting_between_quotes_takes_the_next_quote(nlp: Language) -> None:
    text = (
        '"They could have waited," Tom Cowen said. Rob Solow, his former teacher, '
        'rejected the idea on Friday. "Nobody in that room was thinking of politics."'
    )
    assert _speakers(nlp, text) == [
        ("They could have waited,", "Tom Cowen"),
        ("Nobody in that room was thinking of politics.", "Rob Solow"),
    ]
