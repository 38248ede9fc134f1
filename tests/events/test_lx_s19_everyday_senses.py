"""Null frames of stop 19 (invented sentences): recognising a need, a fact or a problem
acknowledges it (no SUPPORT, which recognising a state or a government stays), and height,
parking or purchase restrictions limit things, not people (no COERCE)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The union recognises the need for cuts.", "SUPPORT"),
        ("The Pentagon recognized the problem last year.", "SUPPORT"),
        ("The council kept the height restriction on new towers.", "COERCE"),
        ("Supermarkets introduced purchase restrictions on rice.", "COERCE"),
    ],
)
def test_everyday_sense_codes_no_act(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Costa Rica recognised the government of Kosovo.", "SUPPORT"),
        ("The junta imposed travel restrictions on journalists.", "COERCE"),
    ],
)
def test_political_senses_stay(text: str, present: str) -> None:
    assert present in event_types(text)
