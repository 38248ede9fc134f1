"""What someone says another "should be" is a state, no act demanded (stop 19, invented
sentences); "should be expelled" (a passive) and "must be ready to negotiate" demand acts."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_should_be_a_state_is_no_demand() -> None:
    assert "REQUEST" not in event_types("Karl Brenner said that Russia must be strong and united.")


def test_should_be_done_is_a_demand() -> None:
    assert "REQUEST" in event_types("Karl Brenner said that Russia must be ready to negotiate.")
    assert "REQUEST" in event_types("Karl Brenner said that Russia should be expelled from the G8.")
