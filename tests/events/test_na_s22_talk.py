"""A singular "talk" is a lecture or chatter, no consultation; "talks" and a talk with
its sides named after "between" or "with" are meetings (screening_nouns.singular_no_act).
Invented sentences."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "She gave a talk on climate policy at the university.",
        "The minister's talk on Saturday drew a large crowd.",
        "He mentioned the dam in his TED talk last spring.",
    ],
)
def test_a_lecture_is_no_meeting(text: str) -> None:
    found = types_by_trigger(text)
    assert "talk" not in found, found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("An hour-long talk between the two ministers ended without a deal.", "talk"),
        ("Peace talks between Vastonia and Ruritania resumed.", "talks"),
    ],
)
def test_talks_meet(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert found.get(trigger, ("",))[0] == "CONSULT", found
