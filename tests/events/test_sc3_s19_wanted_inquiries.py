"""Wanting or seeking an investigation, inquiry, probe, prosecution or trial asks it of
others (REQUEST), as wanting a withdrawal does; the wanter does not investigate."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Vastonian opposition wants an investigation into the shooting.", "wants"),
        ("Ruritania sought an inquiry into the deaths of its citizens.", "sought"),
    ],
)
def test_wanting_an_inquiry_requests_it(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert found.get(trigger, ("",))[0] == "REQUEST", found
    assert all(kind != "ACCUSE" for kind, _ in found.values()), found
