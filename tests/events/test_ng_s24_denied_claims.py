"""What a party denies is said of it is contested, not reported as done (stop 24,
invented sentences): the act in the "that" clause of a denied claim noun is unknown."""

from __future__ import annotations

import pytest

from tests.analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The navy denied reports that its gunboats had shelled the harbour.", "ASSAULT"),
        ("The guerrillas rejected claims that they had kidnapped two engineers.", "ASSAULT"),
        ("Ruritania dismissed claims that it was cooperating with Vastia.", "COOPERATE"),
        ("The general refuted the assertion that his troops had looted the market.", "ASSAULT"),
    ],
)
def test_act_in_a_denied_claim_is_not_done(text: str, absent: str) -> None:
    assert absent not in event_types(text)


def test_denial_itself_and_a_confirmed_report_stay() -> None:
    assert "REJECT" in event_types("The navy denied reports that its gunboats shelled the harbour.")
    assert "ASSAULT" in event_types("Reports that the gunboats shelled the harbour were confirmed.")
