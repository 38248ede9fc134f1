"""'State prosecutors charged ..., they said': 'they' is the plural subject before it in
its sentence that names people or a body, ahead of the last speaker nearby."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _speakers(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text)
    return [q.speaker_name for q in extract_quotes(doc, extract_actors(doc).actors)]


def test_they_is_the_plural_subject_of_its_sentence(nlp: Language) -> None:
    text = (
        "The fire began at noon, according to police. State prosecutors charged the driver "
        "with arson, they said on Sunday."
    )
    assert _speakers(nlp, text) == ["police", "State prosecutors"]


def test_a_plural_thing_is_no_speaker(nlp: Language) -> None:
    """'the talks' names no one: 'they' keeps its old resolution."""
    text = "Police said on Monday. The talks failed, they said."
    speakers = _speakers(nlp, text)
    assert "The talks" not in speakers


def test_they_in_a_relative_clause_is_not_the_subject(nlp: Language) -> None:
    """'where they say': the ones taken, not the guards who took them."""
    text = "The guards took the men to a camp, where they say they were beaten."
    assert "The guards" not in _speakers(nlp, text)
