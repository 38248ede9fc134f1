"""Declaring an emergency is martial law only when nothing names another kind (stop 22,
invented sentences): a fiscal or public health emergency, or one declared over a
drought, ahead of a storm or in response to an epidemic, is no coercion; a law or rule
declared is martial law only when the phrase says so ("martial law", "emergency rule"),
so a court declaring a law void codes nothing. The condition is the ``object_mods`` key
of triggers.jsonl (``object_items.object_phrase_words``)."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import LexiconError, _entry, load_lexicon

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The governor of Ohio declared a fiscal emergency on Monday.",
        "The agency declared the epidemic a public health emergency.",
        "The mayor declared a state of emergency over the drought.",
        "Governor Ruiz declared a state of emergency ahead of the hurricane.",
        "The premier declared an emergency in response to a cholera outbreak.",
        "The supreme court declared the law unconstitutional.",
    ],
)
def test_emergencies_of_another_kind_are_no_martial_law(text: str) -> None:
    assert "declared" not in types_by_trigger(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The king declared a state of emergency after the riots.",
        "The army declared martial law in the capital.",
        "General Khan declared emergency rule across the country.",
        "The president declared a state of emergency after protesters stormed parliament.",
    ],
)
def test_a_state_of_emergency_or_martial_law_stays_coercion(text: str) -> None:
    assert types_by_trigger(text).get("declared") == ("COERCE", "martial-law")


def test_object_mods_need_objects() -> None:
    types = load_lexicon().types
    raw = {"lemma": "declare", "pos": "VERB", "type": "COERCE", "object_mods": ["fiscal"]}
    with pytest.raises(LexiconError, match="object_mods needs objects"):
        _entry(raw, types, "x:1")
