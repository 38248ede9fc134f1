"""A named person as the object of a null frame fills its slot: an airline that flies a
minister to a city carries him, which is no visit by the airline (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_flown_by_someone() -> None:
    assert "CONSULT" not in event_types("A charter jet flew Anna Berg to Washington on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        # guards: flying somewhere oneself is a visit
        "Anna Berg, Sweden's foreign minister, flew to Washington on Friday.",
    ],
)
def test_flying_oneself(text: str) -> None:
    assert "CONSULT" in event_types(text)
