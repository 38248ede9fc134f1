"""Query results on the terminal or in a pipe: rich tables, JSON or CSV.

Rows are the dicts of :mod:`newsgraph.store.queries`. JSON and CSV always
carry the ``evidence`` column; tables show it only when asked (``--evidence``),
since a sentence per row makes a wide table hard to read.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

__all__ = ["FORMATS", "render_rows", "render_table", "to_json"]

FORMATS = ("table", "json", "csv")
_NUMERIC = {"id", "count", "articles", "mentions", "duplicates", "intensity", "mean_intensity"}
_PIPE_WIDTH = 160


def to_json(payload: Any) -> str:
    """Pretty JSON (UTF-8 kept, keys in insertion order)."""
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None,
                 out: TextIO) -> None:
    """Print ``rows`` as a rich table (only ``columns``)."""
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold",
                         justify="right" if column in _NUMERIC else "left")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    # A pipe gets a wide table (rich would squeeze it into 80 columns).
    width = None if out.isatty() else _PIPE_WIDTH
    Console(file=out, width=width, soft_wrap=False).print(table)


def render_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, *,
                title: str | None = None, evidence: bool = False,
                out: TextIO | None = None) -> None:
    """Write ``rows`` to ``out`` (stdout) as ``table``, ``json`` or ``csv``.

    ``columns`` are the table/CSV columns; ``evidence`` adds the evidence
    column to a table (JSON keeps every key of every row; CSV adds evidence).
    """
    out = out or sys.stdout
    if fmt == "json":
        out.write(to_json(list(rows)) + "\n")
        return
    shown = [*columns, "evidence"] if (evidence or fmt == "csv") else list(columns)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(shown)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in shown])
        return
    render_table(rows, shown, title, out)
