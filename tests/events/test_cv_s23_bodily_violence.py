"""Stop-23 coverage: blows dealt to a person named by a pronoun or a name ("police beat
him", "was kicked by soldiers") are an ASSAULT when police, troops, guards or a mob deal
them, and punching or clubbing a person is one whoever does it; security forces that
surround a home or a person restrict them (COERCE); a government that calls in a foreign
diplomat rebukes his country (ACCUSE, like a summons); recruiting militants is MOBILIZE.
A candidate who beats a rival, a storm or a car that hits someone, a ball kicked and a
debate surrounding a minister stay none of these."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Riot police beat him with batons outside the court.", "beat", "ASSAULT beat"),
        ("He said he was beaten by police at the station.", "beaten", "ASSAULT beat"),
        ("Two guards kicked Omar Haddad while he lay on the floor.", "kicked", "ASSAULT beat"),
        ("Officers hit them with rifle butts during the march.", "hit", "ASSAULT beat"),
        ("The senator punched a security officer at the gate.", "punched", "ASSAULT beat"),
        ("Militiamen clubbed the villagers in the square.", "clubbed", "ASSAULT beat"),
        (
            "Soldiers surrounded the cleric's home in Nablus on Sunday.",
            "surrounded",
            "COERCE restrict",
        ),
        ("They were surrounded by Iranian forces near the buoy.", "surrounded", "COERCE restrict"),
        ("The Danish government called in the Iranian ambassador.", "called", "ACCUSE disapprove"),
        ("The group has been recruiting militants in the camps.", "recruiting", "MOBILIZE troops"),
    ],
)
def test_act_on_a_person_is_coded(text: str, trigger: str, expected: str) -> None:
    assert types_by_trigger(text).get(trigger) == tuple(expected.split())


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Hollis beat him in the second round of the tournament.", "beat"),
        ("The governor beat Ramirez by nine points in the primary.", "beat"),
        ("A delivery van hit him as he crossed the road.", "hit"),
        ("The striker kicked the ball into the empty net.", "kicked"),
        ("The controversy surrounding the minister grew on Monday.", "surrounding"),
        ("Police surrounded the stadium before the final.", "surrounded"),
        ("The coach called in two new players for the match.", "called"),
    ],
)
def test_no_such_act(text: str, trigger: str) -> None:
    coded = types_by_trigger(text).get(trigger, (None, None))[0]
    assert coded not in {"ASSAULT", "COERCE", "ACCUSE"}
