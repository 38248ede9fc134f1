"""Everyday senses of conflict and concession verbs code nothing: easing a burden or a worry,
screens suspended from a ceiling, a rocket launched into space, seizing upon a report and
hitting back in words (which is ACCUSE when aimed "at" someone), leaving hospital, shares
trading and the threat of global warming (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The new checkout page eased the frustration of online shoppers in Ohio.",
        "The cabinet in Athens raised taxes to ease the burden of the national debt.",
        "Large screens suspended from the ceiling show the news all day.",
        "Iranian television said the rocket had been launched into space on Monday.",
        "The opposition in Canberra seized upon the audit of the defence department.",
        "Mr Tanaka hit back by saying that the ministry had used old figures.",
        "The injured senator was released from the hospital in Denver on Friday.",
        "Shares of the carmaker were trading with heavy volume before the announcement.",
        "Her film raised awareness of the threat of global warming.",
        "Sales of electric bikes rocketed last year in Norway.",
        "New rules limit bank withdrawals in Harare to 500 dollars a day.",
        "Oil prices rose in London on strong demand from China.",
        "The new plant in Sumatra will increase demand for palm oil.",
    ],
)
def test_nothing_coded(text: str) -> None:
    assert event_types(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Premier Wu hit back at his critics in the assembly.", {"ACCUSE"}),
        ("Ghana eased restrictions on rice imports from Vietnam.", {"CONCEDE"}),
        ("The union of nurses in Lima repeated its demand for higher wages.", {"REQUEST"}),
        # attacked "over" an issue is censure, attacked over a weekend an attack
        ("Senator Ruiz attacked the government over its handling of the floods.", {"ACCUSE"}),
        ("Rebels attacked the army base near Goma over the weekend.", {"ASSAULT"}),
    ],
)
def test_still_coded(text: str, expected: set[str]) -> None:
    assert event_types(text) == expected
