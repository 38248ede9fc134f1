"""A meeting or visit others expect ("is expected to meet", "is expected to visit") is a
scheduled one, kept with the intent flag as "will meet" is; an expected attack, or a
meeting not expected, stays out (invented sentences; aims._expected_meeting, read by
frames.frame_of and frames._trigger_modality)."""

from __future__ import annotations

import pytest

from ..analyzed import types_and_intents

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Merkel is expected to meet Putin in Sochi on Thursday.", [("CONSULT", True)]),
        ("The Pelkan envoy is expected to visit Vastia next week.", [("CONSULT", True)]),
        # guards: a forecast act, a meeting not expected, one that may be expected
        ("Ruritania is expected to attack Vastia before winter.", []),
        ("Merkel is not expected to meet Putin in Sochi on Thursday.", []),
        ("Merkel may be expected to meet Putin in Sochi on Thursday.", []),
    ],
)
def test_expected_meetings_are_scheduled(text: str, coded: list[tuple[str, bool]]) -> None:
    assert types_and_intents(text) == coded
