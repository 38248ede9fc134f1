"""The media keywords: a medium is searched only when the folded text holds a keyword."""

from __future__ import annotations

import re
import string
import sys

import pytest

from newsgraph.quotes import lexicon as lex
from newsgraph.quotes.lexicon import LexiconError, folded, load_lexicon

# one phrase per line of media.jsonl, in file order, each matched by that line's pattern
_PHRASES = [
    "in a brief statement",
    "issued a short statement",
    "a statement that read",
    "in a speech",
    "a televised address",
    "in an exclusive interview",
    "Talking to the media",
    "telling reporters",
    "at a news conference",
    "a press briefing",
    "in a post on X",
    "a message on their Twitter",
    "said on his X account",
    "announced via Twitter",
    "he tweeted",
    "on Truth Social",
    "in a TV appearance",
    "a video message",
    "in a letter",
    "she wrote",
    "the court's ruling",
    "according to state television",
    "according to local media",
]


def test_every_medium_matches_its_phrase_and_holds_a_keyword() -> None:
    media = load_lexicon().media
    assert len(media) == len(_PHRASES)
    for medium, phrase in zip(media, _PHRASES, strict=True):
        assert medium.pattern.search(phrase), phrase
        assert any(k in folded(phrase) for k in medium.keywords), phrase


def test_folding_keeps_every_case_insensitive_match_of_an_ascii_letter() -> None:
    # any character re.IGNORECASE equates with a lower-case ASCII letter or a space
    # folds to that very character
    targets = {c: re.compile(re.escape(c), re.IGNORECASE) for c in string.ascii_lowercase + " "}
    any_target = re.compile("[a-z ]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if any_target.fullmatch(char):
            assert targets[folded(char)].fullmatch(char), hex(code)


def test_medium_of_is_the_first_medium_whose_pattern_matches() -> None:
    lexicon = load_lexicon()
    texts = [*_PHRASES, "\u017fpeaking to reporters", "IN A \u0130NTERVIEW", "nothing here", ""]
    for text in texts:
        for cue in (None, "according to"):
            expected = next(
                (
                    m.medium
                    for m in lexicon.media
                    if (m.cue is None or m.cue == cue) and m.pattern.search(text)
                ),
                None,
            )
            assert lexicon.medium_of(text, cue) == expected, text
    assert lexicon.medium_of("\u017fpeaking to reporters") == "remarks to the press"


@pytest.mark.parametrize(
    "keywords", [None, [], ["Statement"], [""], ["d\u00e9claration"], "statement"]
)
def test_bad_keywords_are_rejected(keywords: object) -> None:
    with pytest.raises(LexiconError, match="media.jsonl:3"):
        lex._keywords({"keywords": keywords}, "media.jsonl:3")
