"""GDELT 2.0-style tables: events (61 columns) and their mentions (16 columns), tab-separated.

No header row, like GDELT's own files (:data:`GDELT_COLUMNS` and
:data:`MENTION_COLUMNS` name them in order).

**One event, many mentions.** As in GDELT, the events table holds each event
once: the event records of different articles that share actor, recipient,
PLOVER type, CAMEO root, day and place (GeoNames id, else country) are one
event, whose mentions table lists every record with its article and offsets.
An event with neither actor nor recipient is never merged with another.

Events table, what is filled and from where:

- ``GLOBALEVENTID``: the smallest store id among the event's records.
- ``SQLDATE``/``MonthYear``/``Year``/``FractionDate``: the event day (the
  date stated in the text, else the article's publication day);
  ``FractionDate`` is ``year + day_of_year / 365`` to 4 places, as in GDELT.
- ``Actor1*``/``Actor2*``: actor and recipient. ``Code`` is the CAMEO-style
  country + sector code (``IRNMIL``), ``Name`` the upper-cased name,
  ``CountryCode`` ISO 3166-1 alpha-3 (CAMEO country codes are the same for
  nearly every state), ``Type1Code`` the sector. Known-group, ethnic,
  religion and Type2/3 codes are empty (not extracted).
- ``IsRootEvent``: 1 when one of its records is its article's first-mentioned
  event (GDELT: events in the lead), else 0.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: the CAMEO root code
  ("01".."20"); newsgraph codes PLOVER types, so sub-codes are not available.
- ``QuadClass``: from the root: 01-05 verbal cooperation (1), 06-08 material
  cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
- ``GoldsteinScale``: the event intensity (-10..+10).
- ``NumMentions``: its records; ``NumArticles``: the distinct articles they
  come from plus those articles' near-duplicate copies; ``NumSources``: the
  distinct sources (the article's source, else its URL's host, else where it
  was read from).
- ``AvgTone``: empty (no sentiment model).
- ``ActionGeo_*``: the event location resolved with GeoNames (``Event.geo``).
  ``FullName`` the location and its country's name ("Kharkiv, Ukraine"),
  ``CountryCode`` ISO3 (where GDELT uses FIPS 10-4), ``Lat``/``Long`` for
  cities and regions, ``FeatureID`` the GeoNames id (GDELT uses GNS/GNIS
  ids). ``Type`` as GDELT: 1 country, 2 US state, 3 US city, 4 world city
  (also a place of unknown kind, as stored before pipeline 0.5.0), 5 world
  region.
  ADM codes and all Actor geo fields are empty.
- ``DATEADDED``: the earliest ingest time ``YYYYMMDDHHMMSS`` (UTC);
  ``SOURCEURL`` the URL of its first article, else where it was read from.

Mentions table (GDELT 2.0 Mentions), one row per event record:
``GLOBALEVENTID`` (the event's), ``EventTimeDate`` (its ``DATEADDED``),
``MentionTimeDate`` (the article's ingest time), ``MentionType`` 1 (web),
``MentionSourceName``, ``MentionIdentifier`` (URL, else where it was read
from), ``ActionCharOffset`` (the trigger's character offset in the article;
``articles.text[offset:]`` starts with the trigger), ``InRawText`` 1,
``Actor1CharOffset``/``Actor2CharOffset`` (the actor's and the recipient's
mention in the event's sentence nearest the trigger, -1 when none),
``SentenceID`` (the 1-based number of the event's sentence in the article),
``MentionDocLen`` (characters). ``Confidence`` and the tone fields are
empty. ``Extras`` carries newsgraph's evidence: ``<TRIGGER>`` the trigger
text, ``<SENTENCE>`` the sentence's start-end offsets, ``<TYPE>`` the PLOVER
type and mode.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pycountry

from ..store.backends import Database

__all__ = [
    "GDELT_COLUMNS",
    "MENTION_COLUMNS",
    "geo_type",
    "quad_class",
    "write_gdelt",
    "write_gdelt_mentions",
]

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{side}Geo_{field}" for side in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)

# One row per event record, ordered so that the records of one event are adjacent.
# ``solo`` keeps an event with neither actor nor recipient on its own.
_SQL = """
SELECT e.id, e.day, e.cameo, e.intensity, e.location, e.country, e.place_kind, e.latitude,
       e.longitude, e.geonameid,
       a.name, a.country, a.sector, r.name, r.country, r.sector,
       ar.ingested_at, coalesce(ar.url, ar.origin), ar.source, ar.id,
       (SELECT count(*) FROM articles d WHERE d.duplicate_of = e.article_id),
       CASE WHEN e.sentence_start = (SELECT min(x.sentence_start) FROM events x
                                     WHERE x.article_id = e.article_id) THEN 1 ELSE 0 END,
       e.type, e.mode, e.trigger_start, e.trigger, e.sentence_start, e.sentence_end,
       length(ar.text), e.actor_id, e.recipient_id, e.actor_start, e.recipient_start,
       e.sentence_number
FROM events e
JOIN articles ar ON ar.id = e.article_id
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id
ORDER BY e.actor_id, e.recipient_id, e.type, e.cameo, e.day,
         coalesce(CAST(e.geonameid AS TEXT), e.country, ''),
         CASE WHEN e.actor_id IS NULL AND e.recipient_id IS NULL THEN e.id ELSE 0 END, e.id
"""


def quad_class(root: str | None) -> int | None:
    """GDELT QuadClass of a CAMEO root code, or None when there is no valid root."""
    if not root or not root[:2].isdigit():
        return None
    number = int(root[:2])
    if not 1 <= number <= 20:
        return None
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def geo_type(kind: str | None, country: str | None, has_location: bool) -> int | str:
    """GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world
    region; "" when nothing is known."""
    if not (has_location or country):
        return ""
    if kind == "country" or not has_location:
        return 1
    if kind == "region":
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4  # a city, or a place of unknown kind


@lru_cache(maxsize=512)
def _country_name(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    return str(getattr(country, "common_name", None) or getattr(country, "name", iso3))


def _full_name(location: str | None, kind: str | None, country: str | None) -> str:
    if not location:
        return _country_name(country) if country else ""
    if kind == "country" or not country:
        return location
    return f"{location}, {_country_name(country)}"


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _dates(day: str | None) -> list[Any]:
    if not day:
        return ["", "", "", ""]
    parsed = date.fromisoformat(day)
    fraction = parsed.year + parsed.timetuple().tm_yday / 365
    return [parsed.strftime("%Y%m%d"), parsed.strftime("%Y%m"), parsed.year, f"{fraction:.4f}"]


def _actor(name: str | None, country: str | None, sector: str | None) -> list[Any]:
    if name is None:
        return [""] * 10
    code = f"{country or ''}{sector or ''}"
    return [code, name.upper(), country or "", "", "", "", "", sector or "", "", ""]


def _stamp(when: str | None) -> str:
    return "".join(ch for ch in (when or "")[:19] if ch.isdigit())


def _source(source: str | None, url: str | None) -> str:
    if source:
        return source
    host = urlsplit(url or "").hostname
    return host or (url or "")


def _key(r: tuple[Any, ...]) -> tuple[Any, ...]:
    """What makes two records one event: actor, recipient, type, root, day and place."""
    event_id, day, cameo, country, geonameid = r[0], r[1], r[2], r[5], r[9]
    actor_id, recipient_id = r[29], r[30]
    solo = event_id if actor_id is None and recipient_id is None else 0
    place = geonameid if geonameid is not None else country
    return actor_id, recipient_id, r[22], cameo, day, place, solo


def _events(db: Database) -> Iterator[list[tuple[Any, ...]]]:
    """The event records grouped into events (each list holds one event's records)."""
    cursor = db.execute(_SQL)
    group: list[tuple[Any, ...]] = []
    key: tuple[Any, ...] | None = None
    while rows := cursor.fetchmany(5000):
        for row in rows:
            record = tuple(row)
            k = _key(record)
            if group and k != key:
                yield group
                group = []
            key = k
            group.append(record)
    if group:
        yield group


def _event_row(group: list[tuple[Any, ...]]) -> list[Any]:
    first = min(group, key=lambda r: r[0])
    (event_id, day, cameo, intensity, location, country, kind, lat, lon, geonameid, a_name,
     a_country, a_sector, r_name, r_country, r_sector) = first[:16]
    articles = {r[19]: r[20] for r in group}
    sources = {_source(r[18], r[17]) for r in group}
    earliest = min(group, key=lambda r: r[19])
    root = (cameo or "")[:2]
    return [
        event_id, *_dates(day), *_actor(a_name, a_country, a_sector),
        *_actor(r_name, r_country, r_sector), max(r[21] for r in group), root, root, root,
        quad_class(root) or "", "" if intensity is None else intensity,
        len(group), len(sources), len(articles) + sum(articles.values()), "",
        *([""] * 16), geo_type(kind, country, bool(location)),
        _full_name(location, kind, country), country or "", "", "", _coordinate(lat),
        _coordinate(lon), "" if geonameid is None else geonameid,
        _stamp(min(r[16] for r in group)), earliest[17] or "",
    ]


def _mention_rows(group: list[tuple[Any, ...]]) -> Iterator[list[Any]]:
    event_id = min(r[0] for r in group)
    added = _stamp(min(r[16] for r in group))
    for r in sorted(group, key=lambda r: r[0]):
        type_mode = f"{r[22]}/{r[23]}" if r[23] else r[22]
        extras = (f"<TRIGGER>{r[25]}</TRIGGER><SENTENCE>{r[26]}-{r[27]}</SENTENCE>"
                  f"<TYPE>{type_mode}</TYPE>")
        actor, recipient = (-1 if offset is None else offset for offset in (r[31], r[32]))
        yield [event_id, added, _stamp(r[16]), 1, _source(r[18], r[17]), r[17] or "",
               "" if r[33] is None else r[33], actor, recipient, r[24], 1, "", r[28], "", "",
               extras]


def _write(path: Path, rows: Iterator[list[Any]], width: int) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                            lineterminator="\n")
        for row in rows:
            assert len(row) == width
            writer.writerow([str(v).replace("\t", " ").replace("\n", " ") for v in row])
            count += 1
    return count


def write_gdelt(db: Database, path: Path) -> int:
    """Write each event once as a GDELT 2.0 row (tab-separated, no header); return the count."""
    return _write(path, (_event_row(g) for g in _events(db)), len(GDELT_COLUMNS))


def write_gdelt_mentions(db: Database, path: Path) -> int:
    """Write every event record as a GDELT 2.0 mention row; return the count."""
    rows = (row for g in _events(db) for row in _mention_rows(g))
    return _write(path, rows, len(MENTION_COLUMNS))
