"""With fork, the pool's parent warms up once and the workers inherit it (no warm-up each)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsgraph import pipeline
from newsgraph.config import Settings
from newsgraph.model import Analysis, Article, Skipped

_LOG = "NEWSGRAPH_TEST_WARM_UP_LOG"


def _logged_warm_up(settings: Settings) -> None:
    with open(os.environ[_LOG], "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()}\n")


def _no_analysis(batch: list[Article], settings: Settings) -> list[Analysis | Skipped]:
    return []


@pytest.mark.skipif(pipeline._fork_context() is None, reason="no fork on this platform")
def test_only_the_parent_warms_up(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    log = tmp_path / "warm-ups.txt"
    monkeypatch.setenv(_LOG, str(log))
    monkeypatch.setattr(pipeline, "warm_up", _logged_warm_up)
    monkeypatch.setattr(pipeline, "load_pipeline", lambda model: None)
    monkeypatch.setattr(pipeline, "analyze_batch", _no_analysis)
    monkeypatch.setattr(pipeline, "RECYCLE_BATCHES", 1)  # later pools fork from the parent too
    items: list[Article | Skipped] = [Article(id=str(i), text="A short text.") for i in range(9)]
    assert list(pipeline.run(items, Settings(batch_size=2, workers=2))) == []
    assert log.read_text(encoding="utf-8").split() == [str(os.getpid())]
