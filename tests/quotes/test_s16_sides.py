"""Bare plural speakers of a named side ('Turkish officials said') report speech."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _reported(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    doc = nlp(text)
    actors = extract_actors(doc).actors
    names = {a.id: a.name for a in actors}
    return [
        (names.get(q.speaker or "", q.speaker_name), q.text)
        for q in extract_quotes(doc, actors)
        if q.kind == "reported"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian officials said the talks would resume in May.",
            [("Government of Iran", "the talks would resume in May")],
        ),
        (
            "One sailor, Faye Turney, stated that their statements were forced.",
            [("Faye Turney", "their statements were forced")],
        ),
        # an unnamed side stays indefinite
        ("Officials said the talks would resume in May.", []),
        ("Many Iranian officials said the talks would resume in May.", []),
    ],
)
def test_named_side_speaks(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _reported(nlp, text) == expected
