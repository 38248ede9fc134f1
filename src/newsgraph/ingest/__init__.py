"""Readers: every kind of input to a stream of Articles (or Skipped records).

``read_sources`` is the one entry point: it takes paths, directories, ``-``
for stdin, and yields Articles in input order. Nothing here raises for a bad
input: it yields a :class:`~newsgraph.model.Skipped` naming the input and the
reason, and the run goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import WORDS_PER_MINUTE
from ..errors import InputError
from ..model import Article, Skipped
from .decode import decode_bytes
from .jsonl import read_jsonl, read_jsonl_lines
from .text import article_from_text, read_text_file

__all__ = ["read_path", "read_sources", "read_stdin"]

_JSONL = (".jsonl", ".jsonl.gz", ".ndjson")
_TEXT = (".txt", ".text", "")
_HIDDEN = (".", "_")


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(_JSONL):
        return "jsonl"
    if path.suffix.lower() in _TEXT or path.suffix.lower() in (".md",):
        return "text"
    return "unknown"


def read_path(
    path: Path, words_per_minute: int = WORDS_PER_MINUTE
) -> Iterator[Article | Skipped]:
    """Read one file or directory (directories are walked recursively, sorted)."""
    source = str(path)
    if not path.exists():
        yield Skipped(source, "no such file or directory")
        return
    if path.is_dir():
        yield from _read_directory(path, words_per_minute)
        return
    if not path.is_file():
        yield Skipped(source, "not a regular file")
        return
    try:
        kind = _kind(path)
        if kind == "jsonl":
            yield from read_jsonl(path, words_per_minute)
        else:
            yield read_text_file(path, words_per_minute)
    except InputError as exc:
        yield Skipped(exc.source or source, exc.message)
    except OSError as exc:
        yield Skipped(source, f"cannot read ({exc.strerror or exc})")


def _read_directory(root: Path, words_per_minute: int) -> Iterator[Article | Skipped]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).parts
        if any(part.startswith(_HIDDEN) for part in relative) or not path.is_file():
            continue
        yield from read_path(path, words_per_minute)


def read_stdin(
    stream: io.BufferedIOBase | None = None, words_per_minute: int = WORDS_PER_MINUTE
) -> Iterator[Article | Skipped]:
    """Read stdin: JSONL when the first non-blank byte is ``{``, else one text article."""
    handle = stream if stream is not None else sys.stdin.buffer
    data = handle.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl_lines(data.splitlines(), "<stdin>", words_per_minute)
        return
    try:
        text = decode_bytes(data, "<stdin>")
    except InputError as exc:
        yield Skipped(exc.source or "<stdin>", exc.message)
        return
    yield article_from_text(text, "stdin", "<stdin>", words_per_minute)


def read_sources(
    sources: Iterable[str], words_per_minute: int = WORDS_PER_MINUTE
) -> Iterator[Article | Skipped]:
    """Read every source in order: paths, directories, or ``-`` for stdin."""
    for source in sources:
        if source == "-":
            yield from read_stdin(words_per_minute=words_per_minute)
        else:
            yield from read_path(Path(source), words_per_minute)
