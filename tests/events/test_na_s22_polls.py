"""What a poll reports is a view, not an act: a share of respondents, or a poll, as the
subject of a stance ("27 percent approved", "polls have shown support"), a share that
believes or says what its clause reports ("58% believe that X threatens ..."), and a
stance a poll found ("a survey found that most oppose ..."). Votes are cast, and acts
beside a poll or joined to it with a subject of their own stay (screening_polls.polled).
Invented sentences."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Only 27 percent of those surveyed approved of the governor's budget.", "approved"),
        ("Over 60% agreed that Vastonia should leave the alliance.", "agreed"),
        ("A recent survey found that most Ruritanians oppose the new dam.", "oppose"),
        ("Fresh opinion polls have shown rising support for the pact among Norwegians.", "shown"),
        ("Some 58% of respondents believe that Vastonia threatens its neighbours.", "threatens"),
    ],
)
def test_a_poll_finding_is_no_act(text: str, trigger: str) -> None:
    found = types_by_trigger(text)
    assert trigger not in found, found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("About 62% of Ruritanians voted against the treaty in the referendum.", "voted", "REJECT"),
        (
            "Polls show 70% wanted the mayor to quit, and several councillors demanded his "
            "resignation.",
            "demanded",
            "REQUEST",
        ),
        (
            "Although the dam was opposed by farmers, polls suggest most residents like it.",
            "opposed",
            "ACCUSE",
        ),
        ("A large proportion of the strikers defied the agreement.", "defied", "REJECT"),
    ],
)
def test_acts_beside_a_poll_stay(text: str, trigger: str, expected: str) -> None:
    found = types_by_trigger(text)
    assert found.get(trigger, ("",))[0] == expected, found
