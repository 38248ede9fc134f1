"""Wire-copy headers: a byline under a headline, labelled date lines."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsgraph.ingest.text import parse_header


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        (
            "Envoys meet in Vardo\n\nBy Ana Ruiz and Tom Berg\n\nVARDO (AP) — Envoys met.",
            "Ana Ruiz and Tom Berg",
        ),
        (
            "Envoys meet in Vardo\n\nBy Ana Ruiz, Wirepost\n\nEnvoys met on Monday.",
            "Ana Ruiz, Wirepost",
        ),
        # a first paragraph opening with "By" is no byline
        ("Envoys meet in Vardo\n\nBy the end of the day, envoys had met.\n", None),
    ],
)
def test_a_byline_under_a_headline(text: str, byline: str | None) -> None:
    header = parse_header(text)
    assert (header.title, header.byline) == ("Envoys meet in Vardo", byline)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Updated 4:12 PM EST, March 3, 2031", datetime(2031, 3, 3, 16, 12)),
        ("Published: March 3, 2031", datetime(2031, 3, 3)),
        ("First published on Mon 3 Mar 2031 10.15 GMT", datetime(2031, 3, 3, 10, 15)),
    ],
)
def test_a_labelled_date_line(line: str, published: datetime) -> None:
    header = parse_header(f"Envoys meet in Vardo\n{line}\n\nVARDO (AP) — Envoys met.")
    assert (header.title, header.published) == ("Envoys meet in Vardo", published)
