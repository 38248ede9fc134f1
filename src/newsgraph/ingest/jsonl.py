"""JSONL dumps: one ``{id, title?, date?, text, url?}`` record per line (gzip too).

Known keys become Article fields; every other key (``url_or_source``,
``category``, ...) is kept in ``Article.metadata``. ``text`` is used unchanged,
so offsets refer to the record's own text (the gold files' offsets do). A
broken line is skipped with its line number; the rest of the file is still
read. A file whose first ``_PROBE_LINES`` lines are all broken is not JSONL at
all (a binary or a mislabelled file): it is skipped once, by name, instead of
line by line. A line in another encoding than UTF-8 is decoded like any text.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import dateparser

from ..config import WORDS_PER_MINUTE
from ..errors import InputError
from ..model import Article, Skipped
from .decode import decode_bytes
from .text import reading_time

__all__ = ["parse_date", "read_jsonl", "record_to_article"]

_FIELDS = {"id", "title", "date", "published", "text", "url", "source", "byline", "language"}
_PROBE_LINES = 10  # this many broken lines before any record: not a JSONL file
# A full date is required: given "March 2004" dateparser would invent today's
# day. The offset is kept when the string has one (dateparser's default).
_DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"]}
_PARTIAL_ISO = re.compile(r"^\d{4}(?:-\d{2})?$")  # "2004", "2004-11": kept as they are


def parse_date(value: str) -> str | None:
    """Normalize a record's date to ISO 8601 (date only when no time was given)."""
    value = value.strip()
    if not value:
        return None
    if _PARTIAL_ISO.match(value):
        return value
    parsed = _iso(value)
    if parsed is None:
        parsed = dateparser.parse(value, languages=["en"], settings=_DATE_SETTINGS)
    if parsed is None:
        return None
    if parsed.hour or parsed.minute or parsed.tzinfo is not None:
        return parsed.isoformat(timespec="minutes")
    return parsed.date().isoformat()


def _iso(value: str) -> datetime | None:
    # Dumps nearly always carry ISO dates; dateparser costs ~2.5 ms a call,
    # which was most of the JSONL reading time, so ISO is tried first.
    if not value[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def record_to_article(
    record: dict[str, Any], source: str, words_per_minute: int = WORDS_PER_MINUTE
) -> Article | Skipped:
    """Turn one decoded JSON record into an Article, or a Skipped with the reason."""
    text = record.get("text")
    if not isinstance(text, str):
        return Skipped(source, "record has no 'text' string")
    if not text.strip():
        return Skipped(source, "record has empty 'text'")
    raw_date = record.get("published", record.get("date"))
    published = parse_date(raw_date) if isinstance(raw_date, str) else None
    metadata = {k: v for k, v in record.items() if k not in _FIELDS}
    if isinstance(raw_date, str) and published is None:
        metadata["date"] = raw_date
    url = record.get("url")
    if url is None and isinstance(record.get("url_or_source"), str):
        candidate = record["url_or_source"]
        url = candidate if candidate.startswith(("http://", "https://")) else None
    return Article(
        id=str(record.get("id", source)),
        text=text,
        title=_str_or_none(record.get("title")),
        published=published,
        url=_str_or_none(url),
        source=_str_or_none(record.get("source")),
        byline=_str_or_none(record.get("byline")),
        language=_str_or_none(record.get("language")),
        reading_time_minutes=reading_time(text, words_per_minute),
        origin=source,
        metadata=metadata,
    )


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_jsonl(path: Path, words_per_minute: int = WORDS_PER_MINUTE) -> Iterator[Article | Skipped]:
    """Stream the records of a JSONL (or JSONL.gz) file, in order."""
    try:
        with _open(path) as handle:
            yield from read_jsonl_lines(handle, str(path), words_per_minute)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        # A truncated or corrupt archive: what was read so far stands.
        yield Skipped(str(path), f"corrupt gzip file ({_short(exc)})")


def _parse_line(raw: bytes, source: str) -> dict[str, Any] | Skipped:
    try:
        record = json.loads(raw)
    except UnicodeDecodeError:
        try:
            # One line is too little for charset detection to be reliable; a
            # legacy English dump is Windows-1252 far more often than anything else.
            record = json.loads(decode_bytes(raw, source, "cp1252"))
        except (InputError, json.JSONDecodeError) as exc:
            return Skipped(source, f"broken JSON line ({_short(exc)})")
    except json.JSONDecodeError as exc:
        return Skipped(source, f"broken JSON line ({_short(exc)})")
    if not isinstance(record, dict):
        return Skipped(source, "JSON line is not an object")
    return record


def read_jsonl_lines(
    lines: Iterable[bytes], name: str, words_per_minute: int = WORDS_PER_MINUTE
) -> Iterator[Article | Skipped]:
    """Stream records from an iterable of byte lines; ``name`` labels errors."""
    probe: list[Skipped] = []  # broken lines before the first record, held back
    seen_record = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        parsed = _parse_line(raw, f"{name}:{number}")
        if isinstance(parsed, Skipped) and not seen_record:
            probe.append(parsed)
            if len(probe) == _PROBE_LINES:
                reason = f"not a JSONL file (the first {_PROBE_LINES} lines are not JSON objects)"
                yield Skipped(name, reason)
                return
            continue
        yield from probe
        probe.clear()
        seen_record = True
        if isinstance(parsed, Skipped):
            yield parsed
        else:
            yield record_to_article(parsed, f"{name}:{number}", words_per_minute)
    yield from probe


def _short(exc: Exception) -> str:
    return str(exc).split("\n", 1)[0][:120]
