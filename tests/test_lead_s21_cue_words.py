"""newsgraph.cue_words: the one reader of every stage's ``cue_words.tsv``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.actors.lexicon import cue_words as actor_words
from newsgraph.cue_words import read_cue_words
from newsgraph.errors import ConfigError, NewsgraphError
from newsgraph.events.cue_words import cue_words as event_words


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


@pytest.mark.parametrize(
    ("words_of", "kind", "word"),
    [
        (actor_words, "posted", "consul general"),  # several words
        (actor_words, "count", "thousands"),
        (actor_words, "struck", "rock"),
        (actor_words, "media_ending", "Sentinel"),  # case kept
        (actor_words, "aid_worker", "relief"),
        (actor_words, "health_worker", "healthcare"),
        (event_words, "arresting", "detain"),
        (event_words, "area_noun", "governorate"),
        (event_words, "common_word", "north-west"),  # a hyphen is kept
        (event_words, "outcome_phrase", "carry out"),  # two words
        (event_words, "road_vehicle", "minibus"),
        (event_words, "scheduling_form", "slated"),
        (event_words, "noun_only", "right"),
        (event_words, "warning", "caution"),
    ],
)
def test_known_words(words_of: Callable[[str], frozenset[str]], kind: str, word: str) -> None:
    assert word in words_of(kind)


@pytest.mark.parametrize("words_of", [actor_words, event_words])
def test_an_unknown_kind_is_a_key_error(words_of: Callable[[str], frozenset[str]]) -> None:
    with pytest.raises(KeyError):
        words_of("no such kind")
