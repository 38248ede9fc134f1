"""Regretting an incident, a death or one's own remarks is an apology (CAMEO 055, SUPPORT as
`apologize`); regretting a decision or "expressing regret that ..." is left alone, being as
often disapproval (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Ruritanian army regretted the incident at the border.", "SUPPORT", None),
        ("Vastia deeply regrets the deaths of the two aid workers.", "SUPPORT", None),
        ("The minister said he regretted the comments he made on Monday.", "SUPPORT", None),
        # guards: a decision regretted is no apology
        ("Vastia regretted the decision of the Ruritanian court.", None, "SUPPORT"),
    ],
)
def test_regret_is_an_apology(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
