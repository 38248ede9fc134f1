"""``data/quotes/cue_words.tsv``: the content words single quote rules test for."""

from __future__ import annotations

import pytest

from newsgraph.quotes import lexicon as lex
from newsgraph.quotes.lexicon import LexiconError, load_lexicon
from newsgraph.quotes.reported import _sentence_end


def test_the_kinds_load_in_file_order() -> None:
    words = load_lexicon().cue_words
    assert set(words) == set(lex._CUE_KINDS)
    assert words["citing"] == ("cite", "quote")
    assert words["abbreviation"][:3] == ("Mr", "Mrs", "Ms")
    assert {"Sen", "Gen", "Insp"} <= set(words["abbreviation"])


@pytest.mark.parametrize(
    ("lines", "where"),
    [
        (["word\trole", "cite\tciting"], "cue_words.tsv:1"),  # wrong header
        (["word\tkind", "cite\tciting", "Mr\tabbreviation", "cite\tnonsense"], "cue_words.tsv:4"),
        (["word\tkind", "\tciting", "Mr\tabbreviation"], "cue_words.tsv:2"),  # empty word
        (["word\tkind", "Cite\tciting", "Mr\tabbreviation"], "cue_words.tsv:2"),  # case
        (["word\tkind", "cite\tciting", "mr\tabbreviation"], "cue_words.tsv:3"),  # case
        (["word\tkind", "cite\tciting", "cite\tciting", "Mr\tabbreviation"], "cue_words.tsv:3"),
        (["word\tkind", "cite\tciting"], "cue_words.tsv"),  # no abbreviation
    ],
)
def test_a_bad_line_is_rejected(
    monkeypatch: pytest.MonkeyPatch, lines: list[str], where: str
) -> None:
    monkeypatch.setattr(lex, "_read", lambda name: lines)
    with pytest.raises(LexiconError, match=where):
        lex._cue_words()


def test_good_lines_load(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["word\tkind", "cite\tciting", "", "Mr\tabbreviation", "Dr\tabbreviation"]
    monkeypatch.setattr(lex, "_read", lambda name: lines)
    assert lex._cue_words() == {"citing": ("cite",), "abbreviation": ("Mr", "Dr")}


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("She met Sen. Jo Roe on Monday. Then she left.", "Monday."),
        ("They climbed Mt. Zorvex in May. It snowed.", "May."),
        ("Dr. Ann Lee said so. Mr. Bo Doe agreed.", "so."),
    ],
)
def test_no_sentence_ends_after_a_short_form(text: str, end: str) -> None:
    found = _sentence_end().search(text)
    assert found is not None
    assert text[: found.start() + 1].endswith(end)
