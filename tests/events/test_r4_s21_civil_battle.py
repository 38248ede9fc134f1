"""A battle or fight whose known sides are all civil bodies is no assault (stop 21,
invented sentences): a president against a legislature, two parties, two companies or
two universities contend, they do not fight; a country, an armed group or a person of
unknown role on a side keeps the ASSAULT."""

from __future__ import annotations

import pytest

from newsgraph.events.cue_words import cue_words

from ..analyzed import event_types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Sony and Toshiba battled for years over the disc format.",
        "The Democratic Party and the Republican Party fought each other over the bill.",
    ],
)
def test_a_battle_between_civil_bodies_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Fatah fought in Gaza on Monday.",
        "The army fought the rebels near Kandahar.",
    ],
)
def test_an_armed_side_keeps_the_assault(text: str) -> None:
    assert "ASSAULT" in event_types(text)


def test_contest_words_are_data() -> None:
    assert {"battle", "fight"} <= cue_words("contest")
