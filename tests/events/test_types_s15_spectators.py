"""A crowd that gathers to see, greet, cheer or welcome someone holds no protest (invented
sentences; `spectators` in events/screening.py, `spectate` in modality.tsv)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Thousands gathered at the airport in Pelkan to welcome the Pope.", None, "PROTEST"),
        ("Crowds gathered in the main square to see the new president.", None, "PROTEST"),
        ("Hundreds of fans gathered to watch the concert in the park.", None, "PROTEST"),
        ("Thousands rallied in Ostrava to celebrate the election result.", None, "PROTEST"),
        # guards: gathering to protest or to demand something, or rallying, is a protest
        ("Thousands gathered outside parliament to protest the war.", "PROTEST", None),
        ("Hundreds of protesters gathered to demand the mayor's resignation.", "PROTEST", None),
        ("Thousands rallied in the capital of Ruritania on Sunday.", "PROTEST", None),
    ],
)
def test_crowds_come_to_watch_protest_nothing(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
