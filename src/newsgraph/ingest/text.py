"""Plain-text articles, with the header lines news sites put above the body.

A header is recognised when the first line is followed, within the next three
lines, by a line that dateparser reads as a full date (day, month and year).
It may also hold a time line ("12:26 PM"), a "Reading time: N minutes" line
and a "By ..." byline. The header is only *read*: the article text stays the
whole decoded file, so offsets still refer to the file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import dateparser

from ..config import WORDS_PER_MINUTE
from ..model import Article
from .decode import decode_bytes

__all__ = ["Header", "article_from_text", "parse_header", "read_text_file", "reading_time"]

_DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
# These match the *labels* of header lines; the dates themselves go to dateparser.
_READING_TIME = re.compile(r"^\s*(?:estimated\s+)?reading\s+time\s*:?\s*(\d+)\s*min", re.I)
_BYLINE = re.compile(r"^\s*by\s+(\S.{0,80})$", re.I)
# What news sites write before a date line ("Updated 4:12 PM EST, March 3, 2025",
# "Published: March 3, 2025", "First published on Mon 3 Mar 2025")
_DATE_LABEL = re.compile(
    r"^\s*(?:(?:first|last)\s+)?(?:published|updated|posted|modified|date)(?:\s+on)?\s*:?\s+",
    re.I,
)
# A byline standing alone under a headline: "By" and capitalized names only, joined by
# commas or "and" ("By Jeff Mason and David Lawder", "By Ana Ruiz, Wirepost"), so that a
# first paragraph opening "By the end of the day, ..." is no byline
_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|al|bin|da|del|la|le))*"
_LONE_BYLINE = re.compile(
    r"^\s*(?i:by)\s+(" + _NAME + r"(?:(?:\s*,\s*|\s+and\s+)" + _NAME + r")*)\s*$"
)
_MAX_HEADER_LINE = 60  # a date or time line longer than this is body text
# A headline: a short line of two or more words that ends in no sentence punctuation
_HEADLINE = re.compile(r"^(?=.{8,150}$)\S+(?: \S+)+(?<![.!?:;,\"”’'])$")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


@dataclass(frozen=True, slots=True)
class Header:
    """What the header lines of a plain-text article say."""

    title: str | None = None
    published: datetime | None = None
    has_time: bool = False
    reading_time_minutes: int | None = None
    byline: str | None = None

    @property
    def published_iso(self) -> str | None:
        """``published`` as ISO 8601, to the minute when a time was given."""
        if self.published is None:
            return None
        if self.has_time:
            return self.published.isoformat(timespec="minutes")
        return self.published.date().isoformat()


def reading_time(text: str, words_per_minute: int = WORDS_PER_MINUTE) -> int:
    """Minutes to read ``text`` at ``words_per_minute`` (at least 1)."""
    words = len(_WORD.findall(text))
    return max(1, math.ceil(words / words_per_minute))


def _parse_date(line: str) -> datetime | None:
    if not line or len(line) > _MAX_HEADER_LINE:
        return None
    line = _DATE_LABEL.sub("", line, count=1)
    parsed: datetime | None = dateparser.parse(line, languages=["en"], settings=_DATE_SETTINGS)
    return parsed


def parse_header(text: str) -> Header:
    """Read the title/date/time/reading-time/byline lines at the top of ``text``.

    Returns an empty Header when the text does not start with such lines.
    """
    raw = [line.strip() for line in text.split("\n", 8)[:8]]
    lines = [line for line in raw if line]
    if len(lines) < 2:
        return Header()
    for i in range(1, min(4, len(lines))):
        date = _parse_date(lines[i])
        if date is not None:
            return _header_from(lines, i, date)
    if len(raw) > 2 and _HEADLINE.match(raw[0]) and not raw[1]:
        # "Talks Resume in Geneva", then a blank line, then the story, which may open with
        # a byline line of its own ("By Ana Ruiz and Tom Berg")
        byline = _LONE_BYLINE.match(raw[2]) if len(raw[2]) <= _MAX_HEADER_LINE else None
        return Header(title=raw[0], byline=byline.group(1).strip() if byline else None)
    return Header()


def _header_from(lines: list[str], date_index: int, date: datetime) -> Header:
    title = lines[0]
    byline: str | None = None
    for line in lines[1:date_index]:
        match = _BYLINE.match(line)
        if match:
            byline = match.group(1).strip()
    has_time = date.time() != datetime.min.time()
    reading: int | None = None
    for line in lines[date_index + 1 : date_index + 4]:
        match = _READING_TIME.match(line)
        if match:
            reading = int(match.group(1))
            continue
        by = _BYLINE.match(line)
        if by:
            byline = by.group(1).strip()
            continue
        if not has_time and len(line) <= 12:
            # A short line after the date may be its time ("12:26 PM"): parse both together.
            combined = _parse_date(f"{lines[date_index]} {line}")
            if combined is not None and combined != date:
                date, has_time = combined, True
                continue
        break
    return Header(title, date, has_time, reading, byline)


def article_from_text(
    text: str,
    article_id: str,
    origin: str = "",
    words_per_minute: int = WORDS_PER_MINUTE,
) -> Article:
    """Build an Article from decoded text, reading its header when it has one."""
    header = parse_header(text)
    minutes = header.reading_time_minutes or reading_time(text, words_per_minute)
    return Article(
        id=article_id,
        text=text,
        title=header.title,
        published=header.published_iso,
        byline=header.byline,
        reading_time_minutes=minutes,
        origin=origin,
    )


def read_text_file(path: Path, words_per_minute: int = WORDS_PER_MINUTE) -> Article:
    """Read one plain-text article file.

    Raises:
        EmptyInputError, DecodeError: see :func:`decode_bytes`.
    """
    text = decode_bytes(path.read_bytes(), str(path))
    return article_from_text(text, path.stem, str(path), words_per_minute)
