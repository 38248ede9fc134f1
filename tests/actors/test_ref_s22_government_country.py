"""A bare "the government" is the story's country's, unless another country is named in
its own or the sentence before: one named two or three sentences back was passing."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_KENYA = "Kenya|PROPN|nsubj|1|B-GPE protested|VERB|ROOT|0||protest .|PUNCT|punct|-1"
_UGANDA = "Uganda|PROPN|nsubj|1|B-GPE objected|VERB|ROOT|0||object .|PUNCT|punct|-1"
_PRICES = "Prices|NOUN|nsubj|1 rose|VERB|ROOT|0||rise .|PUNCT|punct|-1"
_FUND = (
    "Lenders|NOUN|nsubj|2 will|AUX|aux|1 fund|VERB|ROOT|0 the|DET|det|1"
    " government|NOUN|dobj|-2 .|PUNCT|punct|-3"
)


def _governments(make_doc: MakeDoc, *sentences: str) -> list[str]:
    doc: Doc = make_doc([row for sentence in sentences for row in parsed(sentence)])
    assert len(list(doc.sents)) == len(sentences)
    return [a.name for a in extract_actors(doc).actors if a.name.startswith("Government of")]


def test_a_country_named_two_sentences_back_yields_to_the_story(make_doc: MakeDoc) -> None:
    story = (_KENYA, _KENYA, _KENYA, _UGANDA, _UGANDA, _PRICES, _FUND)
    assert _governments(make_doc, *story) == ["Government of Kenya"]


def test_a_country_named_in_the_sentence_before_owns_the_government(make_doc: MakeDoc) -> None:
    story = (_KENYA, _KENYA, _KENYA, _UGANDA, _UGANDA, _FUND)
    assert _governments(make_doc, *story) == ["Government of Uganda"]


def test_the_story_country_named_two_sentences_back_owns_it(make_doc: MakeDoc) -> None:
    story = (_UGANDA, _UGANDA, _PRICES, _FUND)
    assert _governments(make_doc, *story) == ["Government of Uganda"]
