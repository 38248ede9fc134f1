"""Stop-23 coverage: a person hanged is executed (ASSAULT execute) though no hangman is
named ("two smugglers were hanged at dawn"; 'hang' alone is weak), while one who hangs
himself, a phone hung up or a flag hanging codes no execution; and an infinitive after a
verb with an object has that object as its doer for `subjects` frames ("ordered the
troops to leave": the troops leave, a RETREAT), not the verb's subject."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Two convicted smugglers were hanged at dawn in Tehran.", "hanged", "ASSAULT execute"),
        ("He was hanged on Thursday after his appeal failed.", "hanged", "ASSAULT execute"),
        ("The president ordered the troops to leave the border town.", "leave", "RETREAT withdraw"),
        (
            "The minister instructed the peacekeepers to leave the valley.",
            "leave",
            "RETREAT withdraw",
        ),
    ],
)
def test_coded(text: str, trigger: str, expected: str) -> None:
    assert types_by_trigger(text).get(trigger) == tuple(expected.split())


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The inmate hanged himself in his cell last week.", "hanged"),
        ("She hung up the phone after the call.", "hung"),
        ("A large flag hung over the stage.", "hung"),
        ("I have had threats, and I have been hung in effigy in Lahore.", "hung"),
        ("The senator was hanged in effigy by angry farmers.", "hanged"),
        ("The manager told the players to leave the pitch.", "leave"),
    ],
)
def test_not_coded(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] not in {"ASSAULT", "RETREAT"}
