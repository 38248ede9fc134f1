"""To free up seats, money or bandwidth makes room; it releases no one (a null "free"
frame with the particle "up" in triggers.jsonl). Invented sentences."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The new route frees up seats on the airline's busiest flights.", "frees"),
        ("The tax cut would free up money that towns can spend on schools.", "free"),
    ],
)
def test_freeing_up_room_releases_no_one(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert trigger not in found, found


def test_freeing_captives_is_a_release() -> None:
    found = types_by_trigger("Rebels freed two soldiers on Monday.")
    assert found.get("freed") == ("RETREAT", "release"), found
