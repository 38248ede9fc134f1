"""Read queries over the store: every result row is a dict that carries its evidence.

Each function takes a :class:`~newsgraph.store.backends.Database` and returns
plain JSON-able rows (``list[dict]``) with an ``evidence`` key holding the
sentence the row was extracted from, so every output format can show it.
Newest first means by day, undated rows last (``NULLS LAST``: the same order
on both backends). Names given as filters (``--actor Khamenei``) match a global actor's name or
any of its aliases, case-insensitively; with no exact match, a name that
contains the words.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from .backends import Database
from .schema import LATEST, applied_versions
from .writer import day_of, normalize_name

__all__ = [
    "actor_ids",
    "actor_profile",
    "list_actors",
    "list_articles",
    "list_events",
    "list_quotes",
    "list_relations",
    "period_end",
    "stats",
]

Row = dict[str, Any]
_WORD = re.compile(r"\w+", re.UNICODE)


def period_end(value: str | None) -> str | None:
    """The last day of the period a date names ("2025" -> "2025-12-31", "2025-02" -> "...-28")."""
    if not value:
        return None
    parts = value[:10].split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{parts[0]}-{parts[1]}-{last:02d}"
    return value[:10]


def stats(db: Database) -> Row:
    """Counts of what the store holds (``articles`` counts originals, not duplicates)."""
    count = db.scalar
    versions = db.fetchall("SELECT pipeline_version, count(*) FROM articles "
                           "WHERE duplicate_of IS NULL GROUP BY pipeline_version ORDER BY 1")
    return {
        "articles": count("SELECT count(*) FROM articles WHERE duplicate_of IS NULL"),
        "actors": count("SELECT count(*) FROM actors WHERE articles > 0"),
        "quotes": count("SELECT count(*) FROM quotes"),
        "events": count("SELECT count(*) FROM events"),
        "relations": count("SELECT count(*) FROM relations"),
        "edges": count("SELECT count(*) FROM edges"),
        "duplicates": count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "skipped": count("SELECT count(*) FROM skipped"),
        "schema_version": max(applied_versions(db), default=0),
        "schema_latest": LATEST,
        "pipeline_versions": {str(v): int(n) for v, n in versions},
    }


def actor_ids(db: Database, name: str) -> list[int]:
    """Global actor ids whose name or alias is ``name`` (else whose name contains it)."""
    norm = normalize_name(name)
    rows = db.fetchall("SELECT id FROM actors WHERE name_norm = ? "
                       "UNION SELECT actor_id FROM actor_aliases WHERE alias_norm = ?",
                       (norm, norm))
    if not rows:
        rows = db.fetchall("SELECT id FROM actors WHERE name_norm LIKE ? AND articles > 0 "
                           "ORDER BY mentions DESC LIMIT 20", (f"%{norm}%",))
    return sorted(int(r[0]) for r in rows)


def _in(column: str, ids: list[int]) -> str:
    return f"{column} IN ({', '.join(str(int(i)) for i in ids) or 'NULL'})"


def _dates(where: list[str], params: list[Any], column: str,
           since: str | None, until: str | None) -> None:
    if since:
        where.append(f"{column} >= ?")
        params.append(day_of(since))
    if until:
        where.append(f"{column} <= ?")
        params.append(period_end(until))


def _fts(db: Database, table: str, search: str) -> tuple[str, str] | None:
    """A WHERE fragment and its parameter for a full-text search (None: no words)."""
    words = _WORD.findall(search)
    if not words:
        return None
    if db.dialect == "sqlite":
        query = " ".join(f'"{w}"' for w in words)
        return f"{table}.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)", query
    return f"{table}.tsv @@ plainto_tsquery('english', ?)", " ".join(words)


def _snippet(text: str, search: str | None, width: int = 240) -> str:
    """The sentence-ish stretch of ``text`` around the first search word (or its start)."""
    pos = 0
    for word in _WORD.findall(search or ""):
        match = re.search(rf"\b{re.escape(word[:max(len(word) - 2, 3)])}", text, re.IGNORECASE)
        if match:
            pos = match.start()
            break
    start = max((text.rfind(mark, 0, pos) for mark in (". ", "\n", "? ", "! ")), default=-1) + 1
    end = min((i for i in (text.find(mark, pos) for mark in (". ", "\n")) if i >= 0),
              default=len(text))
    return " ".join(text[start:min(end + 1, start + width)].split())


def list_articles(db: Database, search: str | None = None, since: str | None = None,
                  until: str | None = None, limit: int = 50) -> list[Row]:
    """Stored original articles, newest first, optionally matching ``search`` (full text)."""
    where, params = ["articles.duplicate_of IS NULL"], []
    if search:
        fts = _fts(db, "articles", search)
        if fts is None:
            return []
        where.append(fts[0])
        params.append(fts[1])
    _dates(where, params, "articles.day", since, until)
    rows = db.fetchall(
        "SELECT articles.id, articles.day, articles.title, articles.source, articles.url, "
        "articles.text, (SELECT count(*) FROM articles d WHERE d.duplicate_of = articles.id) "
        f"FROM articles WHERE {' AND '.join(where)} "
        "ORDER BY articles.day DESC NULLS LAST, articles.id DESC LIMIT ?", (*params, limit))
    return [{"id": r[0], "date": r[1], "title": r[2], "source": r[3], "url": r[4],
             "duplicates": r[6], "evidence": _snippet(r[5], search)} for r in rows]


def list_actors(db: Database, country: str | None = None, sector: str | None = None,
                type_: str | None = None, name: str | None = None, limit: int = 50) -> list[Row]:
    """Global actors, most mentioned first, filtered by country/sector/type/name."""
    where, params = ["a.articles > 0"], []
    for column, value in (("a.country", country), ("a.sector", sector), ("a.type", type_)):
        if value:
            where.append(f"{column} = ?")
            params.append(value.upper())
    if name:
        where.append(_in("a.id", actor_ids(db, name)))
    rows = db.fetchall(
        "SELECT a.id, a.name, a.type, a.country, a.sector, a.articles, a.mentions, a.first_seen, "
        "a.last_seen, (SELECT sentence FROM article_actors aa WHERE aa.actor_id = a.id "
        "ORDER BY aa.article_id DESC LIMIT 1) "
        f"FROM actors a WHERE {' AND '.join(where)} ORDER BY a.mentions DESC, a.id LIMIT ?",
        (*params, limit))
    keys = ("id", "name", "type", "country", "sector", "articles", "mentions", "first_seen",
            "last_seen", "evidence")
    return [dict(zip(keys, r, strict=True)) for r in rows]


_QUOTE_SQL = """
SELECT q.id, q.day, coalesce(s.name, q.speaker_name), q.kind, q.text, q.cue, q.article_id,
       ar.title, q.sentence
FROM quotes q LEFT JOIN actors s ON s.id = q.speaker_id JOIN articles ar ON ar.id = q.article_id
"""


def list_quotes(db: Database, speaker: str | None = None, search: str | None = None,
                since: str | None = None, until: str | None = None, kind: str | None = None,
                limit: int = 50) -> list[Row]:
    """Quotes, newest first, by speaker, words, date range and kind."""
    where, params = ["1 = 1"], []
    if speaker:
        where.append(_in("q.speaker_id", actor_ids(db, speaker)))
    if search:
        fts = _fts(db, "quotes", search)
        if fts is None:
            return []
        where.append(fts[0].replace("quotes.", "q."))
        params.append(fts[1])
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    _dates(where, params, "q.day", since, until)
    rows = db.fetchall(f"{_QUOTE_SQL} WHERE {' AND '.join(where)} "
                       "ORDER BY q.day DESC NULLS LAST, q.id DESC LIMIT ?", (*params, limit))
    keys = ("id", "date", "speaker", "kind", "text", "cue", "article_id", "title", "evidence")
    return [dict(zip(keys, r, strict=True)) for r in rows]


_EVENT_SQL = """
SELECT e.id, e.day, a.name, e.type, r.name, e.mode, e.cameo, e.intensity, e.trigger,
       e.location, e.country, e.article_id, e.sentence
FROM events e LEFT JOIN actors a ON a.id = e.actor_id LEFT JOIN actors r ON r.id = e.recipient_id
"""
_EVENT_KEYS = ("id", "date", "actor", "type", "recipient", "mode", "cameo", "intensity",
               "trigger", "location", "country", "article_id", "evidence")


def list_events(db: Database, actor: str | None = None, recipient: str | None = None,
                type_: str | None = None, country: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 50) -> list[Row]:
    """Events, newest first; ``country`` matches where it happened or either side's country."""
    where, params = ["1 = 1"], []
    if actor:
        where.append(_in("e.actor_id", actor_ids(db, actor)))
    if recipient:
        where.append(_in("e.recipient_id", actor_ids(db, recipient)))
    if type_:
        where.append("e.type = ?")
        params.append(type_.upper())
    if country:
        where.append("(e.country = ? OR e.actor_country = ? OR e.recipient_country = ?)")
        params.extend([country.upper()] * 3)
    _dates(where, params, "e.day", since, until)
    rows = db.fetchall(f"{_EVENT_SQL} WHERE {' AND '.join(where)} "
                       "ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ?", (*params, limit))
    return [dict(zip(_EVENT_KEYS, r, strict=True)) for r in rows]


def _edge_evidence(db: Database, source: int, target: int, kind: str, limit: int) -> list[Row]:
    order = "ORDER BY day DESC NULLS LAST, id DESC LIMIT ?"
    rows = db.fetchall("SELECT sentence, article_id, day FROM events WHERE actor_id = ? AND "
                       f"recipient_id = ? AND type = ? {order}", (source, target, kind, limit))
    rows += db.fetchall("SELECT sentence, article_id, day FROM relations WHERE source_id = ? AND "
                        f"target_id = ? AND type = ? {order}", (source, target, kind, limit))
    rows.sort(key=lambda r: (r[2] or "", r[1]), reverse=True)
    return [{"sentence": r[0], "article_id": r[1], "date": r[2]} for r in rows[:limit]]


_EDGE_SQL = """
SELECT g.source_id, s.name, g.type, g.target_id, t.name, g.count, g.first_date, g.last_date,
       g.intensity_sum, g.intensity_n
FROM edges g JOIN actors s ON s.id = g.source_id JOIN actors t ON t.id = g.target_id
"""


def _ranked_edges(db: Database, ids: list[int] | None, type_: str | None,
                  limit: int) -> list[tuple[Any, ...]]:
    """The strongest edges (count, then latest), touching ``ids`` when given.

    Each side (as source, as target) is read in index order and the two are
    merged here: an OR across both columns would sort every edge of a busy actor.
    """
    extra, params = ("AND g.type = ? ", [type_.upper()]) if type_ else ("", [])
    order = "ORDER BY g.count DESC, g.last_date DESC NULLS LAST LIMIT ?"
    if ids is None:
        where = "WHERE g.type = ? " if type_ else ""
        return db.fetchall(f"{_EDGE_SQL} {where}{order}", (*params, limit))
    found: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for actor_id in ids:
        for column in ("g.source_id", "g.target_id"):
            for row in db.fetchall(f"{_EDGE_SQL} WHERE {column} = ? {extra}{order}",
                                   (actor_id, *params, limit)):
                found[(row[0], row[3], row[2])] = tuple(row)
    ranked = sorted(found.values(), key=lambda r: (r[5], r[7] or "", -r[0], -r[3], r[2]),
                    reverse=True)
    return ranked[:limit]


def _edge_rows(db: Database, rows: list[tuple[Any, ...]], evidence: int) -> list[Row]:
    out = []
    for r in rows:
        found = _edge_evidence(db, r[0], r[3], r[2], evidence)
        out.append({"source": r[1], "type": r[2], "target": r[4], "count": r[5],
                    "first_date": r[6], "last_date": r[7],
                    "mean_intensity": round(r[8] / r[9], 2) if r[9] else None,
                    "evidence": found[0]["sentence"] if found else None,
                    "evidence_list": found})
    return out


def list_relations(db: Database, actor: str | None = None, type_: str | None = None,
                   limit: int = 50, evidence: int = 3) -> list[Row]:
    """Actor-graph edges, strongest first, each with its latest ``evidence`` sentences."""
    ids = actor_ids(db, actor) if actor else None
    return _edge_rows(db, _ranked_edges(db, ids, type_, limit), evidence)


def actor_profile(db: Database, name: str, limit: int = 10) -> Row | None:
    """Everything about the best-matching actor (most mentions), or None when none matches."""
    ids = actor_ids(db, name)
    if not ids:
        return None
    row = db.fetchone(
        "SELECT id, name, type, country, sector, articles, mentions, first_seen, last_seen "
        f"FROM actors WHERE {_in('id', ids)} ORDER BY mentions DESC, id LIMIT 1")
    assert row is not None
    keys = ("id", "name", "type", "country", "sector", "articles", "mentions", "first_seen",
            "last_seen")
    profile: Row = dict(zip(keys, row, strict=True))
    actor_id = int(row[0])
    profile["aliases"] = [r[0] for r in db.fetchall(
        "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,))]
    profile["titles"] = [
        {"title": r[0], "qualifier": r[1], "first_seen": r[2], "last_seen": r[3], "articles": r[4]}
        for r in db.fetchall("SELECT title, qualifier, first_seen, last_seen, articles FROM "
                             "actor_titles WHERE actor_id = ? ORDER BY articles DESC, title",
                             (actor_id,))]
    profile["timeline"] = [
        {"month": r[0], "articles": r[1], "mentions": r[2]}
        for r in db.fetchall("SELECT month, count(*), sum(mentions) FROM article_actors "
                             "WHERE actor_id = ? GROUP BY month ORDER BY month", (actor_id,))]
    profile["quotes"] = [dict(zip(("id", "date", "speaker", "kind", "text", "cue", "article_id",
                                   "title", "evidence"), r, strict=True))
                         for r in db.fetchall(f"{_QUOTE_SQL} WHERE q.speaker_id = ? "
                                              "ORDER BY q.day DESC NULLS LAST, q.id DESC LIMIT ?",
                                              (actor_id, limit))]
    for side, column in (("events_as_actor", "actor_id"), ("events_as_recipient", "recipient_id")):
        profile[side] = [dict(zip(_EVENT_KEYS, r, strict=True)) for r in db.fetchall(
            f"{_EVENT_SQL} WHERE e.{column} = ? ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ?",
            (actor_id, limit))]
    profile["relations"] = _edge_rows(db, _ranked_edges(db, [actor_id], None, limit), 1)
    profile["other_matches"] = [i for i in ids if i != actor_id][:limit]
    return profile
