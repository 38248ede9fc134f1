"""What a text would do, in a relative clause with "would", is its
provision, no one's intent or act; a text said to do it, or a speaker's own "would",
is read as before (invented sentences; clause_cues._text_would)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Vastian senate rejected a resolution that would condemn Ruritania.", None, "ACCUSE"),
        ("Pelkan lawmakers debated a bill which would expel Vastian diplomats.", None, "THREATEN"),
        # guards: a resolution that condemns, and a government's own "would"
        ("The Vastian senate passed a resolution condemning Ruritania.", "ACCUSE", None),
        ("Vastia said it would expel the Ruritanian diplomats.", "THREATEN", None),
    ],
)
def test_what_a_text_would_do_is_not_done(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
