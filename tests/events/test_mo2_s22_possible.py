"""A noun act with an adjective of possibility ("a possible strike", "a potential
attack", "carries a possible death sentence") is only considered, not done; the same
act without it is coded (invented sentences; clause_cues._only_possible on
cue_words.tsv possible_adj)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("A potential Vastian strike on Ruritania alarmed Moscow.", None, "ASSAULT"),
        (
            "The treason count against Dana Whitcombe brings a possible death penalty.",
            None,
            "SANCTION",
        ),
        # guards: the act itself, with no adjective of possibility
        ("A Vastian strike on Ruritania alarmed Moscow.", "ASSAULT", None),
    ],
)
def test_possible_acts_are_not_done(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
