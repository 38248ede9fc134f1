"""What a law or treaty says someone must do is a requirement it holds, no one's demand
(stop 24, invented sentences)."""

from __future__ import annotations

import pytest

from tests.analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The treaty says that Iran must allow inspections of its sites.",
        "The new bill mandates that the Iranian president must brief parliament every week.",
        "The final text of the treaty says that Iran must pay for the damage.",
    ],
)
def test_a_rule_demands_nothing(text: str) -> None:
    assert "REQUEST" not in event_types(text)


def test_a_speaker_still_demands() -> None:
    assert "REQUEST" in event_types("Jones said that Iran must allow inspections of its sites.")
