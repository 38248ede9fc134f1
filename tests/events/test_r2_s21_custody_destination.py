"""Custody as where a captive goes, comes from or is is no arrest by its keeper (stop 21,
invented sentences): a null `custody` noun frame `within` into, from, under or in ("released
into Ruritanian custody", "moved from CIA custody", "to release him under Egyptian custody",
"detainees in US custody", "his death in police custody"),
while taking someone into custody stays an arrest and custody one is remanded to stays one."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze


def _events(text: str) -> list[Event]:
    return analyze(Article(id="t", text=text, published="2020-01-05")).events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The prisoners were released into Palestinian custody.",
        "Fourteen men were moved from CIA custody to Cuba.",
        "Hamas refused to release the soldier under Egyptian custody.",
        "The report says abuse of detainees in US custody goes on.",
        "The two men spent two years in CIA custody.",
    ],
)
def test_custody_as_a_destination_is_no_arrest(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "COERCE"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "He was taken into Israeli custody on Monday.",
        "The judge remanded him to judicial custody until January.",
    ],
)
def test_taking_or_remanding_into_custody_stays_an_arrest(text: str) -> None:
    assert [e for e in _events(text) if e.type == "COERCE"]
