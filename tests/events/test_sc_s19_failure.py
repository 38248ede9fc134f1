"""A "failure to" do something did not do it, as "failed to" (stop 19, invented
sentences): a cooperative act failed is a REJECT, a failed attempt at force is none."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_failure_to_ratify_is_a_rejection() -> None:
    found = event_types("Vastonia's failure to ratify the border treaty angered Ruritania.")
    assert "REJECT" in found
    assert "SUPPORT" not in found


def test_failure_to_persuade_leaves_the_act_undone() -> None:
    found = event_types(
        "The council met after its failure to persuade Vastonia to freeze its program."
    )
    assert "SANCTION" not in found
