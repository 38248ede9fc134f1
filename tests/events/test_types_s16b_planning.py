"""A negated verb of planning ("not planning an attack") denies the plan and vows no
restraint, and a bare participle of planning under a past verb ("spent a week planning
the attack") narrates an act that took place (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The militia pulled back and said it was not planning an attack.", "AGREE"),
        ("The rebels spent a month planning the raid before they stormed the camp.", "THREATEN"),
    ],
)
def test_planning_not_intended(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a plan still to come stays a threat
        "Police arrested two men who were planning an attack on the embassy.",
        "Police say the rebels are planning a coup against Mbeki.",
    ],
)
def test_planning_still_intended(text: str) -> None:
    assert "THREATEN" in event_types(text)
