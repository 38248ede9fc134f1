"""Protesting outside a building or through the streets is a demonstration (PROTEST demo,
CAMEO 141) whoever protests, while a government protesting to an envoy censures (ACCUSE)
(invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greta Thunberg protested outside the Swedish Parliament on Friday.", "PROTEST"),
        ("A Kurdish group protested through the centre of Berlin on Sunday.", "PROTEST"),
        ("Iran protested to the Swiss envoy about the arrests.", "ACCUSE"),
    ],
)
def test_protested_where(text: str, expected: str) -> None:
    assert expected in event_types(text)
