"""The fast attribute ruler and lemmatizer give exactly the stock components' output."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph.config import DEFAULT_MODEL
from newsgraph.nlp import load_pipeline
from newsgraph.nlp.fast_rules import (
    FAST_ATTRIBUTE_RULER,
    FAST_LEMMATIZER,
    FastAttributeRuler,
    install_fast_rules,
)

# Invented text with the constructions the English rules single out:
# contractions, "gonna"/"gotta", "let's", existential "there", spaces, numbers.
_TEXTS = [
    "There's no way they're gonna win, and we ain't got time. Let's go!",
    "The ministers met on Monday; they said talks were 'constructive'.\n\n"
    "Officials gotta decide by 3 p.m. whether the U.N.-backed plan gets approved.",
    "He   paused.  \"We won't accept it,\" said Gen. Karl Smith, 54, of the 3rd Division.",
    "",
    "   ",
    "Are there any?  There were many, weren't there? Who's there — it's me, isn't it?",
]


def _words(nlp: Language, text: str) -> Doc:
    return nlp.make_doc(text)


@pytest.fixture()
def ruled() -> tuple[Language, AttributeRuler]:
    """A blank pipeline whose attribute ruler has one pattern of each kind."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "the"}]], {"TAG": "DT"})
    ruler.add([[{"LOWER": {"IN": ["a", "an"]}}]], {"TAG": "DT"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a", "an"]}, "IS_SPACE": False}]], {"TAG": "X"})
    ruler.add([[{"LOWER": {"REGEX": "^[0-9]+$"}}]], {"TAG": "CD"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    ruler.add([[{"LOWER": "let"}, {"LOWER": "'s"}]], {"LEMMA": "us"}, index=1)
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP"})
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"TAG": "JJ"}, index=-1)
    ruler.add([[{"TAG": "DT"}], [{"LOWER": "this"}]], {"POS": "DET"})  # two alternatives
    return nlp, ruler


def test_matches_are_the_rulers_own(ruled: tuple[Language, AttributeRuler]) -> None:
    nlp, ruler = ruled
    fast = FastAttributeRuler(ruler)
    texts = _TEXTS + ["This is a very very good day, 2024 or 99 .", "gon na let 's"]
    for text in texts:
        doc = _words(nlp, text)
        assert fast.match(doc) == ruler.match(doc), text


def test_operator_patterns_fall_back_to_the_matcher(
    ruled: tuple[Language, AttributeRuler],
) -> None:
    _, ruler = ruled
    fast = FastAttributeRuler(ruler)
    assert len(fast.fallback) == 1  # only the "very+ good" pattern needs the Matcher


def test_the_ruler_sets_the_same_attributes(ruled: tuple[Language, AttributeRuler]) -> None:
    nlp, ruler = ruled
    fast = FastAttributeRuler(ruler)
    text = "The very good plan: a 2024 budget, gon na pass."
    stock, mine = ruler(_words(nlp, text)), fast(_words(nlp, text))
    assert [(t.tag_, t.pos_, t.lemma_) for t in mine] == [(t.tag_, t.pos_, t.lemma_) for t in stock]
    assert [t.tag_ for t in mine][:3] == ["DT", "X", "JJ"]  # index -1: only "good"


@pytest.mark.model
def test_the_pipeline_uses_the_fast_components() -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    assert FAST_ATTRIBUTE_RULER in nlp.pipe_names and FAST_LEMMATIZER in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)


@pytest.mark.model
def test_the_model_output_is_unchanged() -> None:
    stock = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    assert install_fast_rules(fast) == [FAST_ATTRIBUTE_RULER, FAST_LEMMATIZER]
    for _ in range(2):  # the second pass runs on the lemma cache
        for a, b in zip(stock.pipe(_TEXTS), fast.pipe(_TEXTS), strict=True):
            assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in a] == [
                (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in b
            ]
    lemmas = {t.text: t.lemma_ for t in fast("They were meeting the ministers.")}
    assert lemmas["were"] == "be" and lemmas["meeting"] == "meet"
    assert lemmas["ministers"] == "minister"
