"""Readers' throughput and memory, against the analysis time of the same articles.

Run: ``.venv/bin/python benchmarks/bench_readers.py [--sample N] [--files N]``

Measures, over ``../shared/corpus/wikinews_en.jsonl``:

* JSONL reading alone (``read_path``: parse + Article), and through
  ``read_sources`` (adds language detection): articles/s and MB/s;
* peak Python heap while streaming the whole file (tracemalloc), to show
  memory stays flat (it is the size of one record, not of the file);
* a directory of ``--files`` plain-text files written from the corpus into a
  temporary folder: files/s and peak heap;
* HTML extraction (trafilatura) on the invented fixture pages: pages/s;
* the analysis (``pipeline.run`` with the pinned model) of a random sample of
  ``--sample`` articles, extrapolated to the whole corpus by characters (the
  parser's cost grows with text length), and the readers' share of it.

The issue's bar: readers must cost under 5% of the analysis time.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews_en.jsonl"
SITE = ROOT / "tests" / "fixtures" / "ingest" / "site"

sys.path.insert(0, str(ROOT / "src"))

from newsgraph.config import Settings  # noqa: E402
from newsgraph.ingest import read_path, read_sources  # noqa: E402
from newsgraph.ingest.html import article_from_html  # noqa: E402
from newsgraph.model import Article, Skipped  # noqa: E402
from newsgraph.pipeline import run  # noqa: E402


def _drain(items: Iterable[Article | Skipped]) -> tuple[int, int, int]:
    """Consume a stream, keeping only counts (articles, skipped, characters)."""
    articles = skipped = chars = 0
    for item in items:
        if isinstance(item, Article):
            articles += 1
            chars += len(item.text)
        else:
            skipped += 1
    return articles, skipped, chars


def _timed(make: Callable[[], Iterable[Article | Skipped]]) -> tuple[float, tuple[int, int, int]]:
    started = time.perf_counter()
    counts = _drain(make())
    return time.perf_counter() - started, counts


def _peak_heap(make: Callable[[], Iterable[Article | Skipped]]) -> int:
    tracemalloc.start()
    _drain(make())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def _write_directory(folder: Path, count: int) -> None:
    with CORPUS.open(encoding="utf-8") as handle:
        for n, line in zip(range(count), handle, strict=False):
            record = json.loads(line)
            (folder / f"{n:05d}.txt").write_text(record["text"], encoding="utf-8")


def _analysis_seconds_per_char(sample: int, seed: int = 7) -> tuple[float, int, float]:
    """Analyze a random sample; return (seconds per character, articles, seconds)."""
    with CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    chosen = random.Random(seed).sample(records, sample)
    articles = [Article(id=r["id"], text=r["text"]) for r in chosen]
    settings = Settings()
    list(run(articles[:2], settings))  # load the model outside the timing
    started = time.perf_counter()
    done = sum(1 for _ in run(articles, settings))
    elapsed = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    return elapsed / chars, done, elapsed


def main() -> None:
    """Run every measurement and print the figures (text and one JSON line)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sample", type=int, default=100, help="articles analyzed")
    parser.add_argument("--files", type=int, default=3000, help="files in the directory test")
    args = parser.parse_args()
    size_mb = CORPUS.stat().st_size / 1e6
    figures: dict[str, float] = {"corpus_mb": size_mb}

    raw_s, (n, skipped, chars) = _timed(lambda: read_path(CORPUS))
    figures |= {"articles": n, "skipped": skipped, "read_path_s": raw_s}
    figures["read_path_articles_per_s"] = n / raw_s
    figures["read_path_mb_per_s"] = size_mb / raw_s
    full_s, (n_en, skipped_en, _) = _timed(lambda: read_sources([str(CORPUS)]))
    figures |= {"read_sources_s": full_s, "read_sources_skipped": skipped_en}
    figures["read_sources_articles_per_s"] = n_en / full_s
    figures["read_sources_mb_per_s"] = size_mb / full_s
    figures["jsonl_peak_heap_mb"] = _peak_heap(lambda: read_sources([str(CORPUS)])) / 1e6

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write_directory(folder, args.files)
        dir_s, (files, _, _) = _timed(lambda: read_sources([str(folder)]))
        figures["dir_files"] = files
        figures["dir_files_per_s"] = files / dir_s
        figures["dir_peak_heap_mb"] = _peak_heap(lambda: read_sources([str(folder)])) / 1e6

    pages = [p.read_bytes() for p in sorted(SITE.glob("*.html")) if "nav-only" not in p.name]
    started = time.perf_counter()
    for _ in range(20):
        for page in pages:
            article_from_html(page, "bench.html")
    figures["html_pages_per_s"] = 20 * len(pages) / (time.perf_counter() - started)

    per_char, analyzed, analysis_s = _analysis_seconds_per_char(args.sample)
    figures |= {"analysis_sample": analyzed, "analysis_sample_s": analysis_s}
    figures["analysis_articles_per_s"] = analyzed / analysis_s
    figures["analysis_corpus_s_extrapolated"] = per_char * chars
    figures["readers_share_of_analysis_pct"] = 100 * full_s / (per_char * chars)
    figures["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3

    for key, value in figures.items():
        print(f"{key:34} {value:,.3f}" if isinstance(value, float) else f"{key:34} {value:,}")
    print(json.dumps({k: round(v, 4) for k, v in figures.items()}))


if __name__ == "__main__":
    main()
