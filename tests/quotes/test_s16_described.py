"""A person named inside the speaker's description does not speak for the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _speakers(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text)
    actors = extract_actors(doc).actors
    names = {a.id: a.name for a in actors}
    return [names.get(q.speaker or "") for q in extract_quotes(doc, actors)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "John Smith, brother of the slain mayor Carlos Duarte, said the crime was political.",
            "John Smith",
        ),
        ("Maria Costa, a lawyer for Carlos Mendes, said the trial was unfair.", "Maria Costa"),
        # an apposition is the speaker's own name
        ("Iran's Supreme Leader, Ali Khamenei, said the talks were over.", "Ali Khamenei"),
        # with no one else named, the person a spokesman speaks for is still taken
        ("A spokesman for Carlos Mendes said the trial was unfair.", "Carlos Mendes"),
    ],
)
def test_person_in_description_is_not_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]
