"""Pairing quotation marks on raw text (no model needed)."""

from __future__ import annotations

import pytest

from newsgraph.quotes.marks import find_marked_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', ["we will win"]),
        ("She said, “We are ready.”", ["We are ready."]),
        ("They called it «absurd».", ["absurd"]),
        ("Er sagte: „Wir bleiben.“ Dann ging er.", ["Wir bleiben."]),
        ("The envoy said: ‘talks are over.’", ["talks are over."]),
        ("Officers were put on 'high alert' overnight.", ["high alert"]),
        ('"We will," the minister said, "win."', ["We will,", "win."]),
        (
            "She said \"the plan, called 'Dawn', is ready\" today.",
            ["the plan, called 'Dawn', is ready"],
        ),
        # apostrophes, possessives and elisions are not marks
        ("The forces' presence in the '90s wasn't Ann's idea.", []),
        ("It’s the ministry’s view.", []),
        ("No quotation marks here at all.", []),
        ("", []),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_closing_mark_in_next_sentence_is_found() -> None:
    text = 'He added, "It was hard. It will be harder." Then he left.'
    assert _texts(text) == ["It was hard. It will be harder."]


def test_unbalanced_mark_loses_only_its_quote() -> None:
    text = 'He said "we lost. Later she said "we won" and smiled.'
    assert _texts(text) == ["we won"]


def test_unclosed_mark_at_the_end_loses_nothing_else() -> None:
    text = 'The minister said "yes" twice.\n\nA stray " mark opens here'
    assert _texts(text) == ["yes"]


def test_paragraph_continuation_shares_a_group() -> None:
    text = 'She said: "First we wait.\n\n"Then we act," she added.'
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["First we wait.", "Then we act,"]
    assert spans[0].group == spans[1].group


def test_unclosed_paragraph_without_continuation_is_dropped() -> None:
    text = 'He said "we will\n\nThe next paragraph has "a quote" in it.'
    assert _texts(text) == ["a quote"]


def test_separate_quotes_get_separate_groups() -> None:
    spans = find_marked_spans('"One," he said. "Two," she said.')
    assert spans[0].group != spans[1].group


def test_offsets_index_the_text() -> None:
    text = "Intro.\n“Quoted words,” said Ana, ‘and more’."
    for span in find_marked_spans(text):
        assert text[span.open] in "“‘"
        assert text[span.close] in "”’"
        assert span.open < span.start <= span.end <= span.close


def test_one_sentence_per_line_text_is_crossed() -> None:
    text = '" Yes , I will go .\nAnd I will stay , " he said .'
    assert _texts(text) == ["Yes , I will go .\nAnd I will stay ,"]
