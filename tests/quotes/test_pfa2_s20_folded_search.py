"""Searches on the folded text: the relation cues and the fast path of ``folded``."""

from __future__ import annotations

import pytest

from newsgraph.quotes.lexicon import folded
from newsgraph.relations import _cue_matches, _patterns

_TEXTS = [
    "The group, backed by Iran and led by X, was misled by Y.",
    "Rebels BACKED BY the army; allies of Z, rival of W, proxies  of V.",
    "a militia \u017fupported by Syria, opposed\nby Iraq, ruled by, led by led by",
    "\u0130ran-backed forces armed by Russia and financed by \u0130srael",
    "enemy of enemies of the state; supported  by; ledby; sled by; ally of",
    "",
]


@pytest.mark.parametrize("form", ["passive", "appositive"])
def test_cue_matches_are_those_of_finditer(form: str) -> None:
    regex, table = _patterns()[form]
    for text in _TEXTS:
        expected = [(m.span(), m.span(1)) for m in regex.finditer(text)]
        found = [
            (m.span(), m.span(1)) for m in _cue_matches(regex, list(table), text, folded(text))
        ]
        assert found == expected, text


def test_folded_keeps_the_length_and_lowers_the_case() -> None:
    for text in _TEXTS:
        assert len(folded(text)) == len(text)
        assert folded(text) == folded(text).lower()
    assert folded("\u0130STANBUL \u017fays") == "istanbul says"
    assert folded("Plain Text") == "plain text"
