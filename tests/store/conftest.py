"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when NEWSGRAPH_TEST_PG is set.

Each PostgreSQL test gets its own schema (dropped afterwards), so tests never
see each other's rows; ``.ci/postgres.sh`` starts a throwaway server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

PG_URL = os.environ.get("NEWSGRAPH_TEST_PG", "")


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgresql", marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="NEWSGRAPH_TEST_PG is not set"),
        ]),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "news.db")
        return
    yield from _pg_schema()


def _pg_schema() -> Iterator[str]:
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
