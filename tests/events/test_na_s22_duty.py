"""An activity one is "in charge of" names a job, no act reported
(screening_nouns.a_duty). Invented sentences."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The colonel in charge of recruiting for the navy retired on Friday.", "recruiting"),
        ("The officer in charge of investigating the fire spoke to reporters.", "investigating"),
    ],
)
def test_a_duty_is_no_act(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert trigger not in found, found


def test_an_act_outside_the_duty_stays() -> None:
    found = types_by_trigger("The colonel in charge of recruiting resigned on Friday.")
    assert found.get("resigned", ("",))[0] == "RETREAT", found
