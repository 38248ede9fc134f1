"""Store failures: one small class per way a database can refuse us.

Each is a :class:`~newsgraph.errors.StoreError` (exit code 1) whose ``source``
is the database path or URL (with any password masked), so the CLI prints one
line such as ``newsgraph: error: news.db: the database is locked by another
process``.
"""

from __future__ import annotations

from ..errors import StoreError

__all__ = [
    "BadDatabaseURLError",
    "DatabaseLockedError",
    "DatabaseNotFoundError",
    "DatabaseUnavailableError",
    "DiskFullError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReadOnlyDatabaseError",
    "RecordError",
    "StoreError",
]


class BadDatabaseURLError(StoreError):
    """``--db`` is neither a file path nor a ``sqlite:``/``postgresql:`` URL we can use."""


class DatabaseNotFoundError(StoreError):
    """A query named a database file that does not exist (nothing was ingested yet)."""


class NotADatabaseError(StoreError):
    """The file exists but is not an SQLite database (or is corrupt)."""


class DatabaseLockedError(StoreError):
    """Another process holds the write lock longer than the busy timeout."""


class ReadOnlyDatabaseError(StoreError):
    """The database (file, directory or server role) refuses writes."""


class DiskFullError(StoreError):
    """The disk (or the database's size limit) is full; the article in flight was rolled back."""


class NewerSchemaError(StoreError):
    """The database was written by a newer newsgraph (its schema version is unknown to us)."""


class DatabaseUnavailableError(StoreError):
    """The PostgreSQL server is down, unreachable or refused the login."""


class RecordError(StoreError):
    """One article's records were refused (a bad value, e.g. text the database cannot hold).

    Unlike the others this concerns one input, not the database: ingest records
    the article as skipped with the reason and goes on.
    """
