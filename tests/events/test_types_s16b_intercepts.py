"""Communications that are intercepted are no contact: "intercepted phone calls" codes no
CONSULT phone (the null intercept frame absorbs its object), while a phone call made stays
one and a boat intercepted stays COERCE (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_intercepted_calls() -> None:
    assert "CONSULT" not in event_types("The agency intercepted phone calls between two men.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards
        ("Merkel held a phone call with Obama on Monday.", "CONSULT"),
        ("The coast guard intercepted a boat carrying migrants.", "COERCE"),
    ],
)
def test_other_calls_stay(text: str, expected: str) -> None:
    assert expected in event_types(text)
