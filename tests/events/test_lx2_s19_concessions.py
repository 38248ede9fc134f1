"""Stop-19 second pass (invented sentences): a government that 'caved to' demands or
pressure concedes (CONCEDE; the demands were its REQUEST), and a party that 'gave way on'
something concedes (CONCEDE, weak: a roof giving way is nothing)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Greece caved to the demands of creditors.", "caved", ("CONCEDE", "policy")),
        ("Greece caved to pressure from Germany.", "caved", ("CONCEDE", "policy")),
        ("Labour gave way on the tax.", "gave", ("CONCEDE", "other")),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


def test_demands_caved_to_are_no_request_by_the_one_who_caves() -> None:
    assert "demands" not in types_by_trigger("Greece caved to the demands of creditors.")


def test_a_roof_giving_way_is_nothing() -> None:
    assert "gave" not in types_by_trigger("The roof gave way on Monday.")
