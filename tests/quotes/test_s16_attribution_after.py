"""A bare attribution sentence after a closed quote ('"..." Khiyami said.') is its cue."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _direct(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    return [(q.speaker_name, q.cue.text if q.cue else None) for q in quotes if q.kind == "direct"]


def test_attribution_sentence_after_the_quote(nlp: Language) -> None:
    text = (
        'US officials said Ruritania built a reactor. "This has nothing to do with us. '
        'They just want more pressure." Khiyami said.'
    )
    assert _direct(nlp, text) == [("Khiyami", "said")]


def test_a_sentence_that_reports_something_else_is_no_attribution(nlp: Language) -> None:
    text = 'Lee spoke first. "We will win." Park said the vote was close.'
    assert _direct(nlp, text) == [("Lee", None)]
