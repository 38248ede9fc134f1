"""Exports of the store: JSONL, CSV per table, GDELT-style TSV, GraphML/GEXF, Parquet.

:func:`export` is the one entry point (``newsgraph export --format F -o PATH``).
``jsonl``, ``gdelt`` (events, each once), ``gdelt-mentions`` (each event's
records, with offsets), ``graphml`` and ``gexf`` write one file; ``csv`` and
``parquet`` write a directory (one CSV per table; Parquet datasets
partitioned by publication month).
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from ..store.backends import Database
from .gdelt import GDELT_COLUMNS, MENTION_COLUMNS, write_gdelt, write_gdelt_mentions
from .graph import build_graph, write_graph
from .tables import TABLES, write_csv, write_jsonl, write_parquet

__all__ = [
    "EXPORT_FORMATS",
    "GDELT_COLUMNS",
    "MENTION_COLUMNS",
    "TABLES",
    "build_graph",
    "export",
    "write_csv",
    "write_gdelt",
    "write_gdelt_mentions",
    "write_graph",
    "write_jsonl",
    "write_parquet",
]

EXPORT_FORMATS = ("jsonl", "csv", "gdelt", "gdelt-mentions", "graphml", "gexf", "parquet")


def export(db: Database, fmt: str, path: Path) -> str:
    """Write the store to ``path`` in ``fmt``; return a one-line summary of what was written.

    The export is written beside ``path`` first and moved into place at the end,
    so a failed export (full disk, interruption) leaves no half-written file.

    Raises:
        ValueError: an unknown format.
        OSError: the path cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    partial = path.with_name(f".{path.name}.partial")
    _remove(partial)
    try:
        summary = _write(db, fmt, partial)
        _move_into_place(partial, path)
    finally:
        _remove(partial)
    return summary


def _write(db: Database, fmt: str, path: Path) -> str:
    if fmt == "jsonl":
        return f"{write_jsonl(db, path)} articles"
    if fmt == "gdelt":
        return f"{write_gdelt(db, path)} events"
    if fmt == "gdelt-mentions":
        return f"{write_gdelt_mentions(db, path)} event mentions"
    if fmt in ("graphml", "gexf"):
        nodes, edges = write_graph(db, path, fmt)
        return f"{nodes} actors, {edges} edges"
    counts = (write_csv if fmt == "csv" else write_parquet)(db, path)
    return ", ".join(f"{n} {table}" for table, n in counts.items())


def _move_into_place(partial: Path, path: Path) -> None:
    """Rename a finished export to ``path`` (a directory export replaces only its own files)."""
    if partial.is_dir() and path.is_dir():
        for child in sorted(partial.iterdir()):
            target = path / child.name
            _remove(target)
            child.rename(target)
        return
    if partial.is_dir() and path.exists():
        raise IsADirectoryError(errno.ENOTDIR, "not a directory", str(path))
    os.replace(partial, path)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
