"""Evidence "presented" in a reduced relative ("the evidence presented at the hearing")
refers to evidence; it reports no accusation, while prosecutors who present evidence
against someone accuse (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_evidence_presented() -> None:
    assert "ACCUSE" not in event_types(
        "The judge said the evidence presented at the hearing was thin."
    )


def test_presented_evidence() -> None:
    assert "ACCUSE" in event_types("Prosecutors presented evidence against the mayor on Monday.")
