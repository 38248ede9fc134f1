"""The two database backends behind one small interface: SQLite and PostgreSQL.

:class:`Database` is all the rest of the store sees: ``execute``/``fetchall``/
``executemany`` with ``?`` placeholders (rewritten to ``%s`` for psycopg), a
``transaction()`` context manager, and ``dialect``. Driver exceptions are turned
into the :mod:`newsgraph.store.errors` classes in one place, :meth:`Database.guard`.
"""

from __future__ import annotations

import os
import re
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from .errors import (
    BadDatabaseURLError,
    DatabaseLockedError,
    DatabaseNotFoundError,
    DatabaseUnavailableError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    RecordError,
    StoreError,
)

__all__ = ["Database", "PostgresDatabase", "SqliteDatabase", "connect", "display_url"]

#: Seconds an SQLite writer waits for another writer before DatabaseLockedError.
#: WAL lets readers run during ingest, so only two concurrent ingests contend.
BUSY_TIMEOUT_S = 5.0

#: Seconds a PostgreSQL writer waits for a row or table lock (DatabaseLockedError).
LOCK_TIMEOUT_S = 30.0

#: Seconds to wait for a PostgreSQL server before saying it is unavailable.
CONNECT_TIMEOUT_S = 5

Params = Sequence[Any]


def display_url(url: str) -> str:
    """The URL with its password masked, fit for an error line."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class Database(ABC):
    """A connection to one store database (subclasses: one per backend)."""

    dialect: str = ""

    def __init__(self, source: str) -> None:
        self.source = source

    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> Any:
        """Run one statement with ``?`` placeholders; return the driver cursor."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for every parameter row."""

    @abstractmethod
    def transaction(self) -> Any:
        """Context manager: everything inside commits together or not at all."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection (idempotent)."""

    @abstractmethod
    def translate(self, exc: Exception) -> StoreError | None:
        """The StoreError for a driver exception, or None when it is not a driver error."""

    def fetchall(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Run a query and return every row."""
        return list(self.execute(sql, params).fetchall())

    def fetchone(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        """Run a query and return its first row, or None."""
        row = self.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """Run a query and return the first column of its first row (None when empty)."""
        row = self.fetchone(sql, params)
        return row[0] if row else None

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn driver exceptions raised inside into one clear StoreError."""
        try:
            yield
        except StoreError:
            raise
        except UnicodeEncodeError as exc:  # a lone surrogate cannot be stored as UTF-8
            raise RecordError(f"the text is not valid Unicode ({exc.reason} at {exc.start})",
                              self.source) from None
        except Exception as exc:
            error = self.translate(exc)
            if error is None:
                raise
            raise error from None


# --------------------------------------------------------------------------- SQLite


class SqliteDatabase(Database):
    """SQLite in WAL mode with autocommit outside explicit transactions."""

    dialect = "sqlite"

    def __init__(self, path: str, *, create: bool, read_only: bool = False) -> None:
        super().__init__(path)
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._depth = 0
        if path != ":memory:":
            _check_sqlite_path(Path(path), create=create and not read_only)
            # A file we may not write is opened read-only: queries still work and a
            # write fails with one clear ReadOnlyDatabaseError.
            read_only = read_only or (Path(path).exists() and not os.access(path, os.W_OK))
        uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
        with self.guard():
            self._conn = sqlite3.connect(
                uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                check_same_thread=False,
            )
            # Reading a page proves the file is a database before we touch the journal.
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not read_only:
                self._conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a process kill (only an OS crash can lose
            # the last commits), which is the interruption guarantee we give.
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            # Checkpoint every 10,000 WAL pages (40 MB) instead of 1,000: the index pages
            # every article touches are copied back far less often (commits 30% cheaper).
            self._conn.execute("PRAGMA wal_autocheckpoint=10000")

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection (StoreError once closed)."""
        if self._conn is None:
            raise StoreError("the database is closed", self.source)
        return self._conn

    def execute(self, sql: str, params: Params = ()) -> Any:
        """Run one statement (``?`` placeholders)."""
        return self.conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for every row."""
        if rows:
            self.conn.executemany(sql, [tuple(r) for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with self.guard():
            # IMMEDIATE takes the write lock up front, so a locked database fails
            # here, before any work, instead of half-way through an article.
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def translate(self, exc: Exception) -> StoreError | None:
        """Map sqlite3 errors to StoreErrors by their (stable) message."""
        if not isinstance(exc, sqlite3.Error):
            return None
        if isinstance(exc, sqlite3.IntegrityError | sqlite3.DataError):
            return RecordError(f"a record was refused ({exc})", self.source)
        text = str(exc).lower()
        for needle, cls, message in _SQLITE_ERRORS:
            if needle in text:
                return cls(message, self.source)
        return StoreError(f"database error ({exc})", self.source)


_SQLITE_ERRORS: tuple[tuple[str, type[StoreError], str], ...] = (
    ("locked", DatabaseLockedError, "the database is locked by another process"),
    ("busy", DatabaseLockedError, "the database is locked by another process"),
    ("readonly", ReadOnlyDatabaseError, "the database is read-only"),
    ("read-only", ReadOnlyDatabaseError, "the database is read-only"),
    ("disk is full", DiskFullError, "the disk is full (the article in flight was not stored)"),
    ("not a database", NotADatabaseError, "not an SQLite database"),
    ("malformed", NotADatabaseError, "the database file is corrupt"),
    ("unable to open", StoreError, "cannot open the database file"),
    ("disk i/o error", StoreError, "disk I/O error"),
)


def _check_sqlite_path(path: Path, *, create: bool) -> None:
    """Fail early, in words, for paths SQLite would reject with a vague message."""
    if path.is_dir():
        raise NotADatabaseError("is a directory, not a database file", str(path))
    if not path.exists():
        if not create:
            raise DatabaseNotFoundError(
                "no such database (run `newsgraph ingest` first)", str(path)
            )
        if not path.parent.is_dir():
            raise StoreError("the directory does not exist", str(path))


# --------------------------------------------------------------------------- PostgreSQL

_PLACEHOLDER = re.compile(r"\?")


class PostgresDatabase(Database):
    """PostgreSQL through psycopg 3, autocommit outside explicit transactions."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        super().__init__(display_url(url))
        import psycopg

        self._psycopg = psycopg
        self._tx: Any = None
        with self.guard():
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
            # Like SQLite's busy timeout: a writer blocked this long is "locked".
            self._conn.execute(f"SET lock_timeout = '{int(LOCK_TIMEOUT_S * 1000)}ms'")

    def execute(self, sql: str, params: Params = ()) -> Any:
        """Run one statement (``?`` rewritten to ``%s``)."""
        return self._conn.execute(_PLACEHOLDER.sub("%s", sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for every row (psycopg batches them in a pipeline)."""
        if rows:
            with self._conn.cursor() as cur:
                cur.executemany(_PLACEHOLDER.sub("%s", sql), [tuple(r) for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One server transaction (nested uses become savepoints)."""
        with self.guard(), self._conn.transaction():
            yield

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def translate(self, exc: Exception) -> StoreError | None:
        """Map psycopg errors to StoreErrors by SQLSTATE class."""
        errors = self._psycopg.errors
        if not isinstance(exc, self._psycopg.Error):
            return None
        first = str(exc).strip().split("\n", 1)[0]
        if isinstance(exc, self._psycopg.DataError | self._psycopg.IntegrityError):
            return RecordError(f"a record was refused ({first})", self.source)
        if isinstance(exc, errors.DiskFull):
            return DiskFullError("the server's disk is full (nothing was stored)", self.source)
        if isinstance(exc, errors.ReadOnlySqlTransaction | errors.InsufficientPrivilege):
            return ReadOnlyDatabaseError(f"the database refuses writes ({first})", self.source)
        if isinstance(exc, errors.LockNotAvailable):
            return DatabaseLockedError("the database is locked by another process", self.source)
        if isinstance(exc, self._psycopg.OperationalError):
            return DatabaseUnavailableError(f"cannot reach the PostgreSQL server ({first})",
                                            self.source)
        return StoreError(f"database error ({first})", self.source)


# --------------------------------------------------------------------------- URLs


def connect(url: str, *, create: bool = True) -> Database:
    """Open the database named by ``url``.

    ``url`` is a file path (``news.db``), ``sqlite:///path`` (``?mode=ro`` opens
    it read-only), ``:memory:``, or ``postgresql://user:pass@host:port/db``.
    ``create=False`` refuses to create a missing SQLite file (query commands).

    Raises:
        BadDatabaseURLError: an unknown scheme or a malformed URL.
        StoreError: (subclasses) the database cannot be opened.
    """
    url = url.strip()
    if not url:
        raise BadDatabaseURLError("empty database URL", url)
    scheme = url.split(":", 1)[0].lower() if "://" in url else ""
    if scheme in ("postgresql", "postgres"):
        parts = urlsplit(url)
        if not parts.path.strip("/"):
            raise BadDatabaseURLError("the URL names no database", display_url(url))
        return PostgresDatabase(url)
    if scheme == "sqlite":
        return _connect_sqlite_url(url, create)
    if scheme:
        raise BadDatabaseURLError(
            f"unknown database URL scheme {scheme!r} (use a file path, sqlite:/// or "
            "postgresql://)", display_url(url)
        )
    return SqliteDatabase(url, create=create)


def _connect_sqlite_url(url: str, create: bool) -> SqliteDatabase:
    parts = urlsplit(url)
    if parts.netloc:
        raise BadDatabaseURLError("an sqlite URL has no host (use sqlite:///path)", url)
    path = parts.path[1:] if parts.path.startswith("/") else parts.path
    if not path:
        raise BadDatabaseURLError("the URL names no database file", url)
    mode = parse_qs(parts.query).get("mode", ["rwc"])[0]
    if mode not in ("ro", "rw", "rwc"):
        raise BadDatabaseURLError(f"unknown sqlite mode {mode!r} (ro, rw or rwc)", url)
    return SqliteDatabase(path, create=create and mode == "rwc", read_only=mode == "ro")
