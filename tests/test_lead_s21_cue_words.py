"""newsgraph.cue_words: the one reader of every stage's ``cue_words.tsv``."""

from __future__ import annotations

import pytest

from newsgraph.cue_words import read_cue_words
from newsgraph.errors import ConfigError, NewsgraphError


class _StageError(NewsgraphError):
    """A stage's own error class."""


def test_words_keep_the_file_order_and_blank_lines_are_skipped() -> None:
    lines = ["word\tkind", "zeta\tverb", "", "alpha\tverb", "Main St\tname", "alpha\tnoun"]
    words = read_cue_words(lines, ("verb", "noun", "name"), "f.tsv", cased=("name",))
    assert words == {"verb": ("zeta", "alpha"), "noun": ("alpha",), "name": ("Main St",)}


def test_errors_name_the_line_and_take_the_stage_class() -> None:
    lines = ["word\tkind", "zeta\tverb", "Zeta\tverb"]
    with pytest.raises(_StageError) as caught:
        read_cue_words(lines, ("verb",), "f.tsv", error=_StageError)
    assert caught.value.source == "f.tsv:3"
    with pytest.raises(ConfigError, match="header"):
        read_cue_words(["kind\tword", "zeta\tverb"], ("verb",), "f.tsv")
