"""An act said to recur ("each year", "every day", "routinely") is a habit or a
statistic, no event record; a series in the simple past, a rate of an amount and a
single day stay (screening_habits.habitual). Invented sentences."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("About 46,000 Canadians visit Cuba each year.", "visit"),
        ("The two rivals routinely blame each other for the violence.", "blame"),
        ("Dissidents are regularly searched by the police.", "searched"),
        ("The towns mark the day every year to honour the dead.", "honour"),
        ("About 46,000 Canadians visit Cuba and 9,000 Cubans visit Canada each year.", "visit"),
    ],
)
def test_a_habit_is_no_act(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert trigger not in found, found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Rebels attacked the town every day last week.", "attacked", "ASSAULT"),
        ("Protesters were beaten every day by the police.", "beaten", "ASSAULT"),
        ("On the first day, rebels attacked the town.", "attacked", "ASSAULT"),
    ],
)
def test_acts_in_a_series_done_stay(text: str, trigger: str, expected: str) -> None:
    found = types_by_trigger(text)
    assert found.get(trigger, ("",))[0] == expected, found
