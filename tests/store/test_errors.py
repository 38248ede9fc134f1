"""Bad databases: one clear line, exit code 1, nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import (
    BadDatabaseURLError,
    DatabaseLockedError,
    DiskFullError,
    NewerSchemaError,
    ReadOnlyDatabaseError,
    open_store,
    queries,
)
from newsgraph.store.backends import connect, display_url
from newsgraph.store.schema import LATEST, MIGRATIONS, applied_versions, migrate

from .builders import babble, build
from .conftest import PG_URL, _pg_schema
from .test_store import first_article, second_article


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _filled(path: Path) -> Path:
    with open_store(str(path)) as store:
        store.add(first_article())
    return path


def test_unknown_url_scheme() -> None:
    code, out, err = _run("stats", "--db", "mysql://u@h/news")
    assert (code, out) == (1, "")
    assert err == ("newsgraph: error: mysql://u@h/news: unknown database URL scheme 'mysql' "
                   "(use a file path, sqlite:/// or postgresql://)\n")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://u@localhost", "the URL names no database"),
        ("sqlite://host/x.db", "an sqlite URL has no host (use sqlite:///path)"),
        ("sqlite:///x.db?mode=rx", "unknown sqlite mode 'rx' (ro, rw or rwc)"),
        ("   ", "empty database URL"),
    ],
)
def test_malformed_urls(url: str, message: str) -> None:
    with pytest.raises(BadDatabaseURLError) as caught:
        connect(url)
    assert caught.value.message == message


def test_passwords_never_reach_an_error_line() -> None:
    assert display_url("postgresql://ann:s3cret@db.example/news") == (
        "postgresql://ann:***@db.example/news")
    code, _, err = _run("stats", "--db", "postgresql://ann:s3cret@127.0.0.1:1/news")
    assert code == 1
    assert err.startswith("newsgraph: error: postgresql://ann:***@127.0.0.1:1/news: "
                          "cannot reach the PostgreSQL server (")
    assert "s3cret" not in err and err.count("\n") == 1


def test_a_query_on_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    code, _, err = _run("stats", "--db", str(missing))
    assert code == 1
    assert err == f"newsgraph: error: {missing}: no such database (run `newsgraph ingest` first)\n"
    assert not missing.exists()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list: bread, eggs\n" * 50)
    code, _, err = _run("stats", "--db", str(junk))
    assert code == 1
    assert err == f"newsgraph: error: {junk}: not an SQLite database\n"


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    code, _, err = _run("stats", "--db", str(tmp_path))
    assert code == 1
    assert err == f"newsgraph: error: {tmp_path}: is a directory, not a database file\n"


def test_a_locked_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.store.backends as backends

    path = _filled(tmp_path / "news.db")
    monkeypatch.setattr(backends, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with open_store(str(path)) as store, pytest.raises(DatabaseLockedError) as caught:
            store.add(second_article())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(caught.value) == f"{path}: the database is locked by another process"
    with open_store(str(path)) as store:
        assert queries.stats(store.db)["articles"] == 1


def test_a_read_only_database(tmp_path: Path) -> None:
    path = _filled(tmp_path / "news.db")
    with open_store(f"sqlite:///{path}?mode=ro") as store:
        assert queries.stats(store.db)["articles"] == 1  # reading works
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            store.add(second_article())
    assert caught.value.message == "the database is read-only"


def test_a_full_disk_rolls_the_article_back(tmp_path: Path) -> None:
    path = _filled(tmp_path / "news.db")
    with open_store(str(path)) as store:
        pages = store.db.scalar("PRAGMA page_count")
        # SQLite reports a size cap exactly as it reports a full disk (SQLITE_FULL).
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFullError) as caught:
            for n in range(50):  # fill the last free pages, then overflow
                store.add(build(f"big{n}", f"Filler {n}. " + babble(n, 800), "2024-02-01"))
        assert caught.value.message == "the disk is full (the article in flight was not stored)"
        assert store.db.scalar("SELECT count(*) FROM articles") == store.db.scalar(
            "SELECT count(DISTINCT article_id) FROM analyses")


def test_a_database_from_a_newer_version(tmp_path: Path) -> None:
    path = _filled(tmp_path / "news.db")
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')")
    code, _, err = _run("stats", "--db", str(path))
    assert code == 1
    assert err == (f"newsgraph: error: {path}: the database has schema version 99, newer than "
                   f"this newsgraph supports ({LATEST}); upgrade newsgraph\n")
    with pytest.raises(NewerSchemaError):
        open_store(str(path))


def test_an_older_database_is_upgraded_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = connect(str(path))
    assert migrate(db, upto=1) == [1]
    db.close()
    with open_store(str(path)) as store:
        assert applied_versions(store.db) == [m.version for m in MIGRATIONS]
        names = [r[0] for r in store.db.fetchall("SELECT name FROM schema_migrations ORDER BY 1")]
        assert len(names) == LATEST
        store.add(first_article())
        assert queries.list_quotes(store.db, search="stop")[0]["text"] == "We will not stop,"


def test_ingest_into_a_read_only_database_fails_before_any_work(tmp_path: Path) -> None:
    path = _filled(tmp_path / "news.db")
    code, out, err = _run("ingest", str(tmp_path / "whatever.txt"), "--db",
                          f"sqlite:///{path}?mode=ro")
    assert (code, out) == (1, "")
    assert err == f"newsgraph: error: {path}: the database is read-only\n"


def test_a_file_without_write_permission_opens_read_only(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.store.backends as backends

    path = _filled(tmp_path / "news.db")
    monkeypatch.setattr(backends.os, "access", lambda p, mode: False)  # as if chmod 444
    with open_store(str(path)) as store:
        assert queries.stats(store.db)["articles"] == 1
        with pytest.raises(ReadOnlyDatabaseError):
            store.check_writable()


def test_text_the_database_cannot_hold_refuses_that_article_only(db_url: str) -> None:
    from newsgraph.store import RecordError

    bad = build("bad", "Veldoria votes.\ud800 Tessaly abstains.", "2024-01-01")
    with open_store(db_url) as store:
        with pytest.raises(RecordError) as caught:
            store.add(bad)
        assert caught.value.message.startswith("the text is not valid Unicode")
        assert store.add(first_article()).status == "added"
        assert queries.stats(store.db)["articles"] == 1


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="NEWSGRAPH_TEST_PG is not set")
def test_postgres_lock_and_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    import newsgraph.store.backends as backends

    for url in _pg_schema():
        with open_store(url) as store:
            store.add(first_article())
        monkeypatch.setattr(backends, "LOCK_TIMEOUT_S", 0.2)
        with psycopg.connect(url) as holder, open_store(url) as store:
            holder.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
            with pytest.raises(DatabaseLockedError):
                store.add(second_article())
            holder.rollback()
        read_only = url + "%20-cdefault_transaction_read_only%3Don"
        with open_store(read_only) as store:
            assert queries.stats(store.db)["articles"] == 1
            with pytest.raises(ReadOnlyDatabaseError) as caught:
                store.check_writable()
            assert caught.value.message.startswith("the database refuses writes (")
