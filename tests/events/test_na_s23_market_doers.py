"""Shares, bonds and equities act by no one's will, and an "-ing" clause after a
preposition shares its verb's doer: "shares fell before rallying" is no protest, while
rebels who retreat after attacking a town still attacked it (invented sentences;
cue_words.tsv inanimate_doer, events.screening_forces._after_a_preposition)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Shares in the bank shot up after the news.", "ASSAULT"),
        ("Indian shares fell sharply before rallying in the afternoon.", "PROTEST"),
        ("Oil prices dipped before rallying late in the day.", "PROTEST"),
        ("The hurricane gained strength before striking the island.", "ASSAULT"),
    ],
)
def test_markets_and_storms_do_no_act(text: str, absent: str) -> None:
    assert absent not in event_types(text)


def test_people_keep_the_act_of_their_ing_clause() -> None:
    assert "ASSAULT" in event_types("The rebels retreated after attacking the town.")
