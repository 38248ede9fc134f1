"""JSONL dumps: records, gzip, and every broken-line case, each named by file and line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsgraph.ingest.jsonl import parse_date, read_jsonl, read_jsonl_lines
from newsgraph.model import Article, Skipped

RECORD = {
    "id": "r1",
    "title": "Harbor talks resume",
    "date": "2021-05-04",
    "text": "Delegates from two port cities resumed talks on Tuesday.",
    "url_or_source": "https://news.example.org/r1",
    "category": "Politics",
}


def _lines(*items: object) -> bytes:
    return b"".join(
        (item if isinstance(item, bytes) else json.dumps(item).encode()) + b"\n" for item in items
    )


def test_records_become_articles_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(_lines(RECORD, {"id": "r2", "text": "Second story text."}))
    first, second = list(read_jsonl(path))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == RECORD["text"]
    assert first.published == "2021-05-04"
    assert first.url == "https://news.example.org/r1"
    assert first.metadata["category"] == "Politics"
    assert first.origin == f"{path}:1"
    assert second.id == "r2" and second.origin == f"{path}:2"


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(_lines(RECORD)))
    (article,) = list(read_jsonl(path))
    assert isinstance(article, Article) and article.id == "r1"


def test_a_broken_line_is_named_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(_lines(RECORD, b'{"id": "r2", "text": "cut off', b"", b"[1, 2]", RECORD))
    results = list(read_jsonl(path))
    assert [type(r).__name__ for r in results] == ["Article", "Skipped", "Skipped", "Article"]
    broken, not_object = results[1], results[2]
    assert isinstance(broken, Skipped) and broken.source == f"{path}:2"
    assert broken.reason.startswith("broken JSON line (")
    assert not_object == Skipped(f"{path}:4", "JSON line is not an object")


def test_records_without_usable_text_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(_lines(RECORD, {"id": "x"}, {"id": "y", "text": "   "}, {"text": 5}))
    results = list(read_jsonl(path))
    assert results[1:] == [
        Skipped(f"{path}:2", "record has no 'text' string"),
        Skipped(f"{path}:3", "record has empty 'text'"),
        Skipped(f"{path}:4", "record has no 'text' string"),
    ]


def test_a_latin1_line_is_decoded_not_dropped() -> None:
    line = '{"id": "l1", "text": "The café in Zürich reopened on Monday after repairs."}'
    (article,) = list(read_jsonl_lines([line.encode("latin-1")], "old.jsonl"))
    assert isinstance(article, Article)
    assert article.text == "The café in Zürich reopened on Monday after repairs."


def test_a_file_that_is_not_jsonl_is_skipped_once(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(f"plain line {n}\n" for n in range(500)))
    assert list(read_jsonl(path)) == [
        Skipped(str(path), "not a JSONL file (the first 10 lines are not JSON objects)")
    ]


def test_a_few_broken_lines_before_the_first_record_are_each_reported(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(_lines(b"oops", b"{nope", RECORD))
    results = list(read_jsonl(path))
    assert [r.source if isinstance(r, Skipped) else r.id for r in results] == [
        f"{path}:1",
        f"{path}:2",
        "r1",
    ]


def test_a_short_file_of_broken_lines_reports_each(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(_lines(b"oops", b"{nope"))
    assert [r.source for r in read_jsonl(path) if isinstance(r, Skipped)] == [
        f"{path}:1",
        f"{path}:2",
    ]


def test_a_truncated_gzip_keeps_what_was_read_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    whole = gzip.compress(_lines(*[dict(RECORD, id=f"r{n}") for n in range(200)]))
    path.write_bytes(whole[: len(whole) // 2])
    results = list(read_jsonl(path))
    assert any(isinstance(r, Article) for r in results)
    last = results[-1]
    assert isinstance(last, Skipped) and last.source == str(path)
    assert last.reason.startswith("corrupt gzip file")


def test_a_file_that_is_not_gzip_at_all_is_named(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(b"this is not gzip data at all\n")
    (result,) = list(read_jsonl(path))
    assert isinstance(result, Skipped) and result.source == str(path)
    assert result.reason.startswith("corrupt gzip file")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2004-11-13", "2004-11-13"),
        ("2020-02-02T10:30:00Z", "2020-02-02T10:30+00:00"),
        ("2019-05-04 12:00", "2019-05-04T12:00"),
        ("November 13, 2004", "2004-11-13"),
        ("13 Nov 2004 10:15 +0200", "2004-11-13T10:15+02:00"),
        ("2004", "2004"),
        ("2004-11", "2004-11"),
        ("March 2004", None),  # no day: not invented
        ("soon", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected
