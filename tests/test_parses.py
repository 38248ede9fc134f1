"""The compact parse notation that unit tests write their sentences in."""

from __future__ import annotations

import pytest

from .parses import notation, tokens


def test_defaults_are_left_out_and_read_back() -> None:
    rows = [
        ("Ana", "PROPN", "nsubj", 1, "B-PERSON", "ana"),
        ("left", "VERB", "ROOT", 0, "O", "leave"),
        (".", "PUNCT", "punct", -1, "O", "."),
    ]
    text = notation(rows)
    assert text == "Ana|PROPN|nsubj|1|B-PERSON left|VERB|ROOT|0||leave .|PUNCT|punct|-1"
    assert tokens(text) == rows


def test_rows_without_a_lemma_take_the_lower_cased_text() -> None:
    assert tokens(notation([("Oslo", "PROPN", "pobj", -1, "B-GPE")])) == [
        ("Oslo", "PROPN", "pobj", -1, "B-GPE", "oslo")
    ]


@pytest.mark.parametrize("bad", ["Ana|PROPN|nsubj", "Ana|PROPN|nsubj|x", "a|b|c|1|O|l|extra"])
def test_a_malformed_token_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        tokens(bad)
