"""A gerund someone suggests is only put forward, while a clause "reports suggest" keeps
its act done (invented sentences; `frames._suggested_doing`)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Vastian minister suggested sending troops to Pelkan.", None, "MOBILIZE"),
        ("Senator Ruddock suggested using force against the Pelkan rebels.", None, "COERCE"),
        # guard: what reports suggest took place is still coded
        ("Reports suggest the bomber detonated the explosives in Pelkan.", "ASSAULT", None),
    ],
)
def test_suggested_gerund_is_not_done(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
