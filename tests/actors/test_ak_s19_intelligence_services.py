"""Intelligence services are their state's SPY bodies (stop 19, role AK).

Before, the services listed here had no entry: no sector ("Canadian Security
Intelligence Service"), GOV from a keyword, or the story's country ("BND" in an Iraq
story; India's "Research and Analysis Wing" in a Pakistan one).
"""

from __future__ import annotations

import pytest

from newsgraph.actors.lexicon import lexicons


@pytest.mark.parametrize(
    ("surface", "country"),
    [("CSIS", "CAN"), ("BND", "DEU"), ("ISI", "PAK"), ("Research and Analysis Wing", "IND"),
     ("GCHQ", "GBR"), ("DGSE", "FRA")],
)  # fmt: skip
def test_a_listed_intelligence_service(surface: str, country: str) -> None:
    entry = lexicons().orgs[surface]
    assert (entry.country, entry.sector) == (country, "SPY")
