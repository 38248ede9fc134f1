"""extract_quotes on a tokenizer-only Doc (no model): marks still give quotes, nothing raises."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.quotes import extract_quotes


def test_quotes_without_a_parse(blank_nlp: Language) -> None:
    text = '"We will stay," the envoy said.\n\nA stray " mark and a so-called "plan" follow.'
    quotes = extract_quotes(blank_nlp(text), [])
    assert [(q.kind, q.text) for q in quotes] == [("direct", "We will stay,")]
    assert quotes[0].speaker is None


def test_empty_and_markless_texts(blank_nlp: Language) -> None:
    assert extract_quotes(blank_nlp(""), []) == []
    assert extract_quotes(blank_nlp("Troops crossed the river."), []) == []
