"""The fast lemmatizer's set-based rule path gives the stock rule lemmatizer's first lemma,
and the detection helpers' text and word look-ups give what Span and Token objects give."""

from __future__ import annotations

from spacy.pipeline import Lemmatizer

from newsgraph.actors.spans import line_ranges, span_text, text_of, word_positions
from newsgraph.config import DEFAULT_MODEL
from newsgraph.nlp import load_pipeline
from newsgraph.nlp.fast_rules import FastLemmatizer, _rule_lemma

# invented text: plurals, past forms, comparatives, irregular forms, names, numbers
_TEXT = (
    "The ministers were meeting; wolves ran faster than the geese and the mice.\n"
    "Officials had criticised the U.N.-backed plans, saying prices rose by 3.5%.\n"
    "Jo Doe's studies analysed bigger datasets than Zorvex Labs' researchers did."
)


def test_rule_lemma_follows_the_rules_order_and_exceptions() -> None:
    rules = [["ies", "y"], ["es", "e"], ["s", ""]]
    index = frozenset({"study", "house"})
    assert _rule_lemma("Studies", index, {}, rules) == "study"  # an index form first
    assert _rule_lemma("zorvexes", index, {}, rules) == "zorvexe"  # no index form: oov
    assert _rule_lemma("geese", index, {"geese": ["goose"]}, rules) == "goose"  # exception
    assert _rule_lemma("x", index, {}, rules) == "x"  # nothing applies: the word


def test_fast_lemmas_are_the_stock_ones() -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    stock = nlp.get_pipe("lemmatizer")
    assert isinstance(stock, Lemmatizer)
    fast = FastLemmatizer(stock)
    doc = nlp(_TEXT)
    for token in doc:
        assert fast._lemma(token) == stock.lemmatize(token)[0], token.text


def test_span_text_and_word_positions() -> None:
    doc = load_pipeline(DEFAULT_MODEL)(_TEXT)
    for start in range(len(doc)):
        for end in range(start, min(start + 4, len(doc)) + 1):
            assert span_text(doc, start, end) == doc[start:end].text
    assert text_of(doc[3:6]) == doc[3:6].text
    positions = word_positions(doc)
    assert positions["the"] == [t.i for t in doc if t.text == "the"]
    assert sorted(i for where in positions.values() for i in where) == list(range(len(doc)))
    other = load_pipeline(DEFAULT_MODEL)("The the.")
    assert word_positions(other)["the"] == [1]  # built again for another Doc
    assert word_positions(doc)["the"] == positions["the"]


def test_line_ranges_end_at_newlines() -> None:
    doc = load_pipeline(DEFAULT_MODEL)("Head line\n\nFirst  para.\n Second \n\n")
    ends = [t.i + 1 for t in doc if t.is_space and ("\n" in t.text or "\n" in t.whitespace_)]
    bounds = sorted({*ends, len(doc)})
    assert line_ranges(doc) == list(zip([0, *bounds[:-1]], bounds, strict=True))
