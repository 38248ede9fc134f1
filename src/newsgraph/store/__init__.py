"""The store: schema and migrations, SQLite (default) or PostgreSQL, writes and queries.

``open_store(url)`` returns a :class:`Store`; the schema is created or upgraded
on open (migrations are recorded in the database). Writes go through
:class:`Store` (one transaction per article); reads through
:mod:`newsgraph.store.queries`, which take ``store.db``.
"""

from __future__ import annotations

from .backends import Database, connect
from .errors import (
    BadDatabaseURLError,
    DatabaseLockedError,
    DatabaseNotFoundError,
    DatabaseUnavailableError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    RecordError,
    StoreError,
)
from .schema import LATEST
from .store import Outcome, Store, open_store

__all__ = [
    "LATEST",
    "BadDatabaseURLError",
    "Database",
    "DatabaseLockedError",
    "DatabaseNotFoundError",
    "DatabaseUnavailableError",
    "DiskFullError",
    "NewerSchemaError",
    "NotADatabaseError",
    "Outcome",
    "ReadOnlyDatabaseError",
    "RecordError",
    "Store",
    "StoreError",
    "connect",
    "open_store",
]
