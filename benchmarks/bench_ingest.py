"""Ingest throughput and memory against raw spaCy on the same texts.

Takes the first ``--articles`` records of ``../shared/corpus/wikinews_en.jsonl``
and runs, each in a fresh process (so both pay interpreter start-up and model
loading):

1. raw spaCy: ``spacy.load(model)`` and ``nlp.pipe(texts, n_process=W)``;
2. ``newsgraph ingest`` of the same records into a new SQLite store with
   ``--workers W``.

It reports wall time, the ratio ingest/spaCy (issue target: at most 1.15), the
store's own share (the stored analyses written again into a new store, timed
in this process: duplicate check plus one transaction per article) and
peak memory: the largest sum of resident memory over the process tree
(parent plus spaCy workers), sampled every 50 ms from /proc (target: under
1.5 GB on 2 workers, flat in corpus size: compare --articles 300 and more).

    .venv/bin/python benchmarks/bench_ingest.py [--articles 300] [--workers 2]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews_en.jsonl"

_SPACY_ONLY = """
import json, sys, spacy
from newsgraph.config import DEFAULT_MODEL
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(DEFAULT_MODEL)
for doc in nlp.pipe(texts, batch_size=32, n_process=int(sys.argv[2])):
    pass
"""


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (0 once gone)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def _run(command: list[str]) -> dict[str, Any]:
    """Run ``command``; return wall seconds, peak tree RSS (MB) and the exit code."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               cwd=ROOT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    return {"seconds": round(time.perf_counter() - started, 2),
            "peak_rss_mb": round(peak / 2**20, 1), "exit_code": process.returncode,
            "stderr_tail": err.decode("utf-8", "replace").strip().splitlines()[-1:]}


def _store_only(source_db: Path, target_db: Path) -> dict[str, Any]:
    """Seconds to store the same analyses again into a new store (the store's own cost).

    Reads the analyses the ingest run stored, then times what ingest does per
    article on the store side: the duplicate check and the one-transaction write.
    """
    from newsgraph.model import Analysis
    from newsgraph.store import open_store

    with open_store(str(source_db), create=False) as source:
        rows = source.db.fetchall("SELECT a.text, an.json FROM articles a JOIN analyses an "
                                 "ON an.article_id = a.id ORDER BY a.id")
    analyses = [Analysis.from_dict({**json.loads(payload), "text": text})
                for text, payload in rows]
    started = time.perf_counter()
    with open_store(str(target_db)) as target:
        for analysis in analyses:
            target.add_duplicate(analysis.article)
            target.add(analysis)
    seconds = time.perf_counter() - started
    return {"articles": len(analyses), "seconds": round(seconds, 3),
            "ms_per_article": round(1000 * seconds / max(len(analyses), 1), 2)}


def main() -> None:
    """Run both sides once and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with CORPUS.open(encoding="utf-8") as source:
            sample.write_text("".join(itertools.islice(source, args.articles)), encoding="utf-8")
        spacy_run = _run([python, "-c", _SPACY_ONLY, str(sample), str(args.workers)])
        ingest_run = _run([python, "-m", "newsgraph", "ingest", str(sample), "--db",
                           str(Path(tmp) / "bench.db"), "--workers", str(args.workers),
                           "--no-progress"])
        stats = subprocess.run([python, "-m", "newsgraph", "stats", "--db",
                                str(Path(tmp) / "bench.db")], capture_output=True, cwd=ROOT,
                               check=False)
        store_only = _store_only(Path(tmp) / "bench.db", Path(tmp) / "again.db")
    print(json.dumps({
        "articles": args.articles, "workers": args.workers,
        "spacy": spacy_run, "ingest": ingest_run,
        "ratio": round(ingest_run["seconds"] / spacy_run["seconds"], 3),
        "store_only": store_only,
        "store_share_of_spacy": round(store_only["seconds"] / spacy_run["seconds"], 3),
        "target_ratio": 1.15, "target_peak_mb": 1536,
        "store": json.loads(stats.stdout or b"{}"),
    }, indent=2))


if __name__ == "__main__":
    main()
