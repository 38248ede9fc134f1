"""Striking with nothing struck is no blow (stop 22, invented sentences): a stoppage
"striking" after "of", "from" or a verb of beginning or going on, with no object, no
particle and no "at"/"on" phrase, is the labour strike (a PROTEST strike-gen frame with
the ``objectless`` pseudo-label of ``deps``); a likeness or a contrast that is striking,
and "what was striking", is no event; striking a city after "of" is still an attack."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import load_lexicon

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dockers in Hull voted in favour of striking.",
        "Nurses are on the fifth day of striking.",
        "Bus drivers began striking on Monday.",
    ],
)
def test_objectless_striking_is_a_stoppage(text: str) -> None:
    assert types_by_trigger(text).get("striking") == ("PROTEST", "strike-gen")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The likeness between the two portraits was still striking.",
        "What was striking was the size of the crowd.",
    ],
)
def test_a_striking_likeness_is_no_event(text: str) -> None:
    assert "striking" not in types_by_trigger(text)


@pytest.mark.model
def test_striking_a_city_is_still_an_attack() -> None:
    text = "The rebels boasted of striking Kabul twice in one week."
    assert types_by_trigger(text).get("striking") == ("ASSAULT", None)


def test_objectless_is_only_a_strike_frame_pseudo_label() -> None:
    frames = [e for entries in load_lexicon().triggers.values() for e in entries]
    assert {e.lemma for e in frames if "objectless" in e.deps} == {"strike"}
