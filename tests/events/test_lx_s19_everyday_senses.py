"""Null frames of stop 19 (invented sentences): recognising a need, a fact or a problem
acknowledges it (no SUPPORT, which recognising a state or a government stays), and height,
parking or purchase restrictions limit things, not people (no COERCE)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


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
    assert absent not in _types(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Costa Rica recognised the government of Kosovo.", "SUPPORT"),
        ("The junta imposed travel restrictions on journalists.", "COERCE"),
    ],
)
def test_political_senses_stay(text: str, present: str) -> None:
    assert present in _types(text)
