"""The spaCy stage: paragraph breaks and sentence offsets (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.errors import ModelError
from newsgraph.nlp import PARAGRAPH_COMPONENT, load_pipeline, sentences_of


@pytest.fixture()
def splitter() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPH_COMPONENT)
    nlp.add_pipe("sentencizer")
    return nlp


def test_a_line_break_starts_a_sentence(splitter: Language) -> None:
    text = "A Headline Without A Period\nThe body starts here. It goes on.\n\nNew paragraph"
    sentences = sentences_of(splitter(text))
    assert [s.text for s in sentences] == [
        "A Headline Without A Period",
        "The body starts here.",
        "It goes on.",
        "New paragraph",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_whitespace_only_text_has_no_sentences(splitter: Language) -> None:
    assert sentences_of(splitter("  \n\n ")) == ()


def test_an_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError) as info:
        load_pipeline("no_such_pipeline_xyz")
    assert info.value.source == "no_such_pipeline_xyz"
    assert "cannot load spaCy pipeline" in str(info.value)


def test_a_post_on_x_ends_its_sentence(nlp: Language) -> None:
    text = "The rebels broke the truce, Jo Varga wrote on X. Defense Minister Al Ruiz sent troops."
    sentences = sentences_of(nlp(text))
    assert [s.text for s in sentences] == [
        "The rebels broke the truce, Jo Varga wrote on X.",
        "Defense Minister Al Ruiz sent troops.",
    ]
