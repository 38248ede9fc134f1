"""A road vehicle that crashes into another has an accident, no ASSAULT; a driver who
crashes his car into a gate, or a car crashing into a checkpoint, may still attack
(invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_bus_into_lorry() -> None:
    assert "ASSAULT" not in event_types("A bus crashed into a lorry, killing nine passengers.")


@pytest.mark.parametrize(
    "text",
    [
        # guards: rammed on purpose, or by no road vehicle
        "A bomber crashed his car into the gate, killing nine guards.",
        "A car crashed into the checkpoint, killing nine guards.",
    ],
)
def test_rammed(text: str) -> None:
    assert "ASSAULT" in event_types(text)
