"""A "conviction" that something is so, or to do something, is a belief held, no verdict;
verdicts keep their SANCTION (invented sentences; events.screening_beliefs.a_belief on
cue_words.tsv belief_noun, belief_verb and belief_measure)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The envoy restated her conviction that the border must stay open.",
        "The ambush only strengthened his conviction to keep fighting.",
        "The setback only strengthened our conviction.",
        "Trading volume was thin, suggesting a lack of conviction.",
    ],
)
def test_a_belief_is_no_verdict(text: str) -> None:
    assert "SANCTION" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jones appealed his conviction for fraud.",
        "The court upheld the conviction of the former mayor.",
        "His lawyers want his conviction to be reviewed.",
    ],
)
def test_a_verdict_stays(text: str) -> None:
    assert "SANCTION" in event_types(text)
