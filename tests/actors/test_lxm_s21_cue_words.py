"""``data/actors/cue_words.tsv``: the content words single actor rules test for."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from newsgraph.actors import cue_kinds as cue_module
from newsgraph.actors import lexicon as lexicon_module
from newsgraph.actors.lexicon import country_phrase, lexicons
from newsgraph.actors.title_search import _posting
from newsgraph.errors import ConfigError

ACTORS = Path(lexicon_module.__file__).parent


def _good_lines() -> list[str]:
    """The header, then one valid line per kind (capitalised for the cased kinds)."""
    cased = cue_module._CASED_CUE_KINDS
    words = [
        f"{'Word' if kind in cased else 'word'}\t{kind}" for kind in sorted(cue_module._CUE_KINDS)
    ]
    return ["word\tkind", *words]


def test_every_kind_has_words_and_only_known_kinds() -> None:
    words = lexicons().cue_words
    assert set(words) == cue_module._CUE_KINDS
    assert all(words[kind] for kind in words)


def test_every_kind_is_used_by_some_actor_rule() -> None:
    source = "".join(p.read_text(encoding="utf-8") for p in ACTORS.glob("*.py"))
    used = set(re.findall(r'cue_words\("([a-z_]+)"\)', source))
    assert used == cue_module._CUE_KINDS


def test_the_file_lists_each_word_once_per_kind() -> None:
    text = resources.files("newsgraph.data.actors").joinpath("cue_words.tsv")
    lines = text.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "word\tkind"
    assert len(lines[1:]) == len(set(lines[1:]))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("word\tnonsense", "unknown cue word kind"),
        ("\tcount", "empty cue word"),
        ("word\tcount", "listed twice"),
        ("Many\tcount", "lower case"),
        ("insider\tmedia_ending", "capitalised"),
        (" many\tcount", "no spaces around"),
    ],
)
def test_a_bad_line_is_rejected(bad: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        cue_module.read_cue_words([*_good_lines(), bad])


def test_a_kind_without_words_is_rejected() -> None:
    lines = [line for line in _good_lines() if not line.endswith("\tposted")]
    with pytest.raises(ConfigError, match="without words: posted"):
        cue_module.read_cue_words(lines)


def test_valid_rows_load() -> None:
    loaded = cue_module.read_cue_words(_good_lines())
    assert loaded["count"] == frozenset({"word"})
    assert loaded["media_ending"] == frozenset({"Word"})


@pytest.mark.parametrize(
    ("iso3", "phrase"),
    [("GBR", "the United Kingdom"), ("PHL", "the Philippines"), ("FRA", "France")],
)
def test_a_country_phrase_takes_the_from_its_cue_words(iso3: str, phrase: str) -> None:
    assert country_phrase(iso3) == phrase


@pytest.mark.parametrize(
    ("title", "posted"),
    [("Ambassador", True), ("Consul General", True), ("Deputy Envoy", True), ("Minister", False)],
)
def test_a_diplomatic_title_is_a_posting(title: str, posted: bool) -> None:
    assert _posting(title) is posted
