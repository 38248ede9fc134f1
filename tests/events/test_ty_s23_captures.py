"""Capturing people is an arrest (COERCE arrest) when the captors are police or the
captured are suspects ("suspected", "wanted", a fugitive), an abduction (ASSAULT abduct)
otherwise; capturing a town stays an armed attack; seats, votes, a recording, carbon or
a scene "on film", and what a camera or video captures, are no act at all (invented
sentences; triggers.jsonl capture frames, triggers._participle_mods)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Police captured two suspects after a long chase.", ("COERCE", "arrest")),
        ("Soldiers captured four suspected smugglers near Tarvo.", ("COERCE", "arrest")),
        ("Eleven suspected gunmen were captured on Tuesday.", ("COERCE", "arrest")),
        ("The fugitive was captured in a hotel in Lima.", ("COERCE", "arrest")),
        ("Dario Venn was captured by detectives in Kano.", ("COERCE", "arrest")),
        ("Rebels captured an army officer and two soldiers.", ("ASSAULT", "abduct")),
        ("Gunmen captured a journalist in the capital.", ("ASSAULT", "abduct")),
        ("Troops captured the town after heavy fighting.", ("ASSAULT", "heavy-weapons")),
    ],
)
def test_who_is_captured_and_by_whom(text: str, coded: tuple[str, str]) -> None:
    assert types_by_trigger(text)["captured"] == coded


@pytest.mark.parametrize(
    "text",
    [
        "The Greens captured 40 seats in the election.",
        "A security camera captured the moment of the blast.",
        "The quarrel was captured on film by a tourist.",
        "The new plant will start capturing carbon next year.",
        "The senator hopes to capture the rural vote.",
        "Video captured the minister leaving the building.",
    ],
)
def test_capturing_no_one(text: str) -> None:
    assert not {t for t in types_by_trigger(text) if t.startswith("captur")}
