"""Suspending one's own work is no sanction (stop 22, invented sentences): an embassy,
a company or an airline that suspends its operations, production or flights, and shares
or goods suspended from trading or sale, code nothing (null ``suspend`` frames on
``subjects`` and on ``prep`` [from]); a state that suspends flights or shipments to
another, or its cooperation, still sanctions it."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The embassy suspended operations in the capital.",
        "Delta Airlines suspended its flights to Lagos.",
        "Boris Aircraft Industries laid off 200 workers and suspended operations at its plant.",
        "Shares of Acme were suspended from trading on Monday.",
        "The carmaker suspended six models from sale.",
    ],
)
def test_suspending_ones_own_work_is_no_sanction(text: str) -> None:
    assert "suspended" not in types_by_trigger(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia suspended flights to Georgia.",
        "Iran suspended its cooperation with the agency.",
        "Sweden suspended all commercial flights to Iraq.",
    ],
)
def test_a_state_suspending_dealings_still_sanctions(text: str) -> None:
    assert types_by_trigger(text).get("suspended") == ("SANCTION", "sever")
