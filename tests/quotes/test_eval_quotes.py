"""The quotes eval: name matching and scoring rules (no model needed)."""

from __future__ import annotations

import pytest

from newsgraph.eval.quotes import GoldDoc, GoldQuote, GoldReported, names_match, score_document
from newsgraph.model import Actor, Evidence, Mention, Quote

TEXT = 'Ana Ruiz said "we will win the vote" and claimed the count was fair.'


@pytest.mark.parametrize(
    ("gold", "candidate", "expected"),
    [
        ("Behrouz Esbati", "Esbati", True),
        ("Iranian Army", "the army", True),
        ("Ali Khamenei", "Ayatollah Seyyed Ali Khamenei", True),
        ("Mohammed Shia’ al-Sudani", "Mohammed Shia' al-Sudani", True),
        ("Łukasz Szumowski", "Lukasz Szumowski", True),
        ("Donald Trump", "Donald Tusk", False),
        ("Nancy Pelosi", "he", False),
        ("Nancy Pelosi", "", False),
    ],
)
def test_names_match(gold: str, candidate: str, expected: bool) -> None:
    assert names_match(gold, candidate) is expected


def _quote(kind: str, start: int, end: int, speaker: str | None = None, cue: str = "") -> Quote:
    cue_ev = None
    if cue:
        at = TEXT.index(cue)
        cue_ev = Evidence(at, at + len(cue), cue)
    return Quote(kind, start, end, TEXT[start:end], speaker, None, cue_ev)


ACTORS = (Actor("A1", "Ana Ruiz", "PERSON", (Mention(0, 8, "Ana Ruiz", "PERSON"),)),)
INNER = (TEXT.index("we"), TEXT.index('" and'))
CONTENT = (TEXT.index("the count"), TEXT.index(" was fair") + len(" was fair"))


def _doc(uncertain: bool = False) -> GoldDoc:
    quotes = (GoldQuote("partial", *INNER, ("Ana Ruiz",), uncertain),)
    claim = TEXT.index("claimed")
    reported = (GoldReported("Ana Ruiz", "claimed", claim, *CONTENT),)
    return GoldDoc("d1", TEXT, quotes, reported)


def test_a_half_overlapping_span_matches_and_the_speaker_counts() -> None:
    start, end = INNER
    predicted = [_quote("direct", start, end - 4, "A1")]
    tally = score_document(_doc(), predicted, ACTORS)
    assert (tally.quote_tp, tally.quote_pred, tally.quote_gold) == (1, 1, 1)
    assert (tally.speaker_ok, tally.speaker_n, tally.kind_ok) == (1, 1, 0)


def test_a_short_overlap_is_a_miss_and_a_false_positive() -> None:
    start, _ = INNER
    tally = score_document(_doc(), [_quote("partial", start, start + 3, "A1")], ACTORS)
    assert (tally.quote_tp, tally.quote_pred, tally.quote_gold) == (0, 1, 1)


def test_uncertain_gold_counts_neither_way() -> None:
    tally = score_document(_doc(uncertain=True), [_quote("partial", *INNER, "A1")], ACTORS)
    assert (tally.quote_tp, tally.quote_pred, tally.quote_gold) == (0, 0, 0)


def test_reported_needs_the_cue_and_half_the_content() -> None:
    good = _quote("reported", *CONTENT, "A1", cue="claimed")
    wrong_cue = _quote("reported", *CONTENT, "A1", cue="said")
    tally = score_document(_doc(), [good, wrong_cue], ACTORS)
    assert (tally.rep_tp, tally.rep_pred, tally.rep_gold) == (1, 2, 1)
    assert (tally.rep_speaker_ok, tally.rep_speaker_n) == (1, 1)


def test_seed_style_reported_matches_by_cue_word_and_contained_text() -> None:
    gold = GoldDoc("s", TEXT, (), (GoldReported("Ana Ruiz", "claimed", None, None, None, "count"),))
    tally = score_document(gold, [_quote("reported", *CONTENT, "A1", cue="claimed")], ACTORS)
    assert (tally.rep_tp, tally.rep_pred, tally.rep_gold) == (1, 1, 1)
