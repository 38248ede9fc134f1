"""A frame's listed modifier that is a participle is matched as written (stop 23).

The null frame of the noun "demand" in the market sense lists "rising", "growing" and
"falling"; spaCy lemmatizes them to "rise", "grow" and "fall", so "rising demand from
China" was a REQUEST by China. Invented sentences.
"""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Rising demand from Brazil pushed coffee prices higher this spring.",
        "Growing demand from India has lifted the price of steel.",
    ],
)
def test_market_demand_is_no_request(text: str) -> None:
    assert types_by_trigger(text).get("demand") is None


def test_a_demand_made_stays_a_request() -> None:
    text = "Protesters renewed their demand for the resignation of the mayor."
    assert types_by_trigger(text).get("demand", ("",))[0] == "REQUEST"
