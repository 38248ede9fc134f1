"""Stop-23 coverage: 'meet' is weak (kept only with a known doer), so "the two leaders met
to discuss trade" coded nothing when the leaders were named only in an earlier sentence.
Leaders, nations, presidents, ministers, envoys, officials or delegations that meet
consult (CONSULT) whether or not their names resolve; two men who met at school, party
delegates meeting at a convention and ministers meeting a deadline stay no CONSULT."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Before the dinner, the two leaders met to discuss border trade.", "met"),
        ("The accord came after the two nations met at a third summit.", "met"),
        ("Senior officials will meet with relief agencies on Friday.", "meet"),
        ("Foreign ministers from thirty countries are meeting in Oslo.", "meeting"),
    ],
)
def test_unnamed_leaders_meet(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The two men first met at a boarding school in Kent.", "met"),
        ("About 900 delegates will meet in Denver to choose a nominee.", "meet"),
        ("The ministers met the deadline set by the court.", "met"),
    ],
)
def test_no_consultation(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] != "CONSULT"
