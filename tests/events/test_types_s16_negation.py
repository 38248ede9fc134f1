""""Neither X nor Y" negates both verbs, "neither side" is no one, what one "will not
tolerate" is no promise of restraint by the speaker, and an act done "without" is not done
(invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Germany neither condemned nor praised the Russian missile tests.", "ACCUSE"),
        ("Neither army attacked the convoy near the border with Chad.", "ASSAULT"),
        ("Peru said its government will not tolerate any attacks on its fishing boats.", "AGREE"),
        # an act under "without" is not done
        ("A second bomb went off near the market in Yala without injuring anyone.", "ASSAULT"),
        ("The talks in Oslo ended without reaching an agreement on the border.", "AGREE"),
        ("The ministry criticised the report without denying the raids.", "REJECT"),
    ],
)
def test_nothing_done(text: str, absent: str) -> None:
    assert absent not in event_types(text)


def test_neither_nor_refuses_a_meeting() -> None:
    # "will neither meet nor consult": both refused, as "will not meet" is
    assert event_types("Chile will neither meet nor consult the rebel envoys.") == {"REJECT"}
