"""'according to him/her' and an unresolved 'it' find who they stand for."""

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
    return [
        names.get(q.speaker or "", q.speaker_name)
        for q in extract_quotes(doc, actors)
        if q.kind == "reported"
    ]


def test_according_to_him_is_the_last_speaker(nlp: Language) -> None:
    text = (
        "Jean Dupont, director of the firm, said the problems were small. "
        "According to him, 4,000 clients chose the package."
    )
    assert _speakers(nlp, text) == ["Jean Dupont", "Jean Dupont"]


def test_according_to_her_finds_a_named_woman(nlp: Language) -> None:
    text = "Ana Ruiz spoke to reporters today. According to her, the police ignored the threats."
    assert _speakers(nlp, text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The State Department lodged a complaint about what it said was a weak reply.",
            "United States Department of State",
        ),
        (
            "Al Jazeera reacted calmly to the story, putting out a short statement in which it "
            "said its lawyers would study the claims.",
            "Al Jazeera",
        ),
    ],
)
def test_it_is_the_body_that_is_the_subject(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0] == speaker
