"""What a rule, treaty or need requires is owed, not done (stop 24, invented sentences)."""

from __future__ import annotations

import pytest

from tests.analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The new charter requires the withdrawal of all Vastian troops from Ruritania.",
            "RETREAT",
        ),
        ("The accord requires sanctions against any member that breaks it.", "SANCTION"),
        ("Building the new stadium will require the demolition of sixty houses.", "THREATEN"),
        (
            "Ruritanian law requires that the chancellor receive the backing of both houses"
            " of the Diet.",
            "SUPPORT",
        ),
        ("Ruritania now needs a bailout from the monetary fund.", "AID"),
        ("Officials said the town needs urgent help from the national government.", "AID"),
    ],
)
def test_required_act_is_not_done(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruritania received a bailout from the monetary fund.", "AID"),
        ("Vastia completed the withdrawal of its troops from Ruritania.", "RETREAT"),
    ],
)
def test_received_act_stays(text: str, expected: str) -> None:
    assert expected in event_types(text)
