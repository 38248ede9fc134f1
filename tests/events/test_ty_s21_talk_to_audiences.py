"""Talking or speaking to an audience consults no one (stop 21, invented sentences): the
null `talk` and `speak` frames on `prep` [with, to] that hold one's family and doctor now
also hold reporters, the press, the media, crowds, audiences, the public, voters, supporters,
students, congregations, fans, listeners, viewers and residents; talking with a counterpart
or a foreign leader stays CONSULT."""

from __future__ import annotations

import pytest

from ..analyzed import event_types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A constable stepped out of his van to talk to the crowd.",
        "In the video, the militant leader talks to the general Muslim population.",
        "The minister talked to reporters after the vote.",
        "The senator spoke with supporters at a rally in Ohio.",
    ],
)
def test_talking_to_an_audience_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in event_types(text)


@pytest.mark.model
def test_talking_with_a_leader_stays_a_consultation() -> None:
    assert "CONSULT" in event_types("The Ruritanian Prime Minister talked to the Vastan President.")
