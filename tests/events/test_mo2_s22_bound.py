"""What someone is bound to do now ("are obliged to withdraw", "will be obliged to pay")
is owed, not done; bound in the past or the perfect ("was obliged to resign") the act
mostly followed, and it stays (invented sentences; aims._told_to, aims._bound_now on
cue_words.tsv binding)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Under the truce Vastian troops are obliged to withdraw from Kelm.", None, "RETREAT"),
        ("Vastian troops will be obliged to withdraw from Kelm in May.", None, "RETREAT"),
        # guards: bound in the past or the perfect, the withdrawal took place
        ("Vastian troops were obliged to withdraw from Kelm in May.", "RETREAT", None),
        ("Vastian troops have been obliged to withdraw from Kelm.", "RETREAT", None),
    ],
)
def test_acts_bound_now_are_not_done(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
