"""An act in the clause a yes/no question takes is asked about, not reported; under a
question word, or said before the question, it stays (invented sentences;
screening_questions._asked_whether)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Do you think Ruritania will invade Vastia next spring?", None, "THREATEN"),
        ("Did the governor say that soldiers attacked the village?", None, "ASSAULT"),
        ("Is it true that Vastia arrested the two sailors?", None, "COERCE"),
        ("Do you believe the rebels bombed the bridge at Pelkan?", None, "ASSAULT"),
        # guards: a question word takes the act as done, and a statement before the
        # question, or with no question at all, reports it
        ("Why do you think Ruritania invaded Vastia?", "ASSAULT", None),
        ("Ruritania invaded Vastia in May, do you agree?", "ASSAULT", None),
        ("Do you know why the rebels bombed the bridge at Pelkan?", "ASSAULT", None),
        ("Do you think the governor's accusation against Vastia is fair?", "ACCUSE", None),
        ("The governor said that soldiers attacked the village.", "ASSAULT", None),
    ],
)
def test_acts_asked_about_in_yes_no_questions(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
