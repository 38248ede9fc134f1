"""Stop-19 LX4 (invented sentences): everyday senses of event words that are no act
(null frames in triggers.jsonl), beside the senses that stay events."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # declining to discuss something with the press is declining to comment
        "Colonel Marsh declined to discuss the new rules with reporters.",
        "Colonel Marsh declined to discuss the rules to the newspaper.",
        # a first-strike capability is a military doctrine, no strike
        "Vastonia has first strike and second strike capability.",
        # reforms, drugs or methods that promised something only looked promising
        "Reforms that promised to empower farmers have stalled.",
        "The drug promised to cure the disease but failed in trials.",
        # a court handing a case back to prosecutors returns no territory or captive
        "The judges sent the file on, handing the case back to prosecutors.",
        # a self-immolation destroys no one's property
        "A man set himself on fire outside the parliament in Tirana.",
        # 'with' and a manner noun is how one spoke, not with whom
        "Senator Moss spoke with candor about the war.",
        "The council, speaking with one voice, backed the plan.",
        # a patient flown to hospital visits no one
        "After the crash, Governor Pike was flown to Ruritania General Hospital.",
    ],
)
def test_no_act_sense(text: str) -> None:
    types = event_types(text)
    assert not types & {"CONSULT", "REJECT", "PROTEST", "THREATEN", "AGREE", "RETREAT", "COERCE"}, (
        types
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Senator Moss spoke with Putin about the war.", "CONSULT"),
        ("Boris Johnson flew to Moscow on Tuesday.", "CONSULT"),
        ("Teachers began their second strike this year.", "PROTEST"),
        ("The minister promised to cut taxes.", "AGREE"),
    ],
)
def test_acts_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)
