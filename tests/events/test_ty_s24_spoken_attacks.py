"""Stop-24 types: a politician named as the subject who attacks a politician, a party or
their own government attacks in words (ACCUSE), not with force (`events/spoken_attacks.py`);
a head of government attacking a country, an armed group or a foreign government stays an
ASSAULT, as does anyone attacking villages."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Prime Minister Kevin Rudd attacked Malcolm Turnbull in parliament on Tuesday.",
            "attacked",
        ),
        (
            "Greek opposition leader George Papandreou attacked the Greek government again.",
            "attacked",
        ),
        (
            "John McCain responded by attacking Barack Obama, saying he lacked experience.",
            "attacking",
        ),
    ],
)
def test_politician_attacking_a_politician_is_censure(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Vladimir Putin attacked Ukraine in February.", "attacked"),
        ("Benjamin Netanyahu attacked Hamas after the rocket fire.", "attacked"),
        ("Donald Trump attacked the Syrian government after the gas attack.", "attacked"),
        ("President Omar al-Bashir attacked the villages of Darfur.", "attacked"),
    ],
)
def test_attack_on_a_state_or_armed_group_stays_an_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "ASSAULT"
