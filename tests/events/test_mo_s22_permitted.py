"""What someone is allowed or invited to do is not done yet ("awaiting approval to send
aid", "an invitation to visit"); approval or an invitation of something else leaves it
alone (invented sentences; modality.tsv approval, invitation, read with an infinitive
only: cue_words.tsv infinitive_only)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Vastian ferry is awaiting approval to deliver aid to Gaza.", None, "AID"),
        ("The Pelkan mayor accepted an invitation to visit Japan in June.", "AGREE", "CONSULT"),
        # guards: the act done, with no approval or invitation to do it
        ("The Vastian ferry delivered aid to Gaza after approval by Israel.", "AID", None),
        ("The Pelkan mayor visited Japan in June at the invitation of Tokyo.", "CONSULT", None),
    ],
)
def test_acts_allowed_or_invited_are_not_done(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
