""" "No longer" negates the verb it modifies (stop 19, invented sentences): a cooperative
act no longer done is a withdrawal (REJECT), a conflict no longer waged is not done."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_no_longer_supporting_is_a_rejection() -> None:
    found = event_types("Vastonia no longer supports the rebels in Ruritania.")
    assert "REJECT" in found
    assert "SUPPORT" not in found


def test_no_longer_holding_is_not_done() -> None:
    assert "COERCE" not in event_types(
        "The Vastonian army no longer holds any prisoners, Brenner said."
    )
