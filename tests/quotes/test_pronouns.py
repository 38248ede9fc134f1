"""Pronoun rules of newsgraph.quotes.speakers that need no model."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.quotes.lexicon import load_lexicon
from newsgraph.quotes.speakers import Speaker, _agrees_unlisted


@pytest.mark.parametrize(
    ("pronoun", "name", "expected"),
    [
        ("he", "Mr. Dobbs", True),
        ("she", "Mr. Dobbs", False),
        ("she", "Mrs. Dobbs", True),
        ("he", "Tuppence", True),
        ("he", "I", False),
        ("he", "the parson", False),
        ("he", "The parson", False),
        ("it", "Mr. Dobbs", False),
    ],
)
def test_he_or_she_for_a_speaker_no_actor_lists(pronoun: str, name: str, expected: bool) -> None:
    token = spacy.blank("en")(pronoun)[0]
    speaker = Speaker(None, name, 0, len(name), "PERSON")
    assert _agrees_unlisted(token, speaker, load_lexicon()) is expected


def test_a_listed_actor_is_left_to_the_actor_rules() -> None:
    token = spacy.blank("en")("he")[0]
    assert not _agrees_unlisted(token, Speaker("A1", "Mr. Dobbs", 0, 9, "PERSON"), load_lexicon())
