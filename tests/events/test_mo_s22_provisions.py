"""What a text is to do ("a bill to ban imports", "an amendment to allow it") is a
provision it holds, not an act anyone did; the act itself, or a text that names someone
else to do it, is read as before (invented sentences; aims._provided_for on modality.tsv
rule and norm words)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Two senators introduced a bill to ban imports from Vastia.", None, "SANCTION"),
        (
            "Ruritania proposed an amendment to the treaty to expel Vastian diplomats.",
            None,
            "SANCTION",
        ),
        # guards: the act done is coded, and so is one a text is to stop
        (
            "A resolution to end the fighting between Ruritania and Vastia was drafted.",
            "ASSAULT",
            None,
        ),
        ("The Ruritanian parliament banned imports from Vastia.", "SANCTION", None),
        ("Ruritania expelled Vastian diplomats after the treaty vote.", "SANCTION", None),
    ],
)
def test_what_a_text_is_to_do_is_not_done(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
