"""Stop-24 types: a raid the police make is a search and arrest (COERCE, arrest), not an
armed assault, however the police are named as its doer ("raids by the Dutch police", "a
farm raided by police"; `events/police_raids.py`); raids by troops or gunmen stay ASSAULT."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Twelve people were held after raids by the Dutch police across the country.", "raids"),
        ("One farm raided by the Dutch police was used for weapons training.", "raided"),
    ],
)
def test_police_raid_is_coercion(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger) == ("COERCE", "arrest")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Raids by Israeli troops killed ten people in Gaza.", "Raids"),
        ("Gunmen raided a bus station in Baghdad on Sunday.", "raided"),
    ],
)
def test_raid_by_troops_or_gunmen_stays_an_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "ASSAULT"
