"""Writing analyses: one article's records, global actors and graph edges.

Everything here runs inside a transaction opened by :class:`~newsgraph.store.Store`
(one per article), so an interrupted ingest leaves either the whole article or
nothing. Aggregates (actor counts and first/last seen, edge counts, dates and
intensities) are updated incrementally on insert and recomputed from the
per-article rows for the keys an article touched when it is re-analyzed.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..model import Actor, Analysis, Article, Event
from .backends import Database
from .dedup import CONTAINMENT, Signature, containment

__all__ = [
    "Affected",
    "actor_key",
    "day_of",
    "delete_records",
    "find_duplicate",
    "insert_article",
    "normalize_name",
    "refresh_aggregates",
    "write_records",
]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
EdgeKey = tuple[int, int, str]


def normalize_name(name: str) -> str:
    """Case- and space-folded name used for look-ups ("the U.S." stays distinct)."""
    return " ".join(name.replace("’", "'").split()).casefold()


def day_of(date: str | None) -> str | None:
    """The ``YYYY-MM-DD`` day an ISO date falls on (a month or year maps to its first day)."""
    if not date:
        return None
    match = _DATE.match(date)
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{month or '01'}-{day or '01'}"


def actor_key(actor: Actor) -> str:
    """The actor's stable cross-article key (built from its name when the stage gave none)."""
    return actor.key or f"{normalize_name(actor.name)}|{actor.type}|{actor.country or ''}"


@dataclass(frozen=True, slots=True)
class Affected:
    """The global actors and edges whose aggregates an article contributed to."""

    actors: frozenset[int]
    edges: frozenset[EdgeKey]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def insert_article(
    db: Database, article: Article, digest: str, signature: Signature, *,
    pipeline_version: str | None, duplicate_of: int | None = None,
    similarity: float | None = None,
) -> int:
    """Insert the article row (and its LSH bands unless it is a duplicate); return its id."""
    day = day_of(article.published)
    row = db.fetchone(
        "INSERT INTO articles(doc_id, content_hash, title, published, day, month, url, source, "
        "byline, language, reading_time_minutes, origin, metadata, text, pipeline_version, "
        "duplicate_of, similarity, shingles, minhash, ingested_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
        (article.id, digest, article.title, article.published, day, day[:7] if day else None,
         article.url, article.source, article.byline, article.language,
         article.reading_time_minutes, article.origin,
         json.dumps(article.metadata, ensure_ascii=False, default=str), article.text,
         pipeline_version, duplicate_of, similarity, signature.shingles,
         signature.to_bytes(), _now()),
    )
    assert row is not None
    article_id = int(row[0])
    if duplicate_of is None and signature.usable:
        db.executemany("INSERT INTO minhash_bands(band, hash, article_id) VALUES (?,?,?)",
                       [(band, key, article_id) for band, key in signature.bands()])
    return article_id


def find_duplicate(db: Database, signature: Signature) -> tuple[int, float] | None:
    """The stored original this signature nearly duplicates, with its containment, or None."""
    if not signature.usable:
        return None
    bands = signature.bands()
    # One query for all bands instead of one per band: each OR term is still an
    # index look-up (SQLite's multi-index OR; a row-value IN would scan the table).
    rows = db.fetchall(
        "SELECT article_id FROM minhash_bands WHERE "
        + " OR ".join(["(band = ? AND hash = ?)"] * len(bands)),
        [value for pair in bands for value in pair])
    candidates = {int(r[0]) for r in rows}
    best: tuple[int, float] | None = None
    for article_id in sorted(candidates):
        row = db.fetchone("SELECT minhash, shingles FROM articles WHERE id = ?", (article_id,))
        if row is None or row[0] is None:
            continue
        score = containment(signature, Signature.from_bytes(bytes(row[0]), int(row[1])))
        if score >= CONTAINMENT and (best is None or score > best[1]):
            best = (article_id, round(score, 3))
    return best


# --------------------------------------------------------------------------- records


def write_records(db: Database, article_id: int, analysis: Analysis) -> None:
    """Write the per-article rows of ``analysis`` and update the aggregates they feed."""
    day = day_of(analysis.article.published)
    payload = analysis.to_dict()
    payload.pop("text", None)  # the article row holds the text once
    db.execute("INSERT INTO analyses(article_id, json) VALUES (?, ?)",
               (article_id, json.dumps(payload, ensure_ascii=False)))
    ids = _write_actors(db, article_id, analysis, day)
    _write_quotes(db, article_id, analysis, ids, day)
    _write_events(db, article_id, analysis, ids, day)
    _write_relations(db, article_id, analysis, ids, day)


def _sentence_at(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    """The span of the sentences overlapping ``[start, end)`` (its line if none is known)."""
    sentences = analysis.sentences
    if sentences:
        starts = [s.start for s in sentences]
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        j = max(bisect.bisect_left(starts, end) - 1, i)
        return min(sentences[i].start, start), max(sentences[j].end, end)
    text = analysis.article.text
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def _mention_names(actor: Actor) -> set[str]:
    names = {actor.name, *actor.aliases}
    names.update(m.text for m in actor.mentions if m.source in ("ner", "ruler", "alias"))
    return {n.strip() for n in names if n.strip()}


def _write_actors(db: Database, article_id: int, analysis: Analysis, day: str | None
                  ) -> dict[str, tuple[int, str | None]]:
    """Upsert global actors; return local id -> (global id, country)."""
    by_key: dict[str, list[Actor]] = defaultdict(list)
    for actor in analysis.actors:
        by_key[actor_key(actor)].append(actor)
    ids: dict[str, tuple[int, str | None]] = {}
    # The rows of the other tables are written after the loop, one statement per
    # table and in the same order (same rows, same row ids, fewer round trips).
    aliases: list[tuple[int, str, str]] = []
    titles: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
    # Sorted, so concurrent ingests lock actor rows in the same order (no deadlock).
    for key, group in sorted(by_key.items()):
        first = group[0]
        mentions = sum(max(len(a.mentions), 1) for a in group)
        row = db.fetchone(_UPSERT_ACTOR, (key, first.name, normalize_name(first.name), first.type,
                                          first.country, first.sector, mentions, day, day))
        assert row is not None
        global_id, country = int(row[0]), row[1]
        names = set().union(*(_mention_names(a) for a in group))
        aliases.extend((global_id, n, normalize_name(n)) for n in sorted(names))
        kept = {(t.text, t.qualifier) for a in group for t in a.titles}
        titles.extend((global_id, t, q, day, day) for t, q in sorted(kept))
        for actor in group:
            ids[actor.id] = (global_id, country)
            links.append((article_id, actor.id, global_id, actor.name, len(actor.mentions),
                          *_first_mention(analysis, actor), day[:7] if day else None))
    db.executemany("INSERT INTO actor_aliases(actor_id, alias, alias_norm) VALUES (?,?,?) "
                   "ON CONFLICT DO NOTHING", aliases)
    db.executemany(_UPSERT_TITLE, titles)
    db.executemany(
        'INSERT INTO article_actors(article_id, local_id, actor_id, name, mentions, start, '
        '"end", sentence, month) VALUES (?,?,?,?,?,?,?,?,?)', links)
    return ids


def _first_mention(analysis: Analysis, actor: Actor) -> tuple[int | None, int | None, str | None]:
    if not actor.mentions:
        return None, None, None
    first = min(actor.mentions, key=lambda m: m.start)
    s, e = _sentence_at(analysis, first.start, first.end)
    return first.start, first.end, analysis.article.text[s:e]


_UPSERT_ACTOR = """
INSERT INTO actors(key, name, name_norm, type, country, sector, articles, mentions,
                   first_seen, last_seen)
VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
ON CONFLICT(key) DO UPDATE SET
    articles = actors.articles + 1,
    mentions = actors.mentions + excluded.mentions,
    country = COALESCE(actors.country, excluded.country),
    sector = COALESCE(actors.sector, excluded.sector),
    first_seen = CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen
                      THEN excluded.first_seen ELSE actors.first_seen END,
    last_seen = CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen
                     THEN excluded.last_seen ELSE actors.last_seen END
RETURNING id, country
"""

_UPSERT_TITLE = """
INSERT INTO actor_titles(actor_id, title, qualifier, first_seen, last_seen, articles)
VALUES (?, ?, ?, ?, ?, 1)
ON CONFLICT(actor_id, title, qualifier) DO UPDATE SET
    articles = actor_titles.articles + 1,
    first_seen = CASE WHEN actor_titles.first_seen IS NULL
                      OR excluded.first_seen < actor_titles.first_seen
                      THEN excluded.first_seen ELSE actor_titles.first_seen END,
    last_seen = CASE WHEN actor_titles.last_seen IS NULL
                     OR excluded.last_seen > actor_titles.last_seen
                     THEN excluded.last_seen ELSE actor_titles.last_seen END
"""


def _gid(ids: dict[str, tuple[int, str | None]], local: str | None) -> int | None:
    return ids[local][0] if local in ids else None


def _write_quotes(db: Database, article_id: int, analysis: Analysis,
                  ids: dict[str, tuple[int, str | None]], day: str | None) -> None:
    text = analysis.article.text
    rows = []
    for q in analysis.quotes:
        s, e = _sentence_at(analysis, min(q.start, q.cue.start if q.cue else q.start),
                            max(q.end, q.cue.end if q.cue else q.end))
        rows.append((article_id, q.kind, q.start, q.end, q.text, _gid(ids, q.speaker),
                     q.speaker_name, q.cue.text if q.cue else None,
                     q.cue.start if q.cue else None, q.cue.end if q.cue else None,
                     q.medium, q.utterance, s, e, text[s:e], day))
    db.executemany(
        'INSERT INTO quotes(article_id, kind, start, "end", text, speaker_id, speaker_name, cue, '
        "cue_start, cue_end, medium, utterance, sentence_start, sentence_end, sentence, day) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def _place_country(analysis: Analysis, location: str | None) -> str | None:
    if not location:
        return None
    wanted = normalize_name(location)
    for place in analysis.places:
        if normalize_name(place.name) == wanted or any(
                normalize_name(m.text) == wanted for m in place.mentions):
            return place.country
    for actor in analysis.actors:  # a country named as the location is also an actor
        if actor.type in ("COUNTRY", "GPE") and normalize_name(actor.name) == wanted:
            return actor.country
    return None


def _mention_in_sentence(actor: Actor | None, e: Event) -> tuple[int | None, int | None]:
    """The offsets of ``actor``'s mention in the event's sentence nearest its trigger."""
    if actor is None:
        return None, None
    inside = [m for m in actor.mentions
              if e.sentence.start <= m.start and m.end <= e.sentence.end]
    if not inside:
        return None, None
    best = min(inside, key=lambda m: abs(m.start - e.trigger.start))
    return best.start, best.end


def _event_row(article_id: int, analysis: Analysis, e: Event,
               ids: dict[str, tuple[int, str | None]], day: str | None,
               by_id: dict[str, Actor], starts: list[int]) -> tuple[Any, ...]:
    actor, recipient = ids.get(e.actor or ""), ids.get(e.recipient or "")
    return (article_id, e.type, e.mode, e.context, e.cameo, e.intensity,
            actor[0] if actor else None, recipient[0] if recipient else None,
            _gid(ids, e.reported_by), actor[1] if actor else None,
            recipient[1] if recipient else None, e.trigger.start, e.trigger.end, e.trigger.text,
            e.sentence.start, e.sentence.end, e.sentence.text, e.date, e.date_precision,
            e.date_source, day_of(e.date) or day, e.location,
            e.geo.country if e.geo else _place_country(analysis, e.location), int(e.intent),
            *((e.geo.kind or None, e.geo.latitude, e.geo.longitude, e.geo.geonameid)
              if e.geo else (None, None, None, None)),
            *_mention_in_sentence(by_id.get(e.actor or ""), e),
            *_mention_in_sentence(by_id.get(e.recipient or ""), e),
            bisect.bisect_right(starts, e.sentence.start) or None)


def _write_events(db: Database, article_id: int, analysis: Analysis,
                  ids: dict[str, tuple[int, str | None]], day: str | None) -> None:
    by_id = {a.id: a for a in analysis.actors}
    starts = [s.start for s in analysis.sentences]  # in text order
    rows = [_event_row(article_id, analysis, e, ids, day, by_id, starts)
            for e in analysis.events]
    db.executemany(
        "INSERT INTO events(article_id, type, mode, context, cameo, intensity, actor_id, "
        "recipient_id, reported_by_id, actor_country, recipient_country, trigger_start, "
        "trigger_end, trigger, sentence_start, sentence_end, sentence, date, date_precision, "
        "date_source, day, location, country, intent, place_kind, latitude, longitude, "
        "geonameid, actor_start, actor_end, recipient_start, recipient_end, sentence_number) "
        f"VALUES ({', '.join('?' * 33)})", rows)
    _bump_edges(db, [(r[6], r[7], r[1], r[20], r[5]) for r in rows])


def _write_relations(db: Database, article_id: int, analysis: Analysis,
                     ids: dict[str, tuple[int, str | None]], day: str | None) -> None:
    # Imported here: the relations stage loads spaCy, which the query commands do not need.
    from ..relations import edge_type

    text = analysis.article.text
    rows = []
    for r in analysis.relations:
        source, target = _gid(ids, r.source), _gid(ids, r.target)
        if source is None or target is None:
            continue
        s, e = _sentence_at(analysis, r.evidence.start, r.evidence.end)
        rows.append((article_id, source, target, r.relation, edge_type(r.relation),
                     r.evidence.start, r.evidence.end, r.evidence.text, text[s:e], day))
    db.executemany(
        'INSERT INTO relations(article_id, source_id, target_id, relation, type, start, "end", '
        "text, sentence, day) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    _bump_edges(db, [(r[1], r[2], r[4], r[9], None) for r in rows])


_UPSERT_EDGE = """
INSERT INTO edges(source_id, target_id, type, count, first_date, last_date,
                  intensity_sum, intensity_n)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(source_id, target_id, type) DO UPDATE SET
    count = edges.count + excluded.count,
    first_date = CASE WHEN edges.first_date IS NULL OR excluded.first_date < edges.first_date
                      THEN excluded.first_date ELSE edges.first_date END,
    last_date = CASE WHEN edges.last_date IS NULL OR excluded.last_date > edges.last_date
                     THEN excluded.last_date ELSE edges.last_date END,
    intensity_sum = edges.intensity_sum + excluded.intensity_sum,
    intensity_n = edges.intensity_n + excluded.intensity_n
"""


def _bump_edges(db: Database,
                items: Iterable[tuple[int | None, int | None, str, str | None, float | None]]
                ) -> None:
    """Add ``(source, target, type, day, intensity)`` items to their edges (both ends known)."""
    merged: dict[EdgeKey, list[Any]] = {}
    for source, target, kind, day, intensity in items:
        if source is None or target is None:
            continue
        entry = merged.setdefault((source, target, kind), [0, day, day, 0.0, 0])
        entry[0] += 1
        if day is not None:
            entry[1] = day if entry[1] is None else min(entry[1], day)
            entry[2] = day if entry[2] is None else max(entry[2], day)
        if intensity is not None:
            entry[3] += float(intensity)
            entry[4] += 1
    db.executemany(_UPSERT_EDGE, [(*key, *vals) for key, vals in sorted(merged.items())])


# --------------------------------------------------------------------------- re-analysis


def delete_records(db: Database, article_id: int) -> Affected:
    """Delete an article's extracted rows (not the article); say which aggregates they fed."""
    actors = {int(r[0]) for r in db.fetchall(
        "SELECT actor_id FROM article_actors WHERE article_id = ?", (article_id,))}
    edges = {(int(r[0]), int(r[1]), str(r[2])) for r in db.fetchall(
        "SELECT actor_id, recipient_id, type FROM events WHERE article_id = ? "
        "AND actor_id IS NOT NULL AND recipient_id IS NOT NULL "
        "UNION SELECT source_id, target_id, type FROM relations WHERE article_id = ?",
        (article_id, article_id))}
    for table in ("quotes", "events", "relations", "article_actors", "analyses"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))  # noqa: S608
    return Affected(frozenset(actors), frozenset(edges))


def refresh_aggregates(db: Database, affected: Affected) -> None:
    """Recompute actor counts/dates and edges for ``affected`` from the per-article rows."""
    for actor_id in sorted(affected.actors):
        db.execute(_REFRESH_ACTOR, (actor_id,) * 5)
    for source, target, kind in sorted(affected.edges):
        db.execute("DELETE FROM edges WHERE source_id = ? AND target_id = ? AND type = ?",
                   (source, target, kind))
        db.execute(_REBUILD_EDGE, (source, target, kind) * 3)


_REFRESH_ACTOR = """
UPDATE actors SET
    articles = (SELECT count(*) FROM article_actors WHERE actor_id = ?),
    mentions = (SELECT coalesce(sum(mentions), 0) FROM article_actors WHERE actor_id = ?),
    first_seen = (SELECT min(a.day) FROM article_actors aa JOIN articles a ON a.id = aa.article_id
                  WHERE aa.actor_id = ?),
    last_seen = (SELECT max(a.day) FROM article_actors aa JOIN articles a ON a.id = aa.article_id
                 WHERE aa.actor_id = ?)
WHERE id = ?
"""

_REBUILD_EDGE = """
INSERT INTO edges(source_id, target_id, type, count, first_date, last_date,
                  intensity_sum, intensity_n)
SELECT ?, ?, ?, count(*), min(day), max(day), coalesce(sum(intensity), 0), count(intensity)
FROM (SELECT day, intensity FROM events WHERE actor_id = ? AND recipient_id = ? AND type = ?
      UNION ALL
      SELECT day, NULL FROM relations WHERE source_id = ? AND target_id = ? AND type = ?) AS ev
HAVING count(*) > 0
"""
