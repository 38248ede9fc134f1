"""A present-tense "before" clause waits for its act, as an "until" one does (stop 19,
invented sentences); a past one reports that it took place."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_present_before_clause_is_awaited() -> None:
    assert "ASSAULT" not in event_types("It may not be long before both smugglers are executed.")
    assert "RETREAT" not in event_types(
        "The treaty needs the senate's vote before Vastonia withdraws its troops."
    )


def test_past_before_clause_took_place() -> None:
    assert "ASSAULT" in event_types("The villagers fled before the army attacked the town.")
