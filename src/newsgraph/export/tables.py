"""Dumps of the store: full JSONL, one CSV per table, Parquet partitioned by month.

Rows are streamed from the database in chunks, so memory stays flat whatever
the store size. The per-table column lists are :data:`TABLES` (the article
``text`` is included: the evidence offsets point into it).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..store.backends import Database

__all__ = ["TABLES", "iter_table", "write_csv", "write_jsonl", "write_parquet"]

#: Exported tables and their columns (``month`` is the article's publication month).
TABLES: dict[str, tuple[str, ...]] = {
    "articles": ("id", "doc_id", "content_hash", "title", "published", "day", "month", "url",
                 "source", "byline", "language", "reading_time_minutes", "origin",
                 "pipeline_version", "duplicate_of", "similarity", "ingested_at", "text"),
    "actors": ("id", "key", "name", "type", "country", "sector", "articles", "mentions",
               "first_seen", "last_seen"),
    "actor_aliases": ("actor_id", "alias"),
    "actor_titles": ("actor_id", "title", "qualifier", "first_seen", "last_seen", "articles"),
    "article_actors": ("article_id", "local_id", "actor_id", "name", "mentions", "start", "end",
                       "sentence"),
    "quotes": ("id", "article_id", "kind", "start", "end", "text", "speaker_id", "speaker_name",
               "cue", "cue_start", "cue_end", "medium", "utterance", "sentence_start",
               "sentence_end", "sentence", "day"),
    "events": ("id", "article_id", "type", "mode", "context", "cameo", "intensity", "actor_id",
               "recipient_id", "reported_by_id", "trigger_start", "trigger_end", "trigger",
               "sentence_start", "sentence_end", "sentence", "date", "date_precision",
               "date_source", "day", "location", "country", "intent", "place_kind", "latitude",
               "longitude", "geonameid", "actor_start", "actor_end", "recipient_start",
               "recipient_end", "sentence_number"),
    "relations": ("id", "article_id", "source_id", "target_id", "relation", "type", "start",
                  "end", "text", "sentence", "day"),
    "edges": ("source_id", "target_id", "type", "count", "first_date", "last_date",
              "intensity_sum", "intensity_n"),
    "skipped": ("source", "reason", "seen_at"),
}

#: Tables with an ``article_id``: Parquet partitions them by the article's month.
_BY_ARTICLE = ("quotes", "events", "relations", "article_actors")
_CHUNK = 5000


def _column(table: str, name: str) -> str:
    return f'{table}."{name}"'


def iter_table(db: Database, table: str, with_month: bool = False) -> Iterator[tuple[Any, ...]]:
    """Stream every row of ``table`` (columns as in :data:`TABLES`), in key order.

    ``with_month`` appends the publication month of the row's article.
    """
    columns = [_column(table, c) for c in TABLES[table]]
    join = ""
    if with_month and table in _BY_ARTICLE:
        columns.append("ar.month")
        join = f" LEFT JOIN articles ar ON ar.id = {table}.article_id"
    order = ", ".join(_column(table, c) for c in TABLES[table][:2])
    cursor = db.execute(f"SELECT {', '.join(columns)} FROM {table}{join} ORDER BY {order}")
    while True:
        rows = cursor.fetchmany(_CHUNK)
        if not rows:
            return
        yield from (tuple(r) for r in rows)


def write_jsonl(db: Database, path: Path) -> int:
    """One line per stored article: the analysis (extract's JSON) plus store links.

    Each line adds ``store_id``, ``duplicate_of`` and ``actor_ids`` (local actor
    id -> global actor id); duplicates carry their metadata and ``duplicate_of``
    only. Returns the number of lines.
    """
    count = 0
    with path.open("w", encoding="utf-8") as out:
        cursor = db.execute(
            "SELECT a.id, a.duplicate_of, a.text, an.json, a.doc_id, a.title, a.published, "
            "a.origin FROM articles a LEFT JOIN analyses an ON an.article_id = a.id ORDER BY a.id")
        while rows := cursor.fetchmany(500):
            for article_id, duplicate_of, text, payload, doc_id, title, published, origin in rows:
                record: dict[str, Any] = (json.loads(payload) if payload else
                                          {"id": doc_id, "title": title, "published": published,
                                           "origin": origin})
                record["text"] = text
                record["store_id"] = article_id
                record["duplicate_of"] = duplicate_of
                record["actor_ids"] = _actor_ids(db, article_id)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def _actor_ids(db: Database, article_id: int) -> dict[str, int]:
    return {str(r[0]): int(r[1]) for r in db.fetchall(
        "SELECT local_id, actor_id FROM article_actors WHERE article_id = ?", (article_id,))}


def write_csv(db: Database, directory: Path) -> dict[str, int]:
    """One ``<table>.csv`` per table (header row, RFC 4180 quoting); returns row counts."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, columns in TABLES.items():
        with (directory / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            n = 0
            for row in iter_table(db, table):
                writer.writerow(row)
                n += 1
        counts[table] = n
    return counts


_INTS = {"id", "article_id", "actor_id", "source_id", "target_id", "speaker_id",
         "recipient_id", "reported_by_id", "duplicate_of", "reading_time_minutes", "articles",
         "mentions", "start", "end", "cue_start", "cue_end", "utterance", "sentence_start",
         "sentence_end", "trigger_start", "trigger_end", "intent", "count", "intensity_n",
         "geonameid", "actor_start", "actor_end", "recipient_start", "recipient_end",
         "sentence_number"}
_FLOATS = {"intensity", "similarity", "intensity_sum", "latitude", "longitude"}


def _schema(names: list[str]) -> Any:
    """Arrow types by column name (ids and offsets int64, scores float64, the rest text)."""
    import pyarrow as pa

    return pa.schema([pa.field(n, pa.int64() if n in _INTS else
                               pa.float64() if n in _FLOATS else pa.string()) for n in names])


def _batches(db: Database, table: str, names: list[str], schema: Any,
             partitioned: bool) -> Iterator[Any]:
    import pyarrow as pa

    chunk: list[dict[str, Any]] = []
    for row in iter_table(db, table, with_month=table in _BY_ARTICLE):
        record = dict(zip(names, row, strict=True))
        if partitioned and not record["month"]:
            record["month"] = "unknown"
        chunk.append(record)
        if len(chunk) >= _CHUNK:
            yield pa.RecordBatch.from_pylist(chunk, schema=schema)
            chunk = []
    if chunk:
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)


def write_parquet(db: Database, directory: Path) -> dict[str, int]:
    """Parquet: per-article tables as ``<table>/month=YYYY-MM/*.parquet``; others whole.

    ``articles`` and the tables with an ``article_id`` are partitioned (hive
    style) by the article's publication month; rows of an undated article go to
    ``month=unknown``. Streams in batches; returns row counts per table.
    """
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, columns in TABLES.items():
        partitioned = table in _BY_ARTICLE or "month" in columns
        names = [*columns, "month"] if table in _BY_ARTICLE else list(columns)
        schema = _schema(names)
        counts[table] = 0

        def counted(batches: Iterator[Any], table: str = table) -> Iterator[Any]:
            for batch in batches:
                counts[table] += batch.num_rows
                yield batch

        batches = counted(_batches(db, table, names, schema, partitioned))
        if partitioned:
            ds.write_dataset(batches, directory / table, schema=schema, format="parquet",
                             partitioning=["month"], partitioning_flavor="hive",
                             existing_data_behavior="delete_matching")
        else:
            with pq.ParquetWriter(directory / f"{table}.parquet", schema) as writer:
                for batch in batches:
                    writer.write_batch(batch)
    return counts
