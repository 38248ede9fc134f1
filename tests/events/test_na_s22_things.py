"""A verb of giving or offering whose subject is an instrument, a standing text or a
bare demonstrative says what a thing does, not that a party gave or offered anything
("the plan offers relief", "the deal gives Vastonia reactors"); a party's gift, an
agent of a passive, and one who is prompted to offer stay (screening_things).
Invented sentences."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senator's plan offers relief to farmers.", "offers"),
        ("The new bill gives farmers more money.", "gives"),
        ("The deal offers Vastonia modern reactors in exchange for inspections.", "offers"),
        ("This will give tenants some relief.", "give"),
        ("The programme aims to provide shelter to refugees.", "provide"),
    ],
)
def test_a_thing_gives_nothing(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert trigger not in found, found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The ministry provided tents to the refugees.", "provided", "AID"),
        ("Tents were provided by the Red Cross.", "provided", "AID"),
        ("Ruritania aims to provide shelter to refugees.", "provide", "AGREE"),
        ("The truce collapsed, prompting the minister to offer his resignation.", "offer", "AGREE"),
    ],
)
def test_a_party_gives(text: str, trigger: str, expected: str) -> None:
    found = types_by_trigger(text)
    assert found.get(trigger, ("",))[0] == expected, found
