"""Query latency on a synthetic store: 1,000,000 events, 100,000 actors (SQLite).

The store is generated here (not by analysis): actors with Zipf-distributed
popularity (a few appear everywhere, most rarely, as in news; each at least
once), 50,000 articles over ten years, five actors per article, 200,000 quotes, one million
events between popular actors, and the edges aggregated from them. Then each
query family runs ``--runs`` times with random arguments and we report the
median and 95th percentile in milliseconds (target: p95 < 100 ms).

    .venv/bin/python benchmarks/bench_query.py [--db PATH] [--rebuild] [--runs 200]

The store is kept (default /tmp/newsgraph-bench-query.db) and reused.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph.store import open_store, queries
from newsgraph.store.backends import Database

ACTORS = 100_000
ARTICLES = 50_000
EVENTS = 1_000_000
QUOTES = 200_000
PER_ARTICLE = 5
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
COUNTRIES = ("USA", "IRN", "IRQ", "SYR", "RUS", "UKR", "CHN", "ISR", "PSE", "LBN", "TUR", "SAU",
             "GBR", "FRA", "DEU", "IND", "PAK", "AFG", "EGY", "YEM", "JOR", "QAT", "ARE", "JPN",
             "KOR", "PRK", "BRA", "MEX", "VEN", "COL", "NGA", "ETH", "SDN", "SOM", "KEN", "ZAF")
SECTORS = ("GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "JUD", "LEG", "IGO", None)
START = date(2015, 1, 1)
DAYS = 3650
CHUNK = 50_000


def _zipf(rng: np.random.Generator, n: int, size: int) -> np.ndarray:
    """Actor indexes 0..n-1 with Zipf(1.1)-like popularity (index 0 the most popular)."""
    ranks = np.arange(1, n + 1, dtype=np.float64)
    weights = ranks ** -1.1
    return rng.choice(n, size=size, p=weights / weights.sum())


def _day(offset: int) -> str:
    return (START + timedelta(days=int(offset))).isoformat()


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(db: Database, sql: str, rows: Iterator[tuple[Any, ...]]) -> None:
    for batch in _chunks(rows):
        db.executemany(sql, batch)


def _actors(rng: np.random.Generator) -> Iterator[tuple[Any, ...]]:
    for i in range(ACTORS):
        country = COUNTRIES[int(rng.integers(len(COUNTRIES)))]
        sector = SECTORS[int(rng.integers(len(SECTORS)))]
        name = f"Actor {i:06d}"
        yield (i + 1, f"{name.lower()}|ORG|{country}", name, name.lower(), "ORG", country, sector)


def build(path: Path, seed: int = 1) -> None:
    """Generate the synthetic store at ``path`` (replacing any file there)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    with open_store(str(path)) as store, store.db.transaction():
        db = store.db
        _insert(db, "INSERT INTO actors(id, key, name, name_norm, type, country, sector) "
                    "VALUES (?,?,?,?,?,?,?)", _actors(rng))
        _insert(db, "INSERT INTO actor_aliases(actor_id, alias, alias_norm) VALUES (?,?,?)",
                ((i + 1, f"Actor {i:06d}", f"actor {i:06d}") for i in range(ACTORS)))
        days = rng.integers(0, DAYS, ARTICLES)
        _insert(db, "INSERT INTO articles(id, doc_id, content_hash, title, published, day, month, "
                    "text, pipeline_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                ((i + 1, f"s{i}", f"h{i}", f"Synthetic story {i}", _day(d), _day(d),
                  _day(d)[:7], f"Synthetic story {i} text.", "bench", "2025-01-01")
                 for i, d in enumerate(days)))
        members = _zipf(rng, ACTORS, ARTICLES * PER_ARTICLE)
        _insert(db, "INSERT INTO article_actors(article_id, local_id, actor_id, name, mentions, "
                    "sentence, month) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                ((i // PER_ARTICLE + 1, f"A{i % PER_ARTICLE}", int(a) + 1, f"Actor {a:06d}",
                  1 + i % 3, f"Actor {a:06d} was mentioned.", _day(days[i // PER_ARTICLE])[:7])
                 for i, a in enumerate(members)))
        # Every actor appears at least once (the long tail of one-off names).
        _insert(db, "INSERT INTO article_actors(article_id, local_id, actor_id, name, mentions, "
                    "sentence, month) VALUES (?,?,?,?,?,?,?)",
                ((i % ARTICLES + 1, f"T{i}", i + 1, f"Actor {i:06d}", 1,
                  f"Actor {i:06d} was mentioned.", _day(days[i % ARTICLES])[:7])
                 for i in range(ACTORS)))
        db.execute("DELETE FROM article_actors WHERE rowid NOT IN (SELECT min(rowid) FROM "
                   "article_actors GROUP BY article_id, actor_id)")
        _fill_events(db, rng, days)
        _fill_aggregates(db)
    print(f"built {path} in {time.perf_counter() - started:.0f} s")


def _fill_events(db: Database, rng: np.random.Generator, days: np.ndarray) -> None:
    actors = _zipf(rng, ACTORS, EVENTS)
    recipients = _zipf(rng, ACTORS, EVENTS)
    articles = rng.integers(0, ARTICLES, EVENTS)
    kinds = rng.integers(0, len(TYPES), EVENTS)
    where = rng.integers(0, len(COUNTRIES), EVENTS)
    intensity = rng.uniform(-10, 10, EVENTS).round(1)

    def rows() -> Iterator[tuple[Any, ...]]:
        for i in range(EVENTS):
            a, r, kind = int(actors[i]), int(recipients[i]), TYPES[int(kinds[i])]
            sentence = f"Actor {a:06d} {kind.lower()} Actor {r:06d}."
            day = _day(days[articles[i]])
            yield (i + 1, int(articles[i]) + 1, kind, float(intensity[i]), a + 1, r + 1,
                   COUNTRIES[a % len(COUNTRIES)], COUNTRIES[r % len(COUNTRIES)], 13,
                   13 + len(kind), kind.lower(), 0, len(sentence), sentence, day, day,
                   COUNTRIES[int(where[i])])

    _insert(db, "INSERT INTO events(id, article_id, type, intensity, actor_id, recipient_id, "
                "actor_country, recipient_country, trigger_start, trigger_end, trigger, "
                "sentence_start, sentence_end, sentence, date, day, country) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    quoted = _zipf(rng, ACTORS, QUOTES)
    _insert(db, 'INSERT INTO quotes(article_id, kind, start, "end", text, speaker_id, sentence, '
                "day) VALUES (?,?,?,?,?,?,?,?)",
            ((int(articles[i]) + 1, "direct", 1, 20, f"Statement number {i}", int(s) + 1,
              f'"Statement number {i}," said Actor {s:06d}.', _day(days[articles[i]]))
             for i, s in enumerate(quoted)))


def _fill_aggregates(db: Database) -> None:
    db.execute("INSERT INTO edges(source_id, target_id, type, count, first_date, last_date, "
               "intensity_sum, intensity_n) SELECT actor_id, recipient_id, type, count(*), "
               "min(day), max(day), sum(intensity), count(intensity) FROM events "
               "GROUP BY actor_id, recipient_id, type")
    db.execute("UPDATE actors SET articles = s.n, mentions = s.m, first_seen = s.f, "
               "last_seen = s.l FROM (SELECT aa.actor_id AS id, count(*) AS n, "
               "sum(aa.mentions) AS m, min(a.day) AS f, max(a.day) AS l FROM article_actors aa "
               "JOIN articles a ON a.id = aa.article_id GROUP BY aa.actor_id) AS s "
               "WHERE actors.id = s.id")
    db.execute("ANALYZE")


def _measure(name: str, runs: int, make: Callable[[random.Random], Callable[[], Any]]
             ) -> dict[str, Any]:
    rng = random.Random(7)
    calls = [make(rng) for _ in range(runs)]
    for call in calls[:5]:  # warm the page cache
        call()
    timings = []
    for call in calls:
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {"query": name, "runs": runs, "median_ms": round(statistics.median(timings), 2),
            "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2),
            "max_ms": round(timings[-1], 2)}


def _popular(rng: random.Random) -> str:
    """An actor name, drawn like news draws them (popular ones more often)."""
    index = min(int(rng.paretovariate(0.6)) - 1, ACTORS - 1)
    return f"Actor {index:06d}"


def run_queries(path: Path, runs: int) -> list[dict[str, Any]]:
    """Time the three query families on the store at ``path``."""
    with open_store(str(path), create=False) as store:
        db = store.db

        def profile(rng: random.Random) -> Callable[[], Any]:
            name = _popular(rng)
            return lambda: queries.actor_profile(db, name)

        def events(rng: random.Random) -> Callable[[], Any]:
            since = _day(rng.randrange(DAYS - 400))
            until = _day(DAYS - rng.randrange(300))
            options: list[dict[str, Any]] = [
                {"actor": _popular(rng)},
                {"recipient": _popular(rng), "type_": rng.choice(TYPES)},
                {"type_": rng.choice(TYPES), "country": rng.choice(COUNTRIES)},
                {"type_": rng.choice(TYPES), "since": since, "until": until},
                {"country": rng.choice(COUNTRIES), "since": since},
                {"actor": _popular(rng), "type_": "ASSAULT", "since": since},
            ]
            chosen = rng.choice(options)
            return lambda: queries.list_events(db, **chosen)

        def relations(rng: random.Random) -> Callable[[], Any]:
            name = _popular(rng) if rng.random() < 0.9 else None
            return lambda: queries.list_relations(db, name)

        return [_measure("actor profile", runs, profile), _measure("events filter", runs, events),
                _measure("relations", runs, relations)]


def main() -> None:
    """Build (once) and query the synthetic store; print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsgraph-bench-query.db"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        build(args.db)
    with open_store(str(args.db), create=False) as store:
        counts = queries.stats(store.db)
    results = run_queries(args.db, args.runs)
    print(json.dumps({"store": {k: counts[k] for k in ("articles", "actors", "quotes", "events",
                                                       "edges")},
                      "results": results,
                      "target_p95_ms": 100,
                      "pass": all(r["p95_ms"] < 100 for r in results)}, indent=2))


if __name__ == "__main__":
    main()
