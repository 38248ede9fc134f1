"""Dates: relative phrases resolved against the publication date, with precision."""

from __future__ import annotations

import pytest

from newsgraph.events.dates import ResolvedDate, parse_published, resolve_date

BASE = parse_published("2025-01-09T12:26:00+00:00")  # a Thursday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Wednesday", ResolvedDate("2025-01-08", "day", "text")),
        ("on Wednesday", ResolvedDate("2025-01-08", "day", "text")),
        ("on Thursday", ResolvedDate("2025-01-09", "day", "text")),
        ("on Friday", ResolvedDate("2025-01-03", "day", "text")),
        ("Monday", ResolvedDate("2025-01-06", "day", "text")),
        ("yesterday", ResolvedDate("2025-01-08", "day", "text")),
        ("October 7", ResolvedDate("2024-10-07", "day", "text")),
        ("August", ResolvedDate("2024-08", "month", "text")),
        ("January 2020", ResolvedDate("2020-01", "month", "text")),
        ("2019", ResolvedDate("2019", "year", "text")),
        ("last week", ResolvedDate("2025-01-02", "week", "text")),
    ],
)
def test_phrases_resolve_against_publication(phrase: str, expected: ResolvedDate) -> None:
    assert resolve_date(phrase, BASE) == expected


@pytest.mark.parametrize("phrase", [None, "", "the 1990s", "at some point"])
def test_unreadable_or_missing_phrase_falls_back_to_publication(phrase: str | None) -> None:
    assert resolve_date(phrase, BASE) == ResolvedDate("2025-01-09", "day", "published")


def test_nothing_without_phrase_or_publication() -> None:
    assert resolve_date(None, None) is None


@pytest.mark.parametrize("published", [None, "", "not a date"])
def test_bad_publication_dates_are_none(published: str | None) -> None:
    assert parse_published(published) is None


def test_publication_with_z_suffix() -> None:
    parsed = parse_published("2019-01-07T10:00:00Z")
    assert parsed is not None and parsed.isoformat() == "2019-01-07T10:00:00"
