"""Coups and overthrows are seizures of power by force (ASSAULT, CAMEO 19, as "seized
control" is), relief dispatched is aid, and a figurative coup ("a publicity coup") or
"control measures" taken are no attack (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Thailand's army staged a coup against the elected cabinet on Tuesday.", "ASSAULT", None),
        ("Rebel officers overthrew President Mbeki of Ruritania in March.", "ASSAULT", None),
        ("Mutinous soldiers seized power in Niger on Wednesday night.", "ASSAULT", None),
        ("Japan dispatched relief supplies to the flooded provinces of Pakistan.", "AID", None),
        # guards: a figurative coup, measures taken to control a disease
        ("The signing of the striker was a publicity coup for the club.", None, "ASSAULT"),
        ("The ministry said it had taken control measures in three districts.", None, "ASSAULT"),
        # a plot is no act
        ("Two colonels were jailed for conspiring to overthrow the king.", None, "ASSAULT"),
    ],
)
def test_seizures_of_power_and_relief(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
