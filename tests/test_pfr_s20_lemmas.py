"""The fast lemmatizer holds the rule lemmatizer's word index as sets, and the detection
helpers' text and word look-ups give what Span and Token objects give."""

from __future__ import annotations

import pytest
from spacy.pipeline import Lemmatizer

from newsgraph.actors.spans import line_ranges, span_text, text_of, word_positions
from newsgraph.config import DEFAULT_MODEL
from newsgraph.nlp import load_pipeline

# invented text: plurals, past forms, comparatives, irregular forms, names, numbers
_TEXT = (
    "The ministers were meeting; wolves ran faster than the geese and the mice.\n"
    "Officials had criticised the U.N.-backed plans, saying prices rose by 3.5%.\n"
    "Jo Doe's studies analysed bigger datasets than Zorvex Labs' researchers did."
)


@pytest.mark.model
def test_the_lemma_index_is_held_as_sets() -> None:
    # the rule lemmatizer asks "form in index" for every form a suffix rule makes; as
    # loaded, each index is a list of up to 57,000 words (test_fast_rules checks that
    # the lemmas stay the stock ones)
    nlp = load_pipeline(DEFAULT_MODEL)
    stock = nlp.get_pipe("lemmatizer")
    assert isinstance(stock, Lemmatizer)
    index = stock.lookups.get_table("lemma_index")
    assert len(index) and all(isinstance(words, frozenset) for words in index.values())


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
