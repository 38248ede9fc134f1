"""Ingest throughput and memory against raw spaCy on the same texts.

Takes the first ``--articles`` records of ``../shared/corpus/wikinews_en.jsonl``
and runs, each in a fresh process (so both pay interpreter start-up and model
loading):

1. raw spaCy: ``spacy.load(model)`` and ``nlp.pipe(texts, n_process=W)``;
2. ``newsgraph ingest`` of the same records into a new SQLite store with
   ``--workers W``.

Time and memory are measured in separate runs. The timing runs (``--repeat``
pairs, raw spaCy then ingest) are not observed while they run: reading
``/proc/PID/smaps_rollup`` walks a process's page tables under its memory-map
lock, and sampling every 50 ms slowed both sides by about a second on 300
articles, ingest (whose workers hand memory back after every batch) by up to
two. For each pair it reports wall time, the ratio ingest/spaCy (issue target:
at most 1.15), the CPU seconds of each run with all its worker processes and
their ratio; then the median ratio over the pairs. The store's own share is
timed separately (the stored analyses written again into a new store, in this
process: duplicate check plus one transaction per article).

The memory runs (one per side, skipped with ``--no-memory``) sample the
process tree (parent plus workers) every 50 ms from /proc: the sum of PSS
(shared model pages split among the forked workers: the memory really used)
and the sum of RSS (shared pages counted in every process), plus the parent's
RSS at the end of each third of the run (target: under 1.5 GB on 2 workers,
flat in corpus size). Their wall time is reported too, as
``seconds_while_sampled``.

    .venv/bin/python benchmarks/bench_ingest.py [--articles 300] [--workers 2] [--repeat 1]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
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


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of one process; (0, 0) once it is gone.

    PSS splits pages shared with forked workers among them, so the sum over a
    process tree is the memory really in use; summed RSS counts the shared
    model pages once per process.
    """
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
    except OSError:
        return 0, 0
    return rss, pss


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def _run(command: list[str], sample: bool = False) -> dict[str, Any]:
    """Run ``command``; return wall and CPU seconds and exit code (and memory if ``sample``).

    ``main_rss_mb`` is the parent's resident memory at the end of each third
    of the run: flat when the store and the stages keep nothing per article.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               cwd=ROOT)
    peaks = {"rss": 0, "pss": 0}
    main: list[tuple[float, int]] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            readings = [_memory(p) for p in _tree(process.pid)]
            peaks["rss"] = max(peaks["rss"], sum(r for r, _ in readings))
            peaks["pss"] = max(peaks["pss"], sum(p for _, p in readings))
            if readings and readings[0][0]:
                main.append((time.perf_counter() - started, readings[0][0]))
            time.sleep(0.05)

    sampler = threading.Thread(target=watch, daemon=True)
    if sample:
        sampler.start()
    _, err = process.communicate()
    done.set()
    if sample:
        sampler.join()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    out: dict[str, Any] = {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                           "exit_code": process.returncode,
                           "stderr_tail": err.decode("utf-8", "replace").strip().splitlines()[-1:]}
    if sample:
        thirds = [max((m for t, m in main if t <= seconds * k / 3), default=0) for k in (1, 2, 3)]
        out = {"seconds_while_sampled": out["seconds"],
               "peak_pss_mb": round(peaks["pss"] / 2**20, 1),
               "peak_rss_sum_mb": round(peaks["rss"] / 2**20, 1),
               "main_rss_mb": [round(m / 2**20, 1) for m in thirds],
               "exit_code": out["exit_code"], "stderr_tail": out["stderr_tail"]}
    return out


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
    import newsgraph.relations  # noqa: F401 - imported once by ingest before it stores anything
    from newsgraph.store.dedup import sign

    sign("warm up the MinHash permutations")  # likewise paid once per ingest, not per article
    started = time.perf_counter()
    with open_store(str(target_db)) as target:
        for analysis in analyses:
            target.add_duplicate(analysis.article)
            target.add(analysis)
    seconds = time.perf_counter() - started
    return {"articles": len(analyses), "seconds": round(seconds, 3),
            "ms_per_article": round(1000 * seconds / max(len(analyses), 1), 2)}


def main() -> None:
    """Run the timing pairs and the memory runs and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="timing pairs (median reported)")
    parser.add_argument("--no-memory", dest="memory", action="store_false",
                        help="skip the sampled memory runs")
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with CORPUS.open(encoding="utf-8") as source:
            sample.write_text("".join(itertools.islice(source, args.articles)), encoding="utf-8")
        db = Path(tmp) / "bench.db"
        spacy_cmd = [python, "-c", _SPACY_ONLY, str(sample), str(args.workers)]
        ingest_cmd = [python, "-m", "newsgraph", "ingest", str(sample), "--db", str(db),
                      "--workers", str(args.workers), "--no-progress"]

        def fresh_ingest(sampled: bool = False) -> dict[str, Any]:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            return _run(ingest_cmd, sampled)

        pairs = []
        for _ in range(max(args.repeat, 1)):
            spacy_run, ingest_run = _run(spacy_cmd), fresh_ingest()
            pairs.append({
                "spacy": spacy_run, "ingest": ingest_run,
                "ratio": round(ingest_run["seconds"] / spacy_run["seconds"], 3),
                "cpu_ratio": round(ingest_run["cpu_seconds"] / spacy_run["cpu_seconds"], 3),
            })
        memory = ({"spacy": _run(spacy_cmd, True), "ingest": fresh_ingest(True)}
                  if args.memory else None)
        stats = subprocess.run([python, "-m", "newsgraph", "stats", "--db", str(db)],
                               capture_output=True, cwd=ROOT, check=False)
        store_only = _store_only(db, Path(tmp) / "again.db")
    print(json.dumps({
        "articles": args.articles, "workers": args.workers,
        "timing": pairs,
        "median_ratio": statistics.median(p["ratio"] for p in pairs),
        "median_cpu_ratio": statistics.median(p["cpu_ratio"] for p in pairs),
        "memory": memory,
        "store_only": store_only,
        "store_share_of_spacy": round(store_only["seconds"] / pairs[0]["spacy"]["seconds"], 3),
        "target_ratio": 1.15, "target_peak_pss_mb": 1536,
        "store": json.loads(stats.stdout or b"{}"),
    }, indent=2))


if __name__ == "__main__":
    main()
