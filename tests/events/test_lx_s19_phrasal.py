"""Second set of stop-19 trigger frames (invented sentences): idioms of censure ("took a
swipe at", "poured scorn on", "rounded on", "pointed the finger at", a "broadside"), of
consultation ("exchanged views", "paid a courtesy call on", "shuttled between"), a deal
"hammered out", bombs that "ripped through" a place, rockets "rained" on a town, a building
"firebombed", revenge vowed, sentences and fines "handed down" or "passed", a diplomat
declared persona non grata and a dissident stripped of citizenship."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Senator John McCain took a swipe at President Obama.", "took", ("ACCUSE", "disapprove")),
        ("The minister poured scorn on the Amnesty report.", "poured", ("ACCUSE", "disapprove")),
        ("Vladimir Putin rounded on his critics in the West.", "rounded", ("ACCUSE", "disapprove")),
        ("Iran pointed the finger at Israel for the killing.", "pointed", ("ACCUSE", "accuse")),
        (
            "The minister launched a broadside against the unions.",
            "broadside",
            ("ACCUSE", "disapprove"),
        ),
        ("The two leaders exchanged views on the crisis.", "exchanged", ("CONSULT", None)),
        ("Condoleezza Rice paid a courtesy call on King Abdullah.", "paid", ("CONSULT", "visit")),
        (
            "Kofi Annan shuttled between Nairobi and Mombasa.",
            "shuttled",
            ("CONSULT", "third-party"),
        ),
        ("The two sides hammered out an agreement on Friday.", "hammered", ("AGREE", None)),
        ("A car bomb ripped through a market in Baghdad.", "ripped", ("ASSAULT", "explosives")),
        ("The army rained rockets on the town.", "rained", ("ASSAULT", "heavy-weapons")),
        ("Rebels firebombed a police station.", "firebombed", ("ASSAULT", "explosives")),
        ("The militants vowed revenge for the killing.", "vowed", ("THREATEN", "violence")),
        ("Judge Okafor handed down the sentence on Friday.", "handed", ("COERCE", "arrest")),
        ("The court handed down a heavy fine to Acme.", "handed", ("SANCTION", "convict")),
        ("Judge Okafor passed sentence on the rebel leader.", "passed", ("COERCE", "arrest")),
        (
            "Venezuela declared the Colombian consul persona non grata.",
            "declared",
            ("SANCTION", "expel"),
        ),
        ("Bahrain stripped the cleric of his citizenship.", "stripped", ("COERCE", "restrict")),
        (
            "The European Commission slapped a fine on Microsoft.",
            "slapped",
            ("SANCTION", "convict"),
        ),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion tore through the factory.",
        "The cyclist was stripped of his title.",
        "The students passed the exam.",
    ],
)
def test_mishaps_and_everyday_senses_code_nothing(text: str) -> None:
    assert not {t for t, _ in types_by_trigger(text).values()} & {"ASSAULT", "COERCE"}
