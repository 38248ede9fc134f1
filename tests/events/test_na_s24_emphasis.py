"""Stressing the importance or the role of a thing backs no one: no SUPPORT; a party
named in the phrase, or a frame on another object, keeps it (invented sentences;
events.screening_emphasis.emphasis_on_a_thing on cue_words.tsv weight_noun)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke for an hour, stressing the importance of diplomacy.",
        "The minister emphasised the importance of ensuring that elections are fair.",
        "The report highlighted the role of nuclear weapons in security policy.",
    ],
)
def test_emphasis_on_a_thing_is_no_support(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merkel stressed the importance of ties with France.",
        "Bush highlighted Britain's role in the coalition.",
        "Putin stressed Russia's support for Serbia.",
        "Merkel underscored her commitment to Israel.",
    ],
)
def test_a_party_or_another_object_keeps_support(text: str) -> None:
    assert "SUPPORT" in event_types(text)
