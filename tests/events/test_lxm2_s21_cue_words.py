"""``data/events/cue_words.tsv``: the content words single event rules test for."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from newsgraph.errors import ConfigError
from newsgraph.events import cue_words as cue_module
from newsgraph.events.cue_words import KINDS, parse_cue_words

EVENTS = Path(cue_module.__file__).parent
HEADER = "word\tkind"


def _good_lines() -> list[str]:
    """A header and one valid row per kind."""
    return [HEADER, *(f"word\t{kind}" for kind in sorted(KINDS))]


def test_every_kind_has_words_and_only_known_kinds() -> None:
    loaded = cue_module._cue_words()
    assert set(loaded) == KINDS
    assert all(loaded[kind] for kind in loaded)


def test_every_kind_is_read_by_some_event_rule() -> None:
    source = "".join(p.read_text(encoding="utf-8") for p in EVENTS.glob("*.py"))
    assert set(re.findall(r'cue_words\("([a-z_]+)"\)', source)) == KINDS


def test_the_file_lists_each_word_once_per_kind() -> None:
    text = resources.files("newsgraph.data.events").joinpath("cue_words.tsv")
    lines = text.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER
    assert len(lines[1:]) == len(set(lines[1:]))


def test_every_kind_is_documented_in_the_docstring_and_the_readme() -> None:
    readme = resources.files("newsgraph.data.events").joinpath("CUE_WORDS.md")
    table = set(re.findall(r"^\| `([a-z_]+)` \|", readme.read_text(encoding="utf-8"), re.M))
    docstring = set(re.findall(r"^``([a-z_]+)`` \(", cue_module.__doc__ or "", re.M))
    assert table == KINDS
    assert docstring == KINDS


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("word\tnonsense", "unknown cue word kind 'nonsense'"),
        ("\tarresting", "empty cue word"),
        ("word\tarresting", "'word' is listed twice as 'arresting'"),
        ("Detain\tarresting", "lower case"),
        ("carry  out\toutcome_phrase", "single-spaced"),
        ("detain", "needs a word and a kind"),
        ("detain\tarresting\textra", "needs a word and a kind"),
    ],
)
def test_a_bad_row_is_rejected_with_its_line(bad: str, message: str) -> None:
    lines = [*_good_lines(), bad]
    with pytest.raises(ConfigError, match=re.escape(message)) as caught:
        parse_cue_words(lines, "cues.tsv")
    assert caught.value.source == f"cues.tsv:{len(lines)}"


def test_a_missing_header_is_rejected() -> None:
    with pytest.raises(ConfigError, match="header") as caught:
        parse_cue_words(_good_lines()[1:], "cues.tsv")
    assert caught.value.source == "cues.tsv:1"


def test_a_kind_without_words_is_rejected() -> None:
    lines = [line for line in _good_lines() if not line.endswith("\tarresting")]
    with pytest.raises(ConfigError, match="without words: arresting"):
        parse_cue_words(lines, "cues.tsv")


def test_valid_lines_load() -> None:
    loaded = parse_cue_words([*_good_lines(), "detain\tarresting"], "cues.tsv")
    assert loaded["arresting"] == frozenset({"word", "detain"})
    assert loaded["aim"] == frozenset({"word"})
