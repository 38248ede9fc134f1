"""An "until" or "before" clause in the past under a "would" of reported speech still
waits for its act (stop 19, invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_reported_until_clause_is_awaited() -> None:
    assert "RETREAT" not in event_types(
        "The rebels said the attacks would go on until Vastonian soldiers were withdrawn."
    )


def test_narrated_until_clause_took_place() -> None:
    assert "RETREAT" in event_types("The rebels fought on until the Vastonian army withdrew.")
