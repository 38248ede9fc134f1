"""Store commands through click's CliRunner against a temporary database (exact output)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import LATEST, open_store

from ..conftest import SAMPLES
from .test_store import first_article, second_article


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(db_url: str) -> str:
    """A store with two articles, on each backend (the output must not differ)."""
    with open_store(db_url) as store:
        store.add(first_article())
        store.add(second_article())
    return db_url


def test_stats_json(db: str) -> None:
    code, out, err = _run("stats", "--db", db)
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "articles": 2, "actors": 3, "quotes": 2, "events": 2, "relations": 1, "edges": 2,
        "duplicates": 0, "skipped": 0, "schema_version": LATEST, "schema_latest": LATEST,
        "pipeline_versions": {"0.1.0": 2}}


def test_events_csv_carries_the_evidence_sentence(db: str) -> None:
    code, out, _ = _run("events", "--db", db, "--type", "assault", "--since", "2024-06",
                        "--format", "csv")
    assert code == 0
    assert out == ("id,date,actor,type,recipient,trigger,location,evidence\n"
                   "2,2024-06-02,Sunfield Brigades,ASSAULT,Veldoria,shelled,,"
                   "Sunfield Brigades shelled a Veldoria border post again.\n")


def test_quotes_json_by_speaker_alias(db: str) -> None:
    code, out, _ = _run("quotes", "--db", db, "--speaker", "General Oren Mali", "--until",
                        "2024-05-31", "--format", "json")
    assert code == 0
    assert json.loads(out) == [{
        "id": 1, "date": "2024-05-07", "speaker": "Oren Mali", "kind": "direct",
        "text": "We will not stop,", "cue": "said", "article_id": 1,
        "title": "Brigades strike depot",
        "evidence": "\"We will not stop,\" said General Oren Mali."}]


def test_relations_table_with_evidence(db: str) -> None:
    code, out, _ = _run("relations", "--db", db, "--actor", "Veldoria", "--type", "SUPPORT",
                        "--evidence")
    assert code == 0
    assert "Veldoria" in out and "SUPPORT" in out and "Sunfield Brigades" in out
    words = " ".join(w for w in out.split() if w not in "│┃")
    assert "The Veldorian-backed Sunfield Brigades attacked a depot near" in words


def test_actors_filters_find_nothing_in_csv_as_a_header_only(db: str) -> None:
    code, out, _ = _run("actors", "--db", db, "--country", "XYZ", "--format", "csv")
    assert (code, out) == (0, "id,name,type,country,sector,articles,mentions,first_seen,"
                              "last_seen,evidence\n")
    code, out, _ = _run("actors", "--db", db, "--sector", "reb", "--format", "csv")
    assert out.splitlines()[1].startswith("2,Sunfield Brigades,ORG,VEL,REB,2,2,")


def test_actor_profile_json_and_table(db: str) -> None:
    code, out, _ = _run("actor", "Mali", "--db", db, "--format", "json")
    profile = json.loads(out)
    assert (code, profile["name"], profile["articles"]) == (0, "Oren Mali", 2)
    assert [q["text"] for q in profile["quotes"]] == ["the railways were next",
                                                       "We will not stop,"]
    code, out, _ = _run("actor", "veldoria", "--db", db)
    assert code == 0
    assert out.splitlines()[0] == (
        "Veldoria (COUNTRY, VEL): 2 articles, 3 mentions, 2024-05-07 to 2024-06-02")
    assert "events as recipient" in out and "relations" in out


def test_unknown_actor_is_one_line(db: str) -> None:
    code, out, err = _run("actor", "Nobody", "--db", db)
    assert (code, out, err) == (1, "", "newsgraph: error: Nobody: no actor by that name or alias\n")


def test_articles_search(db: str) -> None:
    code, out, _ = _run("articles", "--db", db, "--search", "railway", "--format", "csv")
    assert (code, out) == (0, "id,date,title,source,duplicates,evidence\n"
                              "2,2024-06-02,,,0,\"Mali, speaking to reporters, said the railways "
                              "were next.\"\n")


def test_a_bad_date_is_a_usage_error(db: str) -> None:
    code, _, err = _run("events", "--db", db, "--since", "last week")
    assert code == 2
    assert err == ("newsgraph: error: Invalid value for '--since': 'last week' is not a date "
                   "(YYYY, YYYY-MM or YYYY-MM-DD)\n")


def test_every_store_command_has_help() -> None:
    from newsgraph.cli.store_cmd import COMMANDS

    for command in COMMANDS:
        assert command.help and command.help.strip(), command.name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{command.name} {param.name}"


@pytest.mark.model
def test_ingest_twice_adds_nothing_and_summarizes(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    code, out, err = _run("ingest", str(SAMPLES), "--db", db)
    assert (code, out) == (0, "")
    read = err.strip().splitlines()[-1]
    assert read.startswith("newsgraph: ")
    assert read.endswith(" analyzed, 0 unchanged, 0 duplicates, 0 skipped")
    before = json.loads(_run("stats", "--db", db)[1])
    code, _, err = _run("ingest", str(SAMPLES), "--db", db)
    assert code == 0
    n = before["articles"]
    assert err == f"newsgraph: {n} read, 0 analyzed, {n} unchanged, 0 duplicates, 0 skipped\n"
    assert json.loads(_run("stats", "--db", db)[1]) == before


@pytest.mark.model
def test_ingest_records_skipped_inputs_with_reasons(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    code, _, err = _run("ingest", str(empty), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 1
    assert err.splitlines()[-1] == ("newsgraph: 2 read, 0 analyzed, 0 unchanged, 0 duplicates, "
                                    "2 skipped (empty file: 1, no such file or directory: 1)")
    assert json.loads(_run("stats", "--db", db)[1])["skipped"] == 2
