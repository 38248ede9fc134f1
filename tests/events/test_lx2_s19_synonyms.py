"""Stop-19 second pass, verb and noun synonyms the lexicon lacked (invented sentences):
prisoners 'swapped' and a 'prisoner swap' or 'exchange of prisoners' (RETREAT release, as
'exchanged prisoners'), a city 'encircled' (ASSAULT, as 'besieged'), a group 'proscribed'
(SANCTION, as 'outlawed'), a minister 'pilloried' (ACCUSE); a currency 'exchange rate' or a
'stock swap' is nothing."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Russia and Ukraine swapped prisoners on Friday.", "swapped", ("RETREAT", "release")),
        ("Israel completed a prisoner swap with Hamas.", "swap", ("RETREAT", "release")),
        ("The exchange of prisoners took place in Oman.", "exchange", ("RETREAT", "release")),
        ("Russian troops encircled the city.", "encircled", ("ASSAULT", "heavy-weapons")),
        ("Britain proscribed Hamas in 2021.", "proscribed", ("SANCTION", None)),
        ("The press pilloried the minister.", "pilloried", ("ACCUSE", "disapprove")),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The currency exchange took place in Zurich.", "exchange"),
        ("The stock swap took place in May.", "swap"),
        ("A long queue encircled the store.", "encircled"),
    ],
)
def test_no_event(text: str, trigger: str) -> None:
    assert trigger not in types_by_trigger(text)
