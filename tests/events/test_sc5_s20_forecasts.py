"""What a doer "is expected to" do is others' forecast, neither done nor the doer's own
threat or promise, while what a doer "expects to" do is its own plan (invented
sentences; `frames._forecast`)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Vastia is expected to attack the rebel town of Pelkan.", None, "THREATEN"),
        ("Ruritania is widely expected to sign the treaty with Vastia.", None, "AGREE"),
        ("Senator Ruddock is expected to ask Vastia to free the hostages.", None, "REQUEST"),
        # guard: the doer's own expectation is its plan
        ("Ruritania expects to sign the treaty with Vastia next week.", "AGREE", None),
    ],
)
def test_expected_to_is_a_forecast(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
