"""The joined pipeline: exact offsets for any text, seed metadata, streaming order."""

from __future__ import annotations

import os
import pickle
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import pipeline
from newsgraph.config import Settings
from newsgraph.errors import ConfigError, WorkerError
from newsgraph.ingest.text import article_from_text
from newsgraph.model import Analysis, Article, Skipped
from newsgraph.pipeline import analyze, run

from .conftest import SEED

# Text that looks like news: words, names, quotes of every kind, punctuation, line breaks.
_PIECES = st.sampled_from(
    [
        "The",
        "minister",
        "Ana Ruiz",
        "said",
        "“We will win,”",
        "'no'",
        "«non»",
        "he",
        "Iran",
        "U.S.",
        "NATO",
        "(PMU)",
        "al-Sudani",
        "Shia’",
        "\n",
        "\n\n",
        ",",
        ".",
        '"',
        "’",
        "—",
        "attacked",
        "met with",
        "on Monday",
        "Ñandú",
        "東京",
        "🙂",
        "  ",
        "\t",
    ]
)
_NEWSLIKE = st.lists(_PIECES, min_size=1, max_size=40).map(" ".join)


def _assert_exact(analysis: Analysis) -> None:
    text = analysis.article.text
    for start, end, span in analysis.spans():
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == span


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_NEWSLIKE, st.text(min_size=1, max_size=300)))
def test_every_emitted_span_is_exact_for_arbitrary_text(text: str) -> None:
    _assert_exact(analyze(Article(id="h", text=text)))


@pytest.mark.model
def test_seed_metadata_exactly() -> None:
    text = SEED.read_text(encoding="utf-8")
    analysis = analyze(article_from_text(text, SEED.stem, str(SEED)))
    article = analysis.article
    assert article.title == text.split("\n", 1)[0]
    assert article.published == "2025-01-09T12:26"
    assert article.reading_time_minutes == 3
    assert article.text == text
    _assert_exact(analysis)
    assert analysis.sentences[0].start == 0


@pytest.mark.model
def test_run_keeps_order_and_passes_skipped_through() -> None:
    items: list[Article | Skipped] = [
        Article(id="1", text="Rebels attacked the town."),
        Skipped("bad.txt", "empty file"),
        Article(id="2", text="x" * 50),
        Article(id="3", text="Aid arrived in the capital."),
    ]
    out = list(run(items, Settings(max_chars=40)))
    analyses = [o.article.id for o in out if isinstance(o, Analysis)]
    skipped = [str(o) for o in out if isinstance(o, Skipped)]
    assert analyses == ["1", "3"]
    assert skipped[0] == "bad.txt: empty file"
    assert skipped[1].startswith("2: article too large (50 characters; limit 40)")


@pytest.mark.model
def test_analyze_is_picklable_for_process_pools() -> None:
    articles = [
        Article(id=str(i), text=f"Delegation {i} met officials in Cairo.") for i in range(3)
    ]
    assert pickle.loads(pickle.dumps(analyze)) is analyze
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(analyze, articles))
    assert [r.article.id for r in results] == ["0", "1", "2"]
    assert results == [analyze(a) for a in articles]


@pytest.mark.model
def test_a_process_pool_gives_the_same_analyses_in_order() -> None:
    items: list[Article | Skipped] = [
        Article(id=str(i), text=f"Officials from delegation {i} met the minister in Cairo.")
        for i in range(7)
    ]
    items.insert(3, Skipped("gone.txt", "no such file or directory"))
    serial = list(run(items, Settings(batch_size=2)))
    pooled = list(run(items, Settings(batch_size=2, workers=2)))
    ids = [o.article.id for o in pooled if isinstance(o, Analysis)]
    assert ids == [str(i) for i in range(7)]
    assert [str(o) for o in pooled if isinstance(o, Skipped)] == [
        "gone.txt: no such file or directory"
    ]
    assert [o for o in pooled if isinstance(o, Analysis)] == [
        o for o in serial if isinstance(o, Analysis)
    ]


def test_errors_survive_pickling() -> None:
    from newsgraph.errors import ModelError

    again = pickle.loads(pickle.dumps(ModelError("cannot load", "xx_model")))
    assert (again.message, again.source, str(again)) == (
        "cannot load",
        "xx_model",
        "xx_model: cannot load",
    )


@pytest.mark.model
def test_pool_workers_are_replaced_without_losing_or_reordering_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[int] = []

    class CountingPool(ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            started.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(pipeline, "RECYCLE_BATCHES", 1)
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", CountingPool)
    items: list[Article | Skipped] = [
        Article(id=str(i), text=f"Envoy {i} visited the ministry in Lima on Monday.")
        for i in range(9)
    ]
    pooled = list(run(items, Settings(batch_size=2, workers=2)))
    serial = list(run(items, Settings(batch_size=2)))
    assert len(started) == 3  # 6 batches (the last three articles one each), 2 per pool
    assert pooled == serial
    assert [o.article.id for o in pooled if isinstance(o, Analysis)] == [str(i) for i in range(9)]


def test_long_articles_get_batches_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 100)
    sizes = [30, 30, 80, 30, 200, 10]
    items: list[Article | Skipped] = [Article(id=str(i), text="x" * n) for i, n in enumerate(sizes)]
    pending: deque[Skipped] = deque()
    batches = list(pipeline._batches(items, Settings(batch_size=3), pending))
    lengths = [[len(a.text) for a in batch] for batch in batches]
    assert lengths == [[30, 30], [80], [30], [200], [10]]
    assert not pending
    three = list(pipeline._batches(items[:2] + items[5:] * 3, Settings(batch_size=3), pending))
    assert [len(batch) for batch in three] == [3, 2]  # the article count still caps a batch


def test_the_last_articles_are_split_so_workers_finish_together() -> None:
    def lengths(sizes: list[int], parts: int, batch_size: int = 4) -> list[list[int]]:
        items: list[Article | Skipped] = [Article(id=str(i), text="x" * n)
                                          for i, n in enumerate(sizes)]
        batches = pipeline._batches(items, Settings(batch_size=batch_size), deque(), parts)
        return [[len(a.text) for a in batch] for batch in batches]

    # 10 equal articles, batches of 4: one full batch, then the last 6 in 4 parts.
    assert lengths([10] * 10, parts=4) == [[10] * 4, [10, 10], [10], [10, 10], [10]]
    # A stream ending right after a full batch: that batch is the tail.
    assert lengths([10] * 8, parts=2) == [[10] * 4, [10, 10], [10, 10]]
    assert lengths([10] * 12, parts=4) == [[10] * 4, [10] * 4, [10], [10], [10], [10]]
    # Parts follow length, not count: the long article is a part of its own.
    assert lengths([90, 10, 10, 10, 10, 10], parts=2) == [[90], [10] * 5]
    # One part (a single process) keeps plain batches; nothing at all gives nothing.
    assert lengths([10] * 10, parts=1) == [[10] * 4, [10] * 4, [10, 10]]
    assert lengths([], parts=4) == []


def _broken_warm_up(settings: Settings) -> None:
    raise ConfigError("bad row {'word': 'x'}", "data/actors/incidental.tsv")


def _no_analysis(batch: list[Article], settings: Settings) -> list[Analysis | Skipped]:
    return []


def test_a_worker_that_cannot_warm_up_stops_the_run_with_its_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A malformed lexicon met in a pool worker is reported as such, not as a broken pool."""
    monkeypatch.setattr(pipeline, "warm_up", _broken_warm_up)
    monkeypatch.setattr(pipeline, "load_pipeline", lambda model: None)
    monkeypatch.setattr(pipeline, "analyze_batch", _no_analysis)  # module-level: picklable
    items: list[Article | Skipped] = [Article(id=str(i), text="A short text.") for i in range(3)]
    with pytest.raises(ConfigError, match="incidental.tsv"):
        list(run(items, Settings(batch_size=2, workers=2)))


def _die(batch: list[Article], settings: Settings) -> list[Analysis | Skipped]:
    os._exit(9)  # as a worker killed by the OOM killer or kill -9


def _no_warm_up(settings: Settings) -> None:
    return None


def test_a_dead_worker_is_reported_in_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "warm_up", _no_warm_up)
    monkeypatch.setattr(pipeline, "load_pipeline", lambda model: None)
    monkeypatch.setattr(pipeline, "analyze_batch", _die)
    items: list[Article | Skipped] = [Article(id=str(i), text="A short text.") for i in range(3)]
    with pytest.raises(WorkerError, match="worker process died"):
        list(run(items, Settings(batch_size=2, workers=2)))
