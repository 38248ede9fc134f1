"""Support only sought is not support given: a verb of receiving as a purpose infinitive
("toured the state to win the backing of ...") or a gerund after "of" ("the task of
getting the support of ...") codes no SUPPORT; support won, or gained after a vote, stays
(invented sentences; aims._sought_receipt on modality.tsv receive, read by
clause_cues._copular_modality)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Dana Whitcombe toured Ohio in order to win the backing of the Democrats.",
            None,
            "SUPPORT",
        ),
        (
            "Whitcombe now faces the task of getting the support of the Republicans.",
            None,
            "SUPPORT",
        ),
        ("Dana Whitcombe kept up her drive to gain support from the Democrats.", None, "SUPPORT"),
        # guards: support received, or gained when a vote passed
        ("Dana Whitcombe won the backing of the Democrats last week.", "SUPPORT", None),
        ("The measure passed on Monday, gaining support from nine Democrats.", "SUPPORT", None),
    ],
)
def test_support_only_sought_is_not_given(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
