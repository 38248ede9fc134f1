"""Every export format, from a small hand-built store (no model)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.export import GDELT_COLUMNS, TABLES
from newsgraph.export.gdelt import quad_class
from newsgraph.store import open_store

from ..store.builders import babble, build
from ..store.test_store import first_article, second_article


@pytest.fixture
def db(db_url: str) -> str:
    """A small store on each backend: two analyzed articles, an undated one and its copy."""
    with open_store(db_url) as store:
        store.add(first_article())
        store.add(second_article())
        body = babble(5, 160)
        store.add(build("u1", body, None))  # undated
        store.add(build("u2", "Retitled\n" + body[:-40], None))  # its near-duplicate
    return db_url


def _export(db: str, fmt: str, out: Path) -> str:
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return result.stderr


def test_jsonl_keeps_offsets_and_links_duplicates(db: str, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert _export(db, "jsonl", out) == f"newsgraph: exported 4 articles to {out}\n"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["duplicate_of"] for r in records] == [None, None, None, 3]
    first = records[0]
    for quote in first["quotes"]:
        assert first["text"][quote["start"]:quote["end"]] == quote["text"]
    assert first["actor_ids"] == {"A1": 3, "A2": 2, "A3": 1}  # ids follow key order
    assert records[1]["actor_ids"] == {"A7": 3, "A8": 2, "A9": 1}


def test_csv_writes_one_file_per_table(db: str, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    _export(db, "csv", out)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    with (out / "events.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["trigger"] for r in rows] == ["attacked", "shelled"]
    assert list(rows[0]) == list(TABLES["events"])


def test_gdelt_rows_have_the_61_columns(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert _export(db, "gdelt", out) == f"newsgraph: exported 2 events to {out}\n"
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(GDELT_COLUMNS) == 61 and all(len(r) == 61 for r in rows)
    row = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert {k: row[k] for k in ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code",
                                "Actor1Name", "Actor2CountryCode", "EventRootCode", "QuadClass",
                                "GoldsteinScale", "IsRootEvent", "SOURCEURL")} == {
        "GLOBALEVENTID": "1", "SQLDATE": "20240507", "MonthYear": "202405", "Year": "2024",
        "Actor1Code": "VELREB", "Actor1Name": "SUNFIELD BRIGADES", "Actor2CountryCode": "VEL",
        "EventRootCode": "18", "QuadClass": "4", "GoldsteinScale": "-9.0", "IsRootEvent": "1",
        "SOURCEURL": "test:a1"}


@pytest.mark.parametrize(("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("13", 3),
                                            ("14", 4), ("20", 4), ("21", None), (None, None)])
def test_quad_class(root: str | None, quad: int | None) -> None:
    assert quad_class(root) == quad


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_formats_read_back_with_edge_evidence(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    assert _export(db, fmt, out) == f"newsgraph: exported 2 actors, 2 edges to {out}\n"
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    labels = {graph.nodes[n]["label"] for n in graph.nodes}
    assert labels == {"Veldoria", "Sunfield Brigades"}
    edges = {d["relation"]: d for _, _, d in graph.edges(data=True)}
    assert int(edges["ASSAULT"]["count"]) == 2
    assert float(edges["ASSAULT"]["mean_intensity"]) == -8.0
    assert edges["SUPPORT"]["evidence"] == (
        "The Veldorian-backed Sunfield Brigades attacked a depot near Karsk on Monday.")


def test_parquet_is_partitioned_by_publication_month(db: str, tmp_path: Path) -> None:
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    _export(db, "parquet", out)
    assert sorted(p.name for p in (out / "events").iterdir()) == ["month=2024-05", "month=2024-06"]
    assert sorted(p.name for p in (out / "articles").iterdir()) == [
        "month=2024-05", "month=2024-06", "month=unknown"]
    events = ds.dataset(out / "events", partitioning="hive").to_table()
    assert sorted(events.column("trigger").to_pylist()) == ["attacked", "shelled"]
    assert pq.read_table(out / "edges.parquet").num_rows == 2


def test_an_unwritable_output_is_one_line(db: str, tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "x.jsonl"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "-o",
                                      str(target)])
    assert result.exit_code == 1
    assert result.stderr == (f"newsgraph: error: {target}: cannot write the export "
                             "(No such file or directory)\n")


def test_a_failed_export_leaves_no_half_written_file(db: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import newsgraph.export as export_module

    def full_disk(database, path):  # type: ignore[no-untyped-def]
        path.write_text("GLOBALEVENTID\t...")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "write_gdelt", full_disk)
    target = tmp_path / "events.tsv"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "gdelt", "-o",
                                      str(target)])
    assert (result.exit_code, result.stderr) == (
        1, f"newsgraph: error: {target}: cannot write the export (No space left on device)\n")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("news.db")] == []


def test_a_csv_export_into_a_directory_keeps_other_files(db: str, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "events.csv").write_text("stale")
    _export(db, "csv", out)
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / "events.csv").read_text().startswith("id,article_id,type,")
