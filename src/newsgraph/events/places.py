"""Where: resolve place names to countries and coordinates with the GeoNames gazetteer.

The gazetteer itself (the index of GeoNames and ISO 3166-2 names, the country
aliases and region abbreviations) is built in :mod:`newsgraph.events.gazetteer`;
this module is the entry point that chooses among the entries a name can mean
and resolves an article's places (:func:`resolve_places`, called by the
pipeline after the actors stage). A name matching several entries ("Tripoli":
Libya or Lebanon; "Georgia": the country or the US state) is resolved toward
the countries the article is about; otherwise a country beats a city of
500,000 or more ("Washington", "New York" are the cities, not the states),
which beats a state, which beats a smaller city, and a larger city beats a
smaller one. A small town of a country of the story yields to a metropolis, a large
city or a country abroad of its name, and to a US state ("Florida" in a story about
Cuba); a small town abroad of no country of the story, whose country none of the
story's other places lie in, is left unresolved ("Blenheim" Palace, "Hyde Park, London").
The namesake and population rules among a name's entries are in
:mod:`newsgraph.events.place_namesakes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..model import Actor, Place
from .gazetteer import (
    GazetteerEntry,
    _candidates,
    _key,
    _region_abbreviation,
    _shared_state_name,
)
from .gazetteer import _build_index as _build_index
from .gazetteer import _decode_bucket as _decode_bucket
from .gazetteer import _index as _index
from .gazetteer import _index_rows as _index_rows
from .gazetteer import subdivision_names as subdivision_names
from .place_namesakes import (
    _CITY_ABROAD,
    _HOME_TOWN,
    _KIND_RANK,
    _METROPOLIS,
    _aliased_place,
    _instead_of_home_town,
    _namesake_state,
    _rank,
    _stray_alternate,
)
from .regions import region_names

__all__ = [
    "GazetteerEntry",
    "article_countries",
    "gazetteer_spelling",
    "lookup_place",
    "resolve_places",
    "subdivision_names",
]

_LARGE_CITY = 100_000  # "west <city>" is a part of a city this large, not of a town

_DOTTED_CUT = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_ABBREVIATION = re.compile(r"[A-Z]{2,3}")  # not "ROME", "DOHA": a wire dateline's city
# "Baghdad International Airport", "Luton Airport": in the city it is named after
_AIRPORT = re.compile(r"^(?P<city>.+?)\s+(?:International\s+)?Airport$", re.IGNORECASE)
# "Guantanamo Bay", "Sydney Harbour", "Tokyo Bay": the water of a large city it is named
# after (not "Hudson Bay", named after a man and a small town, nor "Pearl Harbor")
_CITY_WATER = re.compile(r"^(?P<city>.+?)\s+(?:Bay|Harbour|Harbor)$")
_WATER_CITY = 100_000


# "west London", "southern Iran", "South Thailand": a part of a known place
_PART_OF = re.compile(
    r"^(?:(?:north|south|east|west|central|upper|lower)(?:[- ]?(?:east|west))?|"
    r"(?:north|south|east|west)(?:ern)?|(?:north|south)[- ]?(?:east|west)ern|"
    r"mid|inner|outer|greater|rural|downtown)\s+(?=\S)",
    re.IGNORECASE,
)


# "Helmand Province", "Kandahar City", "County Mayo", "State of Western Australia": an
# administrative word around a name the gazetteer knows bare
_ADMIN_WORDS = re.compile(
    r"^(?:(?:county|state|province|emirate|governorate|prefecture|region|department)\s+of"
    r"|county)\s+(?P<inner>\S.*)$"
    r"|^(?P<outer>.*\S)\s+(?P<word>province|district|governorate|prefecture|region|state"
    r"|city|county|oblast|division|municipality)$",
    re.IGNORECASE,
)
# the kinds of place each administrative word may name
_ADMIN_KINDS = {"city": ("city",), "district": ("region", "city"), "municipality": ("city",)}


def _bare_admin(name: str, countries: Iterable[str]) -> GazetteerEntry | None:
    """The place ``name`` names with an administrative word the gazetteer does not hold,
    when the bare name is known as a place of that kind (a city only under its very name:
    "Zhari District" is no old name of Żary, Poland)."""
    found = _ADMIN_WORDS.match(name.strip())
    if found is None:
        return None
    bare = found.group("inner") or found.group("outer")
    kinds = _ADMIN_KINDS.get((found.group("word") or "").casefold(), ("region",))
    # a region under any of its names ("Anbar"), a city only under its own
    named = [e for e in _candidates(bare) if e.kind == "region" or _key(e.name) == _key(bare)]
    fits = [e for e in named if e.kind in kinds]
    preferred = set(countries)
    if not fits and kinds == ("region",):
        # "Lagos State", "Emirate of Abu Dhabi": the region around a city of its name,
        # whose country is known but not its outline
        cities = [e for e in named if e.kind == "city"]
        if not cities:
            return None
        city = max(cities, key=lambda e: (e.country in preferred, e.population))
        return GazetteerEntry(bare, "region", city.country, None)
    if not fits:
        return None
    best = max(fits, key=lambda e: (e.country in preferred, _KIND_RANK[e.kind], e.population))
    if preferred and best.country not in preferred and best.population < _METROPOLIS:
        return None  # "[General] Santos City" in a Philippine story is no Brazilian port
    return best


def _qualifier_place(rest: str, countries: Iterable[str]) -> GazetteerEntry | None:
    """The place the words after a comma name, a province rather than a city of its
    name ("London, Ontario": Ontario)."""
    within = lookup_place(rest, countries)
    wider = [e for e in _candidates(rest) if e.kind != "city"]
    if within is not None and within.kind == "city" and wider:
        # "London, Ontario": what follows the comma is a province, not a city of its name
        within = max(wider, key=lambda e: (e.country in set(countries), _KIND_RANK[e.kind]))
    return within


def _head_within(head: str, within: GazetteerEntry) -> GazetteerEntry | None:
    """The place ``head`` names inside ``within``, the region or country the story writes
    after it: no namesake elsewhere wins."""
    if within.kind == "region" and within.admin1:
        # "Springfield, Illinois": the Springfield of that state
        inside = [
            e for e in _candidates(head) if (e.country, e.admin1) == (within.country, within.admin1)
        ]
        if inside:
            return max(inside, key=lambda e: e.population)
    # "Windsor, United Kingdom": the story says which; no namesake abroad wins
    inside = [
        e
        for e in _candidates(head)
        if e.country == within.country and not _stray_alternate(e, head, set())
    ]
    if inside:
        return max(inside, key=lambda e: (_key(e.name) == _key(head), e.population))
    return None


def _qualified_place(name: str, countries: Iterable[str]) -> GazetteerEntry | None:
    """ "Winchester, Hampshire", "Paris, Texas": the place, in the country of what follows
    the comma; None when the place lies elsewhere."""
    head, _, rest = name.partition(",")
    within = _qualifier_place(rest.strip(), countries)
    if within is not None:
        inside = _head_within(head, within)
        if inside is not None:
            return inside
    place = lookup_place(head, {within.country} if within else countries)
    if place is not None and (within is None or place.country == within.country):
        return place
    return None


def _airport_city(airport: re.Match[str], countries: Iterable[str]) -> GazetteerEntry | None:
    """The city an airport is named after, under its very name only: "Ben Gurion Airport"
    is in no town "Ben Gurion"."""
    city = lookup_place(airport.group("city"), countries)
    if city is not None and city.kind == "city" and _key(city.name) == _key(airport["city"]):
        return city
    return None


def _water_city(water: re.Match[str], countries: Iterable[str]) -> GazetteerEntry | None:
    """The large city a bay or harbour is named after ("Sydney Harbour"), under its very
    name; not a small town ("Hudson Bay")."""
    city = lookup_place(water.group("city"), countries)
    if (
        city is not None
        and city.kind == "city"
        and city.population >= _WATER_CITY
        and _key(city.name) == _key(water["city"])
    ):
        return city
    return None


def _part_of_place(name: str, countries: Iterable[str]) -> GazetteerEntry | None:
    """The known place a direction or part word qualifies ("west London", "southern
    Iran"); not a state of its own ("East Germany") nor a small town."""
    part = _PART_OF.match(name.strip())
    if part is None:
        return None
    rest = name.strip()[part.end() :]
    whole = lookup_place(rest, countries)
    # only a place known by that very name, and no small town ("West Bank" is
    # not a part of a town alternately called "Bank")
    if whole is None or _key(whole.name) != _key(rest):
        return None
    if whole.kind == "country" and re.match(r"(?:North|South|East|West) ", name.strip()):
        return None  # "East Germany", "South Vietnam": states of their own
    return whole if whole.kind != "city" or whole.population >= _LARGE_CITY else None


# "Democratic Republic of Congo", "Republic of Philippines": a state's long name written
# without the "the" GeoNames and the lexicon give it
_OF_NO_THE = re.compile(r"^(?P<head>.+\S)\s+of\s+(?!the\s)(?P<tail>\S.*)$", re.IGNORECASE)


def _state_without_the(name: str) -> GazetteerEntry | None:
    """The country a long name means once its "of" is followed by "the"; None otherwise."""
    found = _OF_NO_THE.match(name.strip())
    if found is None:
        return None
    longer = _candidates(f"{found['head']} of the {found['tail']}")
    return next((e for e in longer if e.kind == "country"), None)


def _unindexed_place(
    name: str, countries: Iterable[str], regions: Iterable[tuple[str, str]]
) -> GazetteerEntry | None:
    """The place a name the gazetteer does not hold stands for, read by its form (tried
    in this order): a cut dotted abbreviation, a region abbreviation, "Place, Qualifier",
    an airport, a city's water, an administrative word, a part of a known place."""
    if _DOTTED_CUT.fullmatch(name.strip()):
        # "U.S", "D.C": a dotted abbreviation whose last period ended the sentence
        return lookup_place(name.strip() + ".", countries, regions)
    full = _region_abbreviation(name)
    if full is not None:  # "NSW", "Qld", "Calif.": the region they stand for
        return full
    if (state := _state_without_the(name)) is not None:
        return state
    if "," in name:
        return _qualified_place(name, countries)
    if (airport := _AIRPORT.match(name.strip())) is not None:
        return _airport_city(airport, countries)
    if (water := _CITY_WATER.match(name.strip())) is not None:
        return _water_city(water, countries)
    if _ADMIN_WORDS.match(name.strip()):
        bare = _bare_admin(name, countries)
        if bare is not None:
            return bare
    return _part_of_place(name, countries)


def lookup_place(
    name: str, countries: Iterable[str] = (), regions: Iterable[tuple[str, str]] = ()
) -> GazetteerEntry | None:
    """The gazetteer entry ``name`` most likely means, preferring ``countries`` (ISO3).

    ``regions`` are the (country, GeoNames admin1 code) pairs of the regions the
    story names: a town in one of them keeps its name against a metropolis abroad.

    A name unknown as such but made of a direction and a known place ("west
    London", "southern Iran") resolves to that place; "Winchester, Hampshire"
    to the Winchester of Hampshire's country.
    """
    # Only membership in ``countries`` and ``regions`` counts, so their sets key the cache.
    return _lookup_place(name, frozenset(countries), frozenset(regions))


# Bounded: the same few place names come back within an article and across articles
# ("Iraq" with the story's countries), each looked up through several rules.
@lru_cache(maxsize=4096)
def _lookup_place(
    name: str, countries: frozenset[str], regions: frozenset[tuple[str, str]]
) -> GazetteerEntry | None:
    candidates = _candidates(name)
    if _ABBREVIATION.fullmatch(name.strip()):
        # "WA", "PA": an abbreviation (Western Australia, Pennsylvania), not the town of
        # Wa, Ghana or Pa, Burkina Faso spelled as a word; "UAE", "DRC" are countries
        candidates = tuple(e for e in candidates if e.kind == "country" or e.name.isupper())
    if not candidates:
        return _unindexed_place(name, countries, regions)
    preferred = set(countries)
    named_regions = set(regions)
    candidates = tuple(e for e in candidates if not _stray_alternate(e, name, preferred))
    if not candidates:
        return None
    best = max(candidates, key=lambda e: _rank(e, name, preferred))
    if (
        best.country in preferred
        and best.kind == "city"
        and (best.country, best.admin1) not in named_regions
    ):
        instead = _instead_of_home_town(candidates, best, name)
        if instead is not None:
            return instead
    aliased = _aliased_place(candidates, best, name, preferred)
    if aliased is None:
        aliased = _namesake_state(best, name, preferred)
    return best if aliased is None else aliased


def article_countries(actors: Sequence[Actor], places: Sequence[Place] = ()) -> set[str]:
    """The countries an article is about: its actors' countries and country-named actors."""
    found = {a.country for a in actors if a.country}
    named = [a.name for a in actors if a.type in ("COUNTRY", "GPE") and not _written_shared(a)]
    for name in named + [p.name for p in places if not _written_shared(p)]:
        # "Congo" says neither Congo is the story's: the other names do
        entry = lookup_place(name)
        if entry is not None and entry.kind == "country":
            found.add(entry.country)
    return found


def gazetteer_spelling(name: str, unknown: str | None = None) -> str:
    """An upper-case name (a dateline's "PORT-AU-PRINCE", "BAMAKO") as the gazetteer spells
    it ("Port-au-Prince"), else ``unknown`` (by default the name title-cased); any other
    name as it is."""
    if not name.isupper():
        return name
    titled = name.title()
    entry = lookup_place(titled)
    if entry is not None and _key(entry.name) == _key(titled):
        return entry.name
    return titled if unknown is None else unknown


def _merged_by_case(places: Sequence[Place]) -> list[Place]:
    """One place per name whatever its case: a dateline's "BELGRADE" is the story's
    "Belgrade" (named as written in the story, not in capitals)."""
    merged: dict[str, Place] = {}
    for place in places:
        key = _key(place.name)
        held = merged.get(key)
        if held is None:
            merged[key] = place
            continue
        name = held.name if not held.name.isupper() or place.name.isupper() else place.name
        mentions = tuple(sorted({*held.mentions, *place.mentions}, key=lambda m: (m.start, m.end)))
        merged[key] = replace(held, name=name, mentions=mentions)
    # a name written only in capitals (a dateline's) is listed as the gazetteer spells it,
    # else title-cased when it has several words ("DEIR AL-BALAH", "UNITED NATIONS"); a
    # one-word acronym the gazetteer lacks ("SIVAM") stays as written, and so does an
    # abbreviation of two or three letters ("WA" is no Ghanaian town "Wa")
    return [
        p
        if _ABBREVIATION.fullmatch(p.name)
        else replace(
            p, name=gazetteer_spelling(p.name, None if re.search(r"[ \-]", p.name) else p.name)
        )
        for p in merged.values()
    ]


def _qualifiers(
    places: Sequence[Place], actors: Sequence[Actor], text: str | None
) -> dict[int, str]:
    """The places and place actors that follow a comma, by where the comma starts: a
    name after a place's mention and ", " ("Windsor, United Kingdom", "Hamilton, New
    Zealand") says where that place is (not one after a full stop: "in Quebec. U.S.
    officials")."""
    if text is None:
        return {}
    starts = {m.start: p.name for p in places for m in p.mentions}
    for actor in actors:
        if actor.type in ("COUNTRY", "GPE", "LOC"):
            starts.update((m.start, actor.name) for m in actor.mentions if m.start not in starts)
    return {at - 2: name for at, name in starts.items() if at >= 2 and text[at - 2 : at] == ", "}


def _named_regions(
    places: Sequence[Place], actors: Sequence[Actor], countries: set[str]
) -> set[tuple[str, str]]:
    """The (country, admin1) pairs of the regions the story names, among its places and
    place actors: a town in one of them keeps its name against a city abroad."""
    # "Lima" in a story that names Ohio is the Ohio town, not the capital of Peru
    region_actors = [a.name for a in actors if a.type in ("GPE", "LOC", "COUNTRY")]
    return {
        (e.country, e.admin1)
        for e in (lookup_place(n, countries) for n in [p.name for p in places] + region_actors)
        if e is not None and e.kind == "region" and e.admin1
    }


def _entry(
    place: Place, qualifiers: dict[int, str], countries: set[str], regions: set[tuple[str, str]]
) -> tuple[GazetteerEntry | None, bool]:
    """The entry of the first of the place's names the gazetteer resolves (a qualified
    mention first), and whether a qualified mention found it. A name written lower-case
    is a common noun ("the canton", "a metro", "a new Ireland": no Canton, Chinese, nor
    New Ireland of Papua New Guinea), unless a part word opens it ("west Athens")."""
    # "Windsor, United Kingdom": the place within what the story writes after it
    qualified = [f"{m.text}, {qualifiers[m.end]}" for m in place.mentions if m.end in qualifiers]
    for at, name in enumerate([*qualified, place.name, *(m.text for m in place.mentions)]):
        if name[:1].islower() and not _PART_OF.match(name):
            continue
        entry = lookup_place(name, countries, regions)
        if entry is not None:
            return entry, at < len(qualified)
    # "Chechnya", "South Ossetia": a region the gazetteer holds under another name or not
    # at all (data/events/regions.tsv); only here, so the actors stage's reading is kept
    names = region_names()
    found = (names.get(_key(n)) for n in [place.name, *(m.text for m in place.mentions)])
    return next((e for e in found if e is not None), None), False


def _stray_town(entry: GazetteerEntry, countries: set[str], placed: set[str]) -> bool:
    """Whether ``entry`` is a town of fewer than ``_HOME_TOWN`` people in a country
    neither the story's actors nor its other places are of: a park, a palace, a body or
    a local place of the story's own country that a town abroad is named like ("Hyde
    Park, London" is no town in New York, "Liberty, the human rights charity" none in
    Missouri, "Blenheim" Palace none in New Zealand); a story of no country keeps it."""
    return (
        entry.kind == "city"
        and entry.population < _HOME_TOWN
        and bool(countries)
        and entry.country not in countries
        and entry.country not in placed
    )


def _resolved(
    place: Place,
    found: tuple[GazetteerEntry | None, bool],
    countries: set[str],
    alone: dict[int, str],
    placed: set[str],
) -> Place:
    """``place`` with the country, kind, GeoNames id and coordinates of ``found``, the
    entry of its names (see :func:`_entry`); unchanged when none is, or when it is only
    a stray town abroad (see :func:`_stray_town`; ``placed`` holds the countries of the
    story's places that are no town)."""
    entry, qualified = found
    if entry is not None and not qualified and _stray_town(entry, countries, placed):
        # nor the country the actors stage gave it from the same town
        unplaced = place.country == entry.country
        place = replace(place, country=None) if unplaced else place
        entry = None
    elif entry is None and place.name[:1].islower() and not _PART_OF.match(place.name):
        # a common noun: nor the country the actors stage gave it from the gazetteer
        common = lookup_place(place.name, countries)
        if common is not None and common.country == place.country:
            place = replace(place, country=None)
    if entry is None:
        return _within_qualifier(place, alone, countries)
    return replace(
        place,
        country=entry.country or place.country,
        kind=entry.kind,
        latitude=entry.latitude,
        longitude=entry.longitude,
        geonameid=entry.geonameid,
    )


# the name after a place's comma goes on as a list ("Korea, China and Japan", "central
# Europe, Brazil, China"): a peer, not where the place lies
_LISTED = re.compile(r"(?:[A-Z][\w.'\-]*\s?)+(?:,?\s+(?:and|or)\s|,\s*[A-Z])")


def _within_qualifier(place: Place, qualifiers: dict[int, str], countries: set[str]) -> Place:
    """A place the gazetteer lacks that the story writes ", <country or region>" after
    ("Yusufiyah, Iraq", "Oberschloedorn, Germany"): in that country, its kind and
    coordinates unknown; unchanged otherwise (not after a city: "Yusufiyah, Baghdad and
    Mosul" may be a list; ``qualifiers`` holds no list's items: "Korea, China and
    Japan"; and not a common noun: "its west coast, South Korea's agency said")."""
    if not place.name[:1].isupper():
        return place
    for mention in place.mentions:
        if mention.end not in qualifiers:
            continue
        wider = lookup_place(qualifiers[mention.end], countries)
        if wider is not None and wider.kind in ("country", "region"):
            return replace(place, country=wider.country)
    return place


def _written_shared(place: Place | Actor) -> tuple[GazetteerEntry, ...]:
    """The states the place's name shortens when every mention writes it so ("Congo",
    listed as the Republic of the Congo); () when one writes a state's full name."""
    written = {m.text for m in place.mentions} or {place.name}
    found = [_shared_state_name(text) for text in written]
    return found[0] if found and all(found) else ()


def _salient_state(place: Place, actors: Sequence[Actor]) -> Place:
    """``place``, a country, as the state its shared short name means in the story: of
    the states "Congo" shortens, the one the story's actors are most often of (a story
    about Kinshasa's elections that names Brazzaville once means the Democratic Republic);
    unchanged on a tie or when the name is no shared short name."""
    if place.kind != "country" or not (states := _written_shared(place)):
        return place
    weight = {e.country: 0 for e in states}
    for actor in actors:
        if actor.country in weight:
            weight[actor.country] += len(actor.mentions)
    best = max(states, key=lambda e: weight[e.country])
    if weight[best.country] <= weight.get(place.country or "", 0):
        return place
    # listed under the other state's full name, it takes this one's
    named = any(_key(place.name) == _key(e.name) for e in states)
    name = best.name if named else place.name
    return replace(place, name=name, country=best.country, geonameid=best.geonameid)


def resolve_places(
    places: Sequence[Place], actors: Sequence[Actor], text: str | None = None
) -> tuple[Place, ...]:
    """Resolve each place to country, kind, GeoNames id and (cities, regions) coordinates.

    Args:
        places: the places found by the actors stage (unresolved).
        actors: the article's actors, whose countries settle ambiguous names.
        text: the article's text, when given: a place followed by ", " and another
            place or a country ("Windsor, United Kingdom") lies there.

    Returns:
        The places in the same order, resolved where the gazetteer knows the
        name (otherwise returned unchanged).
    """
    countries = article_countries(actors, places)
    regions = _named_regions(places, actors, countries)
    qualifiers = _qualifiers(places, actors, text)
    alone = {at: q for at, q in qualifiers.items() if text and not _LISTED.match(text, at + 2)}
    merged = _merged_by_case(places)
    # the countries of the story's countries, regions and cities abroad of _CITY_ABROAD
    # people or more: a town there is no stray ("near Balad" beside "Baghdad")
    found = [_entry(place, qualifiers, countries, regions) for place in merged]
    placed = {
        e.country
        for e, _ in found
        if e is not None and (e.kind != "city" or e.population >= _CITY_ABROAD)
    }
    return tuple(
        _salient_state(_resolved(place, entry, countries, alone, placed), actors)
        for place, entry in zip(merged, found, strict=True)
    )
