"""Holding someone responsible, accountable, liable, culpable or guilty accuses them;
holding something firm, sacred or dear accuses no one (invented sentences;
events.screening_holding.held_without_blame on cue_words.tsv holding and
blame_predicate)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The old customs of the valley were held sacred.",
        "The ancient rites were held dear.",
        "Their line was held firm.",
    ],
)
def test_holding_a_thing_so_accuses_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran held Washington responsible for the attack.",
        "The officers were held accountable for the abuse.",
        "The firm was held liable for the deaths.",
    ],
)
def test_holding_someone_to_blame_accuses(text: str) -> None:
    assert "ACCUSE" in event_types(text)
