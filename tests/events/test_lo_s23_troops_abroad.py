"""Troops one will send to a named country or region (stop 23, role LO, invented
sentences): an announced deployment there is support offered, AGREE (intent, CAMEO 0312),
as a promise to send troops is, not THREATEN violence; one with no named destination
stays a threat, as does one vowed, and troops already sent stay a MOBILIZE."""

from __future__ import annotations

import pytest

from ..analyzed import types_and_intents


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Japan will send 500 troops to Iraq.",
        "About 4,000 more soldiers will be deployed to Mali next month.",
        "The council intends to send 2,000 troops to the Kivu region of Congo.",
    ],
)
def test_a_deployment_to_a_named_country_is_support_offered(text: str) -> None:
    assert types_and_intents(text) == [("AGREE", True)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile will deploy 300 soldiers to the border.", [("THREATEN", True)]),
        ("Peru plans to deploy troops in case of an invasion.", [("THREATEN", True)]),
        ("Spain sent 200 troops to Lebanon in June.", [("MOBILIZE", False)]),
        ("Bolivia vowed to send its troops to Peru.", [("THREATEN", True)]),
    ],
)
def test_other_deployments_keep_their_type(text: str, expected: list[tuple[str, bool]]) -> None:
    assert types_and_intents(text) == expected
