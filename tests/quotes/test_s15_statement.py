"""'the statement said' speaks for whoever issued the statement."""

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
    return [(q.text, names.get(q.speaker or "")) for q in extract_quotes(doc, actors)]


def test_statement_speaks_for_who_issued_it(nlp: Language) -> None:
    text = (
        "The Veldran Peace Council issued a statement on Monday. "
        '"We call on both sides to stop the fighting," the statement said.'
    )
    assert _speakers(nlp, text) == [
        ("We call on both sides to stop the fighting,", "Veldran Peace Council")
    ]


def test_statement_continues_for_who_said_it(nlp: Language) -> None:
    text = (
        '"The talks are over," Pedro Alvan said in a statement. '
        '"Today the senator called the army commander," the statement continued.'
    )
    assert [who for _, who in _speakers(nlp, text)] == ["Pedro Alvan", "Pedro Alvan"]
