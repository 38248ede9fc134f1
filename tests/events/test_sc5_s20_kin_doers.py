"""Someone's kin names a person, though no actor: a common (weak) word keeps its act with
an unknown doer (invented sentences; `extract._kin_doer`)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Her father thanked the Pelkan hospital staff.", "SUPPORT", None),
        ("His widow thanked the Vastian government for its help.", "SUPPORT", None),
        # guard: a weak word with no doer named still codes nothing
        ("This win will allow me to travel to Pelkan.", None, "CONCEDE"),
    ],
)
def test_kin_doer_keeps_weak_act(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
