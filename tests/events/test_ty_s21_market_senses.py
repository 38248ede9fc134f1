"""Market, media and advertising senses of assault verbs (stop 21, invented sentences): an
index that "struck" a high, a show that "hit the airwaves" or a song the charts, a firm
"targeting" consumers or readers with ads attack no one (null `strike`, `hit` and `target`
frames on `objects`), and attacking an indictment, a lawsuit, someone's rhetoric or their
use of something is censure (the ACCUSE `attack` objects list), while a missile that struck a plane
and militants who targeted a convoy stay ASSAULT."""

from __future__ import annotations

import pytest

from ..analyzed import event_types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Nikkei index struck a ten-month high on Friday.",
        "The senator struck a conciliatory tone in his speech.",
        "Radio Vastland first hit the airwaves in 1990.",
        "Vandelay Media is targeting younger readers with its new ads.",
    ],
)
def test_market_and_media_senses_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.model
def test_attacking_an_indictment_is_censure() -> None:
    types = event_types("The governor's lawyers attacked the indictment in court on Monday.")
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A missile struck the plane as it landed in Bouake.",
        "Taliban militants targeted a NATO convoy near Kabul.",
    ],
)
def test_attacks_stay_assault(text: str) -> None:
    assert "ASSAULT" in event_types(text)
