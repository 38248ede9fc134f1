"""Any text, parsed or not, gives actors whose every mention is exact evidence."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newsgraph.actors import ActorResult, extract_actors
from newsgraph.actors.detect import set_entities

WORDS = [
    "Iran", "Iranian", "Tehran", "said", "the", "general", "he", "she", "U.S.", "NATO",
    "(", ")", "PMU", "’", "'s", "in", "Prime", "Minister", "former", "\n", ".", ",",
    "Ali", "Reza", "Khan", "Image", ":", "Popular", "Mobilization", "Units", "government", "of",
]  # fmt: skip


def test_an_empty_doc_has_no_actors(blank_nlp: Language) -> None:
    assert extract_actors(blank_nlp("")) == ActorResult()


def test_an_unparsed_doc_still_finds_lexicon_actors(blank_nlp: Language) -> None:
    doc = blank_nlp("NATO and Iran met. The weather was fine.")
    result = extract_actors(doc)
    assert [(a.name, a.code) for a in result.actors] == [
        ("North Atlantic Treaty Organization", "IGO"),
        ("Iran", "IRN"),
    ]
    assert doc.ents == ()  # the stage never writes to its input


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_mentions_are_always_exact_spans(blank_nlp: Language, words: list[str]) -> None:
    text = " ".join(words)
    doc = set_entities(blank_nlp(text))
    result = extract_actors(doc)
    for mention in result.mentions:
        assert text[mention.start : mention.end] == mention.text
    ids = [a.id for a in result.actors]
    assert len(ids) == len(set(ids))
