"""'Police said ...': a bare plural naming a definite body reports speech, speaks no
later quote without a cue, and is no 'he' or 'she'."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.model import Quote
from newsgraph.quotes import extract_quotes
from newsgraph.quotes.lexicon import load_lexicon

pytestmark = pytest.mark.model


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return extract_quotes(doc, extract_actors(doc).actors)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police said the man was held at his home.", "the man was held at his home"),
        ("Prosecutors said the trial would open in May.", "the trial would open in May"),
    ],
)
def test_institution_reports(nlp: Language, text: str, content: str) -> None:
    assert [(q.kind, q.speaker_name, q.text) for q in _quotes(nlp, text)] == [
        ("reported", text.split()[0], content)
    ]


def test_some_police_stay_indefinite(nlp: Language) -> None:
    assert _quotes(nlp, "Some police said the man was held at his home.") == []


def test_institution_does_not_speak_the_next_quote(nlp: Language) -> None:
    quotes = _quotes(nlp, 'Police said two cars were burned. "We were terrified."')
    assert [(q.kind, q.speaker_name) for q in quotes] == [("reported", "Police"), ("direct", None)]


def test_he_is_not_an_institution(nlp: Language) -> None:
    quotes = _quotes(nlp, 'Authorities said the road was shut. He said, "They cannot pass."')
    assert [q.speaker_name for q in quotes if q.kind == "direct"] != ["Authorities"]


def test_institution_role() -> None:
    assert load_lexicon().role("police") == "institution"
