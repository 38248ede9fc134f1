"""The Store: the one place newsgraph writes state, over SQLite or PostgreSQL.

Open with :func:`open_store` (a path or URL); the schema is created or
upgraded on open. :meth:`Store.add` stores one analysis in one transaction;
:meth:`Store.replace` swaps an article's analysis for a newer one. Reads live
in :mod:`newsgraph.store.queries` and take ``store.db``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from ..model import Analysis, Article, Skipped
from .backends import Database, connect
from .dedup import Signature, content_hash, sign
from .schema import migrate
from .writer import (
    delete_records,
    find_duplicate,
    insert_article,
    refresh_aggregates,
    write_records,
)

__all__ = ["Outcome", "Store", "open_store"]

#: Articles in flight between the duplicate check and storing (a few batches).
_SIGNATURE_CACHE = 1024


@dataclass(frozen=True, slots=True)
class Outcome:
    """What storing one article did.

    ``status`` is ``added``, ``unchanged`` (same content hash already stored) or
    ``duplicate`` (linked to ``original`` with containment ``similarity``).
    """

    status: str
    article_id: int
    original: int | None = None
    similarity: float | None = None


class Store:
    """A migrated database plus the write operations of an ingest run."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # Signatures computed by add_duplicate() for articles now being analyzed,
        # so add() does not sign the same text twice (bounded: see _signature).
        self._signatures: dict[str, Signature] = {}
        self._holds_articles = False  # set once an article is seen in the store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    @property
    def source(self) -> str:
        """The database path or URL (password masked), for messages."""
        return self.db.source

    def check_writable(self) -> None:
        """Take and release the write lock, so a read-only or locked database fails now.

        Raises:
            ReadOnlyDatabaseError, DatabaseLockedError: (StoreError subclasses).
        """
        with self.db.guard(), self.db.transaction():
            # A write that changes nothing: read-only databases refuse it all the same.
            self.db.execute("DELETE FROM skipped WHERE 1 = 0")

    # ------------------------------------------------------------------ look-ups

    def known(self, article: Article) -> int | None:
        """The id of the stored article with the same content hash, or None."""
        with self.db.guard():
            value = self.db.scalar("SELECT id FROM articles WHERE content_hash = ?",
                                   (content_hash(article.text),))
        return int(value) if value is not None else None

    def near_duplicate(self, article: Article) -> tuple[int, float] | None:
        """The stored original ``article`` nearly duplicates, with the similarity, or None."""
        with self.db.guard():
            return find_duplicate(self.db, sign(article.text))

    # ------------------------------------------------------------------ writes

    def add(self, analysis: Analysis) -> Outcome:
        """Store one analysis in one transaction (exact repeats and near-duplicates aside).

        Raises:
            StoreError: (subclasses) the database refused the write; nothing of
                this article was stored.
        """
        return self._add(analysis.article, analysis)

    def add_duplicate(self, article: Article) -> Outcome:
        """Store an article only if it is an exact or near duplicate (no analysis needed).

        Returns the outcome, or status ``new`` (id 0) when it must be analyzed.
        While the store holds no article there is nothing to compare with: the
        article is ``new`` without being signed (its signature is computed when
        it is stored, and :meth:`add` still links it if an article stored in
        the meantime is its original). A first ingest thus starts analyzing
        without waiting for the MinHash library to load.
        """
        if not self._holds_articles:
            with self.db.guard():
                self._holds_articles = self.db.scalar("SELECT 1 FROM articles LIMIT 1") is not None
            if not self._holds_articles:
                return Outcome("new", 0)
        return self._add(article, None)

    def _signature(self, digest: str, text: str, keep: bool) -> Signature:
        signature = self._signatures.pop(digest, None) or sign(text)
        if keep:
            if len(self._signatures) >= _SIGNATURE_CACHE:
                self._signatures.pop(next(iter(self._signatures)))
            self._signatures[digest] = signature
        return signature

    def _add(self, article: Article, analysis: Analysis | None) -> Outcome:
        digest = content_hash(article.text)
        signature = self._signature(digest, article.text, keep=analysis is None)
        with self.db.guard(), self.db.transaction():
            existing = self.db.scalar("SELECT id FROM articles WHERE content_hash = ?", (digest,))
            if existing is not None:
                return Outcome("unchanged", int(existing))
            duplicate = find_duplicate(self.db, signature)
            if duplicate is not None:
                original, score = duplicate
                row_id = insert_article(self.db, article, digest, signature,
                                        pipeline_version=None, duplicate_of=original,
                                        similarity=score)
                return Outcome("duplicate", row_id, original, score)
            if analysis is None:
                return Outcome("new", 0)
            row_id = insert_article(self.db, article, digest, signature,
                                    pipeline_version=analysis.pipeline_version)
            write_records(self.db, row_id, analysis)
            self.db.execute("DELETE FROM skipped WHERE source = ?", (article.origin or article.id,))
            return Outcome("added", row_id)

    def replace(self, article_id: int, analysis: Analysis) -> None:
        """Swap the stored analysis of ``article_id`` for ``analysis`` (one transaction)."""
        with self.db.guard(), self.db.transaction():
            affected = delete_records(self.db, article_id)
            refresh_aggregates(self.db, affected)
            write_records(self.db, article_id, analysis)
            self.db.execute("UPDATE articles SET pipeline_version = ? WHERE id = ?",
                            (analysis.pipeline_version, article_id))

    def record_skipped(self, skipped: Skipped) -> None:
        """Remember an input that could not be analyzed, with its reason."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db.guard(), self.db.transaction():
            self.db.execute(
                "INSERT INTO skipped(source, reason, seen_at) VALUES (?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET reason = excluded.reason, "
                "seen_at = excluded.seen_at", (skipped.source, skipped.reason, now))

    # ------------------------------------------------------------------ re-analysis

    def outdated(self, version: str, everything: bool = False) -> Iterator[tuple[int, Article]]:
        """Stored originals analyzed by another pipeline version (all with ``everything``)."""
        sql = ("SELECT id FROM articles WHERE duplicate_of IS NULL"
               + ("" if everything else " AND (pipeline_version IS NULL OR pipeline_version <> ?)")
               + " ORDER BY id")
        with self.db.guard():
            ids = [int(r[0]) for r in self.db.fetchall(sql, () if everything else (version,))]
        for article_id in ids:
            article = self.article(article_id)
            if article is not None:
                yield article_id, article

    def article(self, article_id: int) -> Article | None:
        """Rebuild the stored Article ``article_id`` (None when absent)."""
        with self.db.guard():
            row = self.db.fetchone(
                "SELECT doc_id, text, title, published, url, source, byline, language, "
                "reading_time_minutes, origin, metadata FROM articles WHERE id = ?", (article_id,))
        if row is None:
            return None
        metadata: dict[str, Any] = json.loads(row[10] or "{}")
        return Article(id=row[0], text=row[1], title=row[2], published=row[3], url=row[4],
                       source=row[5], byline=row[6], language=row[7],
                       reading_time_minutes=row[8], origin=row[9] or "", metadata=metadata)


def open_store(url: str, *, create: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``url``.

    Args:
        url: a file path, ``sqlite:///path[?mode=ro]`` or ``postgresql://...``.
        create: create a missing SQLite file (ingest); queries pass False.

    Raises:
        StoreError: (subclasses) bad URL, unreachable server, not a database,
            a newer schema, a read-only or locked database.
    """
    db = connect(url, create=create)
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return Store(db)
