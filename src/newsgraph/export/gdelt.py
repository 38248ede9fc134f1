"""A GDELT-2.0-style event table: the 61 columns of the GDELT 2.0 Event Codebook, tab-separated.

No header row, like GDELT's own files (:data:`GDELT_COLUMNS` names them in
order). What is filled, and from where:

- ``GLOBALEVENTID``: the store's event id.
- ``SQLDATE``/``MonthYear``/``Year``/``FractionDate``: the event day (the
  date stated in the text, else the article's publication day);
  ``FractionDate`` is ``year + day_of_year / 365`` to 4 places, as in GDELT.
- ``Actor1*``/``Actor2*``: actor and recipient. ``Code`` is the CAMEO-style
  country + sector code (``IRNMIL``), ``Name`` the upper-cased name,
  ``CountryCode`` ISO 3166-1 alpha-3 (CAMEO country codes are the same for
  nearly every state), ``Type1Code`` the sector. Known-group, ethnic,
  religion and Type2/3 codes are empty (not extracted).
- ``IsRootEvent``: 1 for the article's first-mentioned event (GDELT: events
  in the lead), else 0.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: the CAMEO root code
  ("01".."20"); newsgraph codes PLOVER types, so sub-codes are not available.
- ``QuadClass``: from the root: 01-05 verbal cooperation (1), 06-08 material
  cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
- ``GoldsteinScale``: the event intensity (-10..+10).
- ``NumMentions``/``NumSources``/``NumArticles``: 1 + the number of
  near-duplicate copies of the article linked to it.
- ``AvgTone``: empty (no sentiment model).
- ``ActionGeo_*``: the event location resolved with GeoNames (``Event.geo``).
  ``FullName`` the location and its country's name ("Kharkiv, Ukraine"),
  ``CountryCode`` ISO3 (where GDELT uses FIPS 10-4), ``Lat``/``Long`` for
  cities and regions, ``FeatureID`` the GeoNames id (GDELT uses GNS/GNIS
  ids). ``Type`` as GDELT: 1 country, 2 US state, 3 US city, 4 world city,
  5 world region (also a place whose kind is unknown but not a country).
  ADM codes and all Actor geo fields are empty.
- ``DATEADDED``: the ingest time ``YYYYMMDDHHMMSS`` (UTC); ``SOURCEURL`` the
  article URL, else where it was read from.
"""

from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from ..store.backends import Database

__all__ = ["GDELT_COLUMNS", "geo_type", "quad_class", "write_gdelt"]

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

_SQL = """
SELECT e.id, e.day, e.cameo, e.intensity, e.location, e.country, e.place_kind, e.latitude,
       e.longitude, e.geonameid,
       a.name, a.country, a.sector, r.name, r.country, r.sector,
       ar.ingested_at, coalesce(ar.url, ar.origin),
       (SELECT count(*) FROM articles d WHERE d.duplicate_of = e.article_id),
       CASE WHEN e.sentence_start = (SELECT min(x.sentence_start) FROM events x
                                     WHERE x.article_id = e.article_id) THEN 1 ELSE 0 END
FROM events e
JOIN articles ar ON ar.id = e.article_id
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id
ORDER BY e.id
"""


def quad_class(root: str | None) -> int | None:
    """GDELT QuadClass of a CAMEO root code, or None when there is no valid root."""
    if not root or not root[:2].isdigit():
        return None
    number = int(root[:2])
    if not 1 <= number <= 20:
        return None
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


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


def geo_type(kind: str | None, country: str | None, has_location: bool) -> int | str:
    """GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world
    region; "" when nothing is known."""
    if not (has_location or country):
        return ""
    if kind == "country" or not has_location:
        return 1
    if kind == "city":
        return 3 if country == "USA" else 4
    return 2 if country == "USA" and kind == "region" else 5


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


def _row(r: tuple[Any, ...]) -> list[Any]:
    (event_id, day, cameo, intensity, location, country, kind, lat, lon, geonameid,
     a_name, a_country, a_sector, r_name, r_country, r_sector, added, url, copies,
     root_event) = r
    root = (cameo or "")[:2]
    articles = 1 + int(copies)
    added_stamp = "".join(ch for ch in (added or "")[:19] if ch.isdigit())
    return [
        event_id, *_dates(day), *_actor(a_name, a_country, a_sector),
        *_actor(r_name, r_country, r_sector), root_event, root, root, root,
        quad_class(root) or "", "" if intensity is None else intensity,
        articles, articles, articles, "",
        *([""] * 16), geo_type(kind, country, bool(location)),
        _full_name(location, kind, country), country or "", "", "", _coordinate(lat),
        _coordinate(lon), "" if geonameid is None else geonameid,
        added_stamp, url or "",
    ]


def write_gdelt(db: Database, path: Path) -> int:
    """Write every event as one GDELT 2.0 row (tab-separated, no header); return the count."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                            lineterminator="\n")
        cursor = db.execute(_SQL)
        while rows := cursor.fetchmany(5000):
            for r in rows:
                row = _row(tuple(r))
                assert len(row) == len(GDELT_COLUMNS)
                writer.writerow([str(v).replace("\t", " ").replace("\n", " ") for v in row])
                count += 1
    return count
