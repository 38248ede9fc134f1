"""Aid, help or cooperation that is needed or missing was not given: no event (invented
sentences; events.screening_needs.needed_or_lacking on cue_words.tsv needing and
want_noun)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers said Gaza needs more medical assistance from Egypt.",
        "The villages badly need humanitarian assistance.",
        "Nigeria does not require IMF assistance, the minister said.",
        "The inquiry was hampered by a lack of cooperation from the Lebanese police.",
    ],
)
def test_a_need_or_a_lack_is_no_act(text: str) -> None:
    assert event_types(text) == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the act that met a need was done
        ("Egypt delivered the assistance the villages needed.", "AID"),
        ("Japan sent aid to the flooded villages.", "AID"),
    ],
)
def test_an_act_that_met_a_need_stays(text: str, kept: str) -> None:
    assert kept in event_types(text)
