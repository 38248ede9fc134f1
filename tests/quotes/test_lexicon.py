"""The quotes word lists: they load, validate, and reject malformed entries."""

from __future__ import annotations

import re

import pytest

from newsgraph.quotes import lexicon as lex
from newsgraph.quotes.lexicon import CONTENT_KINDS, LexiconError, load_lexicon


def test_lists_load_and_hold_the_core_cues() -> None:
    lexicon = load_lexicon()
    for verb in ("say", "tell", "claim", "urge", "vow", "admit", "condemn", "stress"):
        assert lexicon.verb(verb) is not None, verb
    assert lexicon.noun("statement") is not None
    assert "according to" in lexicon.phrases
    assert lexicon.verb("eat") is None


def test_every_cue_is_well_formed() -> None:
    lexicon = load_lexicon()
    cues = [*lexicon.verbs.values(), *lexicon.nouns.values(), *lexicon.phrases.values()]
    assert len(cues) > 50
    for cue in cues:
        assert cue.lemma == cue.lemma.lower().strip()
        assert cue.content in CONTENT_KINDS


def test_evaluative_cues_and_action_objects() -> None:
    lexicon = load_lexicon()
    call = lexicon.verb("call")
    claim = lexicon.verb("claim")
    assert call is not None and call.evaluative and "for" in call.preps
    assert claim is not None and "responsibility" in claim.not_objects


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        ("In a statement, the ministry said", "statement"),
        ("In a post on his X account, he urged", "post on X"),
        ("she told reporters on Monday", "remarks to the press"),
        ("He said during a press conference", "press conference"),
        ("They met on Tuesday.", None),
    ],
)
def test_media(sentence: str, medium: str | None) -> None:
    assert load_lexicon().medium_of(sentence) == medium


def test_naming_and_speaker_words() -> None:
    lexicon = load_lexicon()
    assert lexicon.naming["so-called"] == "scare"
    assert lexicon.naming["dubbed"] == "naming"
    assert lexicon.role("He") == "pronoun"
    assert lexicon.role("spokesperson") == "proxy"
    assert lexicon.role("critics") == "indefinite"
    assert lexicon.role("minister") is None
    assert lexicon.role("mother") == "female"
    assert lexicon.role("uncle") == "male"
    assert lexicon.role("doctor") == "person"
    assert (lexicon.role("mrs"), lexicon.role("mr")) == ("female", "male")
    assert lexicon.role("table") is None


def test_media_patterns_compile() -> None:
    for medium in load_lexicon().media:
        assert isinstance(medium.pattern, re.Pattern)


@pytest.mark.parametrize(
    "entry",
    [
        {"lemma": "Say", "pos": "VERB", "content": "clause"},
        {"lemma": "say", "pos": "ADJ", "content": "clause"},
        {"lemma": "say", "pos": "VERB", "content": "sometimes"},
        {"lemma": "say", "pos": "VERB", "content": "clause", "not_objects": "x"},
        {"lemma": "say", "pos": "VERB", "content": "clause", "preps": [1]},
        {"pos": "VERB", "content": "clause"},
    ],
)
def test_bad_cue_entries_are_rejected(entry: dict[str, object]) -> None:
    with pytest.raises(LexiconError, match="cues.jsonl:7"):
        lex._cue(entry, "cues.jsonl:7")
