"""A self-killing with an explosive named in its sentence is a suicide attack, which
stays an ASSAULT; a suicide without one is no event (invented sentences;
screening_self_harm on cue_words.tsv kind explosive)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("A man threw a grenade at the police post in Vastia, killing himself.", "ASSAULT", None),
        (
            "The attacker used an explosive vest to kill herself inside the Pelkan depot.",
            "ASSAULT",
            None,
        ),
        ("A detained clerk in Vastia killed himself in his cell on Tuesday.", None, "ASSAULT"),
        ("The colonel shot himself at his home in Pelkan.", None, "ASSAULT"),
    ],
)
def test_explosives_make_a_suicide_attack(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
