"""Readers: every kind of input to a stream of Articles (or Skipped records).

``read_sources`` is the one entry point: it takes paths (plain text, HTML,
RSS/Atom feeds, JSONL and JSONL.gz), directories (walked recursively, each
file read by its kind), ``http(s)://`` URLs (a page or a feed) and ``-`` for
stdin, and yields Articles in input order. Nothing here raises for a bad
input: it yields a :class:`~newsgraph.model.Skipped` naming the input and the
reason, and the run goes on. Non-English articles come out as Skipped with
the detected language (the pipeline is English-only).

Everything streams: JSONL is read line by line, directories entry by entry,
feed items through a bounded window of concurrent fetches.
"""

from __future__ import annotations

import io
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..config import WORDS_PER_MINUTE
from ..errors import InputError
from ..model import Article, Skipped
from .decode import decode_bytes
from .feeds import looks_like_feed, read_feed
from .html import article_from_html, looks_like_html
from .http import Fetcher, FetchError, FetchOptions, is_url
from .jsonl import read_jsonl, read_jsonl_lines
from .language import check_english
from .text import article_from_text

__all__ = ["FetchOptions", "read_path", "read_sources", "read_stdin", "read_url"]

_SUFFIX_KINDS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
}
_HIDDEN = (".", "_")
_HEAD = 2048  # bytes read to sniff a file's kind


class _Context:
    """What the readers of one run share: settings and a lazily opened Fetcher."""

    def __init__(self, words_per_minute: int, options: FetchOptions | None) -> None:
        self.words_per_minute = words_per_minute
        self.options = options or FetchOptions()
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def _kind_of_name(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    return _SUFFIX_KINDS.get(path.suffix.lower())


def _sniff(head: bytes) -> str:
    """The kind of an input from its first bytes (for unknown suffixes, URLs, stdin)."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if looks_like_html(start):
        return "html"
    if start[:1] == b"<" and looks_like_feed(start):
        return "feed"
    if start[:1] == b"{":
        return "jsonl"
    return "text"


def _read_bytes(
    data: bytes,
    source: str,
    kind: str,
    ctx: _Context,
    *,
    article_id: str,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Article | Skipped]:
    """Read a whole input held in memory (a file, a fetched body, stdin)."""
    wpm = ctx.words_per_minute
    if kind == "feed":
        yield from read_feed(data, source, ctx.fetcher, wpm)
    elif kind == "jsonl":
        yield from read_jsonl_lines(io.BytesIO(data), source, wpm)
    else:
        try:
            if kind == "html":
                yield article_from_html(
                    data,
                    source,
                    url=url,
                    charset=charset,
                    # A fetched page is known by its canonical URL; a file by its name.
                    article_id=None if url else article_id,
                    words_per_minute=wpm,
                )
            else:
                text = decode_bytes(data, source, charset)
                yield article_from_text(text, article_id, source, wpm)
        except InputError as exc:
            yield Skipped(exc.source or source, exc.message)


def _read_file(path: Path, ctx: _Context) -> Iterator[Article | Skipped]:
    source = str(path)
    kind = _kind_of_name(path)
    if kind == "jsonl":
        yield from read_jsonl(path, ctx.words_per_minute)
        return
    cap = ctx.options.max_bytes
    with path.open("rb") as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        yield Skipped(source, f"file too large (over {cap:,} bytes)")
        return
    yield from _read_bytes(data, source, kind or _sniff(data[:_HEAD]), ctx, article_id=path.stem)


def _read_path(path: Path, ctx: _Context) -> Iterator[Article | Skipped]:
    source = str(path)
    if not path.exists():
        yield Skipped(source, "no such file or directory")
    elif path.is_dir():
        yield from _read_directory(path, ctx)
    elif not path.is_file():
        yield Skipped(source, "not a regular file")
    else:
        try:
            yield from _read_file(path, ctx)
        except OSError as exc:
            yield Skipped(source, f"cannot read ({exc.strerror or exc})")


def _read_directory(root: Path, ctx: _Context) -> Iterator[Article | Skipped]:
    """Walk ``root`` depth-first in name order, one directory listing in memory at a time.

    Hidden entries (``.git``, ``_drafts``) are skipped and symlinked
    directories are not followed (they can loop).
    """
    try:
        with os.scandir(root) as listing:
            entries = sorted(
                (e for e in listing if not e.name.startswith(_HIDDEN)), key=lambda e: e.name
            )
    except OSError as exc:
        yield Skipped(str(root), f"cannot list directory ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _read_directory(Path(entry.path), ctx)
        elif entry.is_file():
            yield from _read_path(Path(entry.path), ctx)


def _read_url(url: str, ctx: _Context) -> Iterator[Article | Skipped]:
    try:
        page = ctx.fetcher.fetch(url)
    except FetchError as exc:
        yield Skipped(exc.source or url, exc.message)
        return
    kind = _kind_of_media(page.media_type) or _sniff(page.body[:_HEAD])
    yield from _read_bytes(
        page.body,
        url,
        kind,
        ctx,
        article_id=page.final_url,
        url=page.final_url,
        charset=page.charset,
    )


def _kind_of_media(media_type: str) -> str | None:
    if media_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if media_type.endswith(("rss+xml", "atom+xml", "rdf+xml")):
        return "feed"
    if media_type in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return "jsonl"
    return None  # text/plain, text/xml, octet-stream...: look at the bytes


def _read_stdin(stream: IO[bytes], ctx: _Context) -> Iterator[Article | Skipped]:
    """JSONL is streamed line by line; any other kind is read whole."""
    head: list[bytes] = []  # leading blank lines are kept so line numbers stay right
    for line in stream:
        head.append(line)
        if line.strip():
            break
    first = head[-1] if head else b""
    if first.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{":
        lines = itertools.chain(head, stream)
        yield from read_jsonl_lines(lines, "<stdin>", ctx.words_per_minute)
        return
    data = b"".join(head) + stream.read()
    yield from _read_bytes(data, "<stdin>", _sniff(data[:_HEAD]), ctx, article_id="stdin")


def _english_only(items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
    for item in items:
        yield check_english(item) if isinstance(item, Article) else item


def _read_one(source: str, ctx: _Context) -> Iterator[Article | Skipped]:
    if not source.strip():
        # Path("") is the current directory: never read it by accident.
        return iter([Skipped(repr(source), "empty source name")])
    if source == "-":
        return _read_stdin(sys.stdin.buffer, ctx)
    if is_url(source):
        return _read_url(source, ctx)
    return _read_path(Path(source), ctx)


def read_sources(
    sources: Iterable[str],
    words_per_minute: int = WORDS_PER_MINUTE,
    fetch_options: FetchOptions | None = None,
) -> Iterator[Article | Skipped]:
    """Read every source in order, keeping English articles.

    Args:
        sources: paths, directories, ``http(s)://`` URLs, or ``-`` for stdin.
        words_per_minute: reading rate for computed reading times.
        fetch_options: how to fetch URLs and feed items (default: polite defaults).

    Yields:
        Articles, and Skipped records for inputs that could not be read or are
        not in English (with the detected language).
    """
    ctx = _Context(words_per_minute, fetch_options)
    try:
        for source in sources:
            yield from _english_only(_read_one(source, ctx))
    finally:
        ctx.close()


def read_path(
    path: Path,
    words_per_minute: int = WORDS_PER_MINUTE,
    fetch_options: FetchOptions | None = None,
) -> Iterator[Article | Skipped]:
    """Read one file or directory (no language filter; see :func:`read_sources`)."""
    ctx = _Context(words_per_minute, fetch_options)
    try:
        yield from _read_path(path, ctx)
    finally:
        ctx.close()


def read_url(
    url: str,
    words_per_minute: int = WORDS_PER_MINUTE,
    fetch_options: FetchOptions | None = None,
) -> Iterator[Article | Skipped]:
    """Read one URL: an HTML page or a feed (no language filter)."""
    ctx = _Context(words_per_minute, fetch_options)
    try:
        yield from _read_url(url, ctx)
    finally:
        ctx.close()


def read_stdin(
    stream: IO[bytes] | None = None,
    words_per_minute: int = WORDS_PER_MINUTE,
    fetch_options: FetchOptions | None = None,
) -> Iterator[Article | Skipped]:
    """Read stdin (or ``stream``): JSONL, HTML, a feed or plain text, by its first bytes."""
    ctx = _Context(words_per_minute, fetch_options)
    try:
        yield from _read_stdin(stream if stream is not None else sys.stdin.buffer, ctx)
    finally:
        ctx.close()
