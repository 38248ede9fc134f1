"""Word senses that decide an event's type (stop 22, invented sentences): suspending a
person is a disciplinary sanction, as suspending a member or someone "from" a body
already was, while suspending a thing one runs stays what its object says."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The broadcaster suspended Dana Whitcombe indefinitely.",
        "The league suspended two players for doping.",
        "The school suspended three pupils on Friday.",
        "Four officers were suspended pending an inquiry.",
        "The club suspended him after the match.",
    ],
)
def test_suspending_a_person_is_a_sanction(text: str) -> None:
    assert types_by_trigger(text).get("suspended") == ("SANCTION", "expel")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The judge suspended the sentence.",
        "Rescuers suspended the search for the missing hikers.",
    ],
)
def test_suspending_a_thing_is_no_expulsion(text: str) -> None:
    assert types_by_trigger(text).get("suspended") != ("SANCTION", "expel")
