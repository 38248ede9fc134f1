"""``ingest`` and ``reanalyze`` control flow with the analysis stubbed out (no model).

The pipeline is replaced by a function returning hand-built analyses for the
articles it is given, so these tests check the store side: what is analyzed,
what is skipped as unchanged or duplicate, the summary, interruption and resume.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph.cli.store_cmd as store_cmd
from newsgraph import pipeline
from newsgraph.cli import cli
from newsgraph.config import Settings
from newsgraph.model import Analysis, Article, Skipped

from .builders import babble

STORIES = {f"s{n}": f"Story {n}.\n" + babble(100 + n, 120) for n in range(4)}


def _analyses(items: Iterable[Article | Skipped], settings: Settings,
              version: str = "0.1.0", stop_after: int | None = None
              ) -> Iterator[Analysis | Skipped]:
    for n, item in enumerate(items):
        if stop_after is not None and n == stop_after:
            raise KeyboardInterrupt
        yield item if isinstance(item, Skipped) else Analysis(item, pipeline_version=version)


def _corpus(tmp_path: Path, extra: dict[str, str] | None = None) -> Path:
    path = tmp_path / "corpus.jsonl"
    records = {**STORIES, **(extra or {})}
    path.write_text("".join(json.dumps({"id": k, "title": k, "date": "2024-03-01", "text": v})
                            + "\n" for k, v in records.items()), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _stats(db: str) -> dict[str, int]:
    return json.loads(_run("stats", "--db", db)[1])


def test_second_run_adds_nothing_and_near_duplicates_are_linked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "run", _analyses)
    db = str(tmp_path / "news.db")
    corpus = _corpus(tmp_path, {"copy": "Another headline.\n" + STORIES["s1"][9:-60]})
    code, out, err = _run("ingest", str(corpus), "--db", db)
    assert (code, out) == (0, "")
    assert err == "newsgraph: 5 read, 4 analyzed, 0 unchanged, 1 duplicates, 0 skipped\n"
    code, _, err = _run("ingest", str(corpus), "--db", db)
    assert err == "newsgraph: 5 read, 0 analyzed, 5 unchanged, 0 duplicates, 0 skipped\n"
    assert (_stats(db)["articles"], _stats(db)["duplicates"]) == (4, 1)


def test_an_interrupted_run_keeps_what_was_stored_and_resumes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "news.db")
    corpus = _corpus(tmp_path)
    monkeypatch.setattr(pipeline, "run",
                        lambda items, settings: _analyses(items, settings, stop_after=2))
    code, _, err = _run("ingest", str(corpus), "--db", db)
    assert code == 130
    assert err == ("newsgraph: 2 read, 2 analyzed, 0 unchanged, 0 duplicates, 0 skipped\n"
                   "newsgraph: interrupted\n")
    assert _stats(db)["articles"] == 2
    monkeypatch.setattr(pipeline, "run", _analyses)
    code, _, err = _run("ingest", str(corpus), "--db", db)
    assert (code, err) == (0, "newsgraph: 4 read, 2 analyzed, 2 unchanged, 0 duplicates, "
                              "0 skipped\n")


def test_reanalyze_refreshes_only_older_versions(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "news.db")
    monkeypatch.setattr(pipeline, "run",
                        lambda items, settings: _analyses(items, settings, version="0.0.9"))
    _run("ingest", str(_corpus(tmp_path)), "--db", db)
    assert _stats(db)["pipeline_versions"] == {"0.0.9": 4}
    monkeypatch.setattr(pipeline, "run", _analyses)
    monkeypatch.setattr(pipeline, "PIPELINE_VERSION", "0.1.0")
    code, _, err = _run("reanalyze", "--db", db)
    assert (code, err) == (0, "newsgraph: 4 re-analyzed with pipeline 0.1.0, 0 failed\n")
    assert _stats(db)["pipeline_versions"] == {"0.1.0": 4}
    code, _, err = _run("reanalyze", "--db", db)
    assert err == "newsgraph: 0 re-analyzed with pipeline 0.1.0, 0 failed\n"


def test_an_article_the_database_refuses_is_skipped_not_fatal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "run", _analyses)
    db = str(tmp_path / "news.db")
    corpus = _corpus(tmp_path, {"bad": "Broken \ud800 text. " + babble(9, 60)})
    code, _, err = _run("ingest", str(corpus), "--db", db)
    assert code == 1
    lines = err.splitlines()
    assert lines[0].startswith(f"newsgraph: skipped {corpus}:5: not stored (the text is not "
                               "valid Unicode (surrogates not allowed at ")
    assert lines[1] == ("newsgraph: 5 read, 4 analyzed, 0 unchanged, 0 duplicates, 1 skipped "
                        "(not stored: 1)")
    assert _stats(db)["articles"] == 4


def test_the_progress_total_counts_records_and_files(tmp_path: Path) -> None:
    import gzip

    corpus = _corpus(tmp_path)  # 4 records
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "a.txt").write_text("One story.")
    with gzip.open(tmp_path / "more" / "b.jsonl.gz", "wt") as handle:
        handle.write('{"text": "x"}\n\n{"text": "y"}\n')
    assert store_cmd._estimate([str(corpus), str(tmp_path / "more")]) == 4 + 1 + 2
    assert store_cmd._estimate(["-"]) is None
