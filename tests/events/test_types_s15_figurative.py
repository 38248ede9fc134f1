"""Figurative fights, causes "to blame", feelings of compulsion and business talks (invented
sentences): constructions that were coded as events on unlabelled articles before their rule
(`triggers.jsonl` null frames), with guards that the rule leaves the real act alone.
"""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Fighting for a cause, a group of people or against a merger is advocacy, no ASSAULT ...
        ("The Valmora Liberals will keep fighting for better health care.", None, "THREATEN"),
        ("As an MP she fought for the rights of farmers in Ostrava.", None, "ASSAULT"),
        ("The broadcasters' lobby vowed to fight the merger in court.", None, "THREATEN"),
        ("Forty vessels are fighting the oil spill off the coast.", None, "ASSAULT"),
        # ... while rebels or troops fighting for something still fight (CAMEO 19).
        ("The rebel faction had been fighting for political change since 1996.", "ASSAULT", None),
        ("Rebels fought government troops near the town of Pelkan.", "ASSAULT", None),
        # Battling to win a seat is an election; troops battling to retake a town attack.
        ("Labor and the Greens are battling to win the seat of Pelkan.", None, "ASSAULT"),
        ("Iraqi troops battled to retake the town of Tal Afar.", "ASSAULT", None),
        # What "is to blame" is a cause named, no one accused; blaming someone stays ACCUSE.
        ("Engineers said the new software was to blame for the outage.", None, "ACCUSE"),
        ("The Ruritanian government blamed the rebels for the bombing.", "ACCUSE", None),
        # A feeling or a rule compels no one; a named authority compelling people coerces.
        ("She felt compelled to run for the seat in Ostrava.", None, "COERCE"),
        ("Israeli police compelled the settlers to leave the outpost.", "COERCE", None),
        # Clashes that ease and vehicles that overturn concede nothing ...
        ("Clashes between the police and students eased on Sunday.", None, "CONCEDE"),
        ("The bus overturned on the wet road near Pelkan.", None, "CONCEDE"),
        ("Youths overturned a car outside the station.", None, "CONCEDE"),
        # ... while easing restrictions and overturning a ban are concessions.
        ("The government eased restrictions on travel to the islands.", "CONCEDE", None),
        ("Ruritania eased its blockade of the port.", "RETREAT", None),
        # Protecting rights, jobs, privacy or the environment aids no one; guarding people does.
        (
            "Ruritanian minister Jan Pekka says he works hard to protect the privacy of voters.",
            None,
            "AID",
        ),
        ("Labour's plan starts with protecting good jobs in the north.", None, "AID"),
        ("Ruritanian peacekeepers protected the refugees in the camp.", "AID", None),
        # A candidate's campaign or election rally is no protest; a rally against a law is.
        ("Senator Obama held a campaign rally in Grand Rapids on Tuesday.", None, "PROTEST"),
        ("President Saleh spoke at an election rally in Sanaa.", None, "PROTEST"),
        ("Thousands joined a rally against the new tax law in Pelkan.", "PROTEST", None),
        # Agreeing with a position or a verdict shares a view, no AGREE.
        ("Most voters in Pelkan agree with the position that the tax is unfair.", None, "AGREE"),
        ("The Ruritanian senator agreed with the verdict of the panel.", None, "AGREE"),
        # Merger or sponsorship talks between firms are business, no CONSULT; talks between
        # states stay.
        ("The two airlines began merger talks in March.", None, "CONSULT"),
        ("The brewers are in talks about a takeover of the Pelkan plant.", None, "CONSULT"),
        ("Ruritania and Vastia held talks on the border dispute.", "CONSULT", None),
    ],
)
def test_figurative_and_business_classes(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
