"""When: resolve an event's date phrase against the publication date, with its precision.

"on Wednesday", "last week", "October 7", "in 2019" are read with dateparser
using the publication date as ``RELATIVE_BASE`` and preferring the past (news
reports what happened). The precision dateparser reports (day, week, month,
year) is kept; an event with no date phrase gets the publication date, marked
``date_source="published"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

__all__ = ["ResolvedDate", "parse_published", "resolve_date"]

# dateparser reads "the 1990s" as today; decades have no precision we keep.
_DECADE = re.compile(r"\b\d{3}0s\b|\b\d0s\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"(?:on )?(" + "|".join(_WEEKDAYS) + r")", re.IGNORECASE)
_PRECISIONS = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """An ISO date string ("2025-01-08", "2025-01", "2025"), its precision and source."""

    date: str
    precision: str
    source: str  # "text" or "published"


def parse_published(published: str | None) -> datetime | None:
    """The publication timestamp as a naive datetime, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    return DateDataParser(languages=["en"])


@lru_cache(maxsize=4096)
def _parse(text: str, base: datetime | None) -> tuple[datetime, str] | None:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    parser = DateDataParser(languages=["en"], settings=settings) if base else _parser()
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data.date_obj is None:
        return None
    return data.date_obj, data.period or "day"


def _iso(when: datetime, precision: str) -> str:
    if precision == "year":
        return f"{when.year:04d}"
    if precision == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def resolve_date(phrase: str | None, published: datetime | None) -> ResolvedDate | None:
    """Resolve ``phrase`` (a DATE entity's text) against ``published``.

    Falls back to the publication date (source "published", precision "day")
    when there is no phrase or it cannot be read; None when neither exists.
    """
    if phrase and published is not None and (day := _WEEKDAY.fullmatch(phrase.strip())):
        # News names the day of the week for anything in the past seven days,
        # the day of publication included ("agreed on Wednesday" in a
        # Wednesday paper); dateparser would go back a whole week.
        back = (published.weekday() - _WEEKDAYS.index(day.group(1).lower())) % 7
        return ResolvedDate((published - timedelta(days=back)).date().isoformat(), "day", "text")
    if phrase and not _DECADE.search(phrase):
        cleaned = phrase.strip().removeprefix("the ").removeprefix("on ")
        parsed = _parse(cleaned, published)
        if parsed is not None:
            when, period = parsed
            precision = _PRECISIONS.get(period, "day")
            return ResolvedDate(_iso(when, precision), precision, "text")
    if published is None:
        return None
    return ResolvedDate(published.date().isoformat(), "day", "published")
