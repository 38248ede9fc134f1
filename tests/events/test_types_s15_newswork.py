"""A news outlet or reporter that contacts, meets, hosts or investigates someone reports on
them: no consultation or official inquiry (invented sentences; `_news_work` in
events/meetings.py)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Wikinews contacted the office of the Iranian president on Monday.", None, "CONSULT"),
        ("The BBC met the Iranian president in Tehran last week.", None, "CONSULT"),
        # guard: officials meeting, as reported by an agency, still consult
        (
            "Reuters reported that Iranian officials met Iraqi officials in Baghdad.",
            "CONSULT",
            None,
        ),
    ],
)
def test_reporters_work_is_no_consultation(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
