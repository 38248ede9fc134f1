"""``newsgraph extract`` end to end, with exact error lines (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

from ..conftest import SAMPLES, SEED


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_missing_file_is_one_line_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = _run("extract", str(missing))
    assert code == 1
    assert out == ""
    assert err == f"newsgraph: skipped {missing}: no such file or directory\n"


def test_empty_file_is_one_line_naming_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    code, out, err = _run("extract", str(empty))
    assert code == 1
    assert err == f"newsgraph: skipped {empty}: empty file\n"


def test_undecodable_bytes_are_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 50)
    code, _, err = _run("extract", str(binary))
    assert code == 1
    assert err == f"newsgraph: skipped {binary}: binary file (not text)\n"


def test_directory_where_a_settings_file_is_needed(tmp_path: Path) -> None:
    code, _, err = _run("--config", str(tmp_path), "extract", "x.txt")
    assert code == 1
    assert err == f"newsgraph: error: {tmp_path}: is a directory, not a settings file\n"


def test_usage_errors_exit_2_in_one_line() -> None:
    code, _, err = _run("extract", "--format", "xml", "x")
    assert code == 2
    assert err == (
        "newsgraph: error: Invalid value for '--format': 'xml' is not one of 'json', 'jsonl'.\n"
    )
    code, _, err = _run("extract")
    assert code == 2
    assert err == "newsgraph: error: Missing argument 'SOURCES...'.\n"


def test_bad_settings_file_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "s.toml"
    config.write_text("[newsgraph]\nbogus = 1\n")
    code, _, err = _run("--config", str(config), "extract", "x.txt")
    assert code == 2
    assert err == f"newsgraph: error: {config}: unknown setting 'bogus'\n"


def test_unknown_model_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials met in Oslo on Monday.\n")
    code, _, err = _run("--model", "no_such_model_xyz", "extract", str(article))
    assert code == 1
    assert err.startswith("newsgraph: error: no_such_model_xyz: cannot load spaCy pipeline")
    assert err.count("\n") == 1


@pytest.mark.model
def test_seed_prints_the_contract_with_exact_offsets() -> None:
    code, out, err = _run("extract", str(SEED), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["title"] == (SEED.read_text(encoding="utf-8").split("\n", 1)[0])
    assert doc["published"] == "2025-01-09T12:26"
    assert doc["reading_time_minutes"] == 3
    assert doc["text"] == SEED.read_text(encoding="utf-8")
    text = doc["text"]
    for actor in doc["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for sentence in doc["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    assert doc["actors"], "the seed names actors"


@pytest.mark.model
def test_jsonl_prints_one_line_per_record_in_order(tmp_path: Path) -> None:
    records = [
        {
            "id": f"r{i}",
            "title": f"T{i}",
            "date": "2020-05-0" + str(i),
            "text": text,
            "url_or_source": "somewhere",
        }
        for i, text in enumerate(
            ["Leaders met in Paris.", "Troops left the town.", "A ministry denied it."], start=1
        )
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    code, out, err = _run("extract", str(path), "--format", "jsonl")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in lines] == ["r1", "r2", "r3"]
    assert [d["text"] for d in lines] == [r["text"] for r in records]
    assert lines[0]["published"] == "2020-05-01"
    assert lines[0]["metadata"] == {"url_or_source": "somewhere"}
    assert err == "newsgraph: 3 read, 3 analyzed, 0 skipped\n"


@pytest.mark.model
def test_a_broken_jsonl_line_loses_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "ok", "text": "Talks ended."}\n{broken\n{"id": "ok2", "text": "Aid arrived."}\n'
    )
    code, out, err = _run("extract", str(path), "--format", "jsonl")
    assert code == 1
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["ok", "ok2"]
    assert err.splitlines()[0].startswith(f"newsgraph: skipped {path}:2: broken JSON line")
    assert err.splitlines()[-1] == "newsgraph: 3 read, 2 analyzed, 1 skipped"


@pytest.mark.model
def test_stdin_text_and_samples_directory() -> None:
    code, out, _ = _run("extract", "-", stdin=b"Ministers met in Rome on Friday.\n")
    assert code == 0
    assert json.loads(out)["text"] == "Ministers met in Rome on Friday.\n"
    code, out, err = _run("extract", str(SAMPLES), "--format", "jsonl")
    assert code == 0, err
    assert len(out.splitlines()) == 4
