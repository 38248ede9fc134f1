"""Namesakes: which of the places a name can mean a story means, by population and kind.

The rules :func:`newsgraph.events.places.lookup_place` applies once the gazetteer
gives a name several entries: how an entry ranks (a country of the story, a country,
a metropolis, the exact name, the kind, the population), when a home town yields to
a metropolis, a city abroad, a country or a US state of its name, when an alternate
name is a stray suburb's, and when the lexicon or a shared short name ("Congo") gives
the name another country's place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from .gazetteer import GazetteerEntry, _country_aliases, _key, _short_state_names

_KIND_RANK = {"country": 2, "region": 1, "city": 0}
_METROPOLIS = 500_000
_OUTNUMBERS = 20  # a metropolis this many times larger beats a namesake town at home
# A city abroad this large beats a namesake home town smaller than _HOME_TOWN when the
# story names no region of the town ("Geneva": Switzerland, not Illinois); measured on
# unlabelled articles naming such places (see the commit that set them)
_CITY_ABROAD = 150_000
_HOME_TOWN = 100_000
# An alternate name unlike the city's own finds a city abroad only when it has a million
# people ("Bombay", "Canton"); below, such names are mostly its suburbs and landmarks.
# _LOOKALIKE is the least difflib ratio of a spelling ("Beida"/"Bayda" 0.6, "Torino"/
# "Turin" 0.73; "Harris Park"/"Westminster" 0.09, "St. James"/"Vung Tau" 0.24)
_EXONYM_CITY = 1_000_000
_LOOKALIKE = 0.5
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)[ '\-]")


def _city_abroad(
    candidates: Sequence[GazetteerEntry], home: GazetteerEntry, name: str
) -> GazetteerEntry | None:
    """A city abroad of ``_CITY_ABROAD`` people or more that ``name`` means rather than
    ``home``, a town of fewer than ``_HOME_TOWN`` in a country of the story whose region
    the story does not name: "Geneva" in a US story is Geneva, Switzerland (200,000), not
    Geneva, Illinois (22,000); "Perth" is Perth, Australia, not Perth Amboy. A home town
    of its own size ("Cambridge", Massachusetts) keeps the name. A home town under its own
    name yields only to a city abroad under its own name too.
    """
    if home.population >= _HOME_TOWN:
        return None
    own_name = _key(home.name) == _key(name)
    abroad = [
        e
        for e in candidates
        if e.kind == "city"
        and e.country != home.country
        and e.population >= _CITY_ABROAD
        and (_key(e.name) == _key(name) or not own_name)
    ]
    return max(abroad, key=lambda e: e.population, default=None)


def _stray_alternate(entry: GazetteerEntry, name: str, countries: set[str]) -> bool:
    """Whether ``name`` finds ``entry``, a city abroad of fewer than ``_EXONYM_CITY``
    people, only as an alternate name that looks nothing like its own: a suburb, a
    district or a landmark GeoNames files under the city ("Harris Park" under
    Westminster, Colorado; "St. James" under Vung Tau; "Ocean City" under a Vietnamese
    estate), not the city a story means. Spellings of the city's name ("Prishtina",
    "Basra", "Fallujah" for Al Fallujah) and exonyms of great cities ("Bombay", "Canton")
    still find it, and any city of a country of the story does.
    """
    if entry.kind != "city" or entry.country in countries or entry.population >= _EXONYM_CITY:
        return False
    own = _ARTICLE.sub("", _key(entry.name))
    written = _ARTICLE.sub("", _key(name))
    return own != written and SequenceMatcher(None, own, written).ratio() < _LOOKALIKE


def _rank(
    entry: GazetteerEntry, name: str, preferred: set[str]
) -> tuple[bool, bool, bool, bool, int, int]:
    """How likely ``name`` means ``entry``: a country of the story first, then a country,
    a metropolis, the exact name, the kind's rank and the population."""
    exact = _key(entry.name) == _key(name)
    country = entry.kind == "country"
    # "Washington", "New York": news means the city of millions, not the state
    metropolis = entry.kind == "city" and entry.population >= _METROPOLIS
    kind = _KIND_RANK[entry.kind]
    return entry.country in preferred, country, metropolis, exact, kind, entry.population


def _instead_of_home_town(
    candidates: Sequence[GazetteerEntry], best: GazetteerEntry, name: str
) -> GazetteerEntry | None:
    """The metropolis, city abroad or country ``name`` means rather than ``best``, a city
    of a country of the story in no region the story names; None when ``best`` stays."""
    # "Rome" in a story about US flights is still Rome, Italy, not a town of
    # 36,000 in Georgia: a metropolis abroad beats a town at home that it
    # outnumbers twenty times over (a name the story's country only holds as a
    # city of its own size or more, "Birmingham, Alabama", stays; "London, Ontario",
    # a twentieth of London, does not unless the story names Ontario;
    # and only under its own name: "Berea", Kentucky, is no old name of Aleppo).
    # A home town known by the name only as an alternate one ("Mecca" for Medina, Ohio)
    # has no claim of its own: then a metropolis abroad under any of its names wins.
    own_name = _key(best.name) == _key(name)
    abroad = [
        e
        for e in candidates
        if e.kind == "city"
        and e.population >= _METROPOLIS
        and (_key(e.name) == _key(name) or not own_name)
    ]
    giant = max(abroad, key=lambda e: e.population, default=None)
    if giant is not None and giant.population > _OUTNUMBERS * max(best.population, 1):
        return giant
    if (city := _city_abroad(candidates, best, name)) is not None:
        return city
    # "Lebanon", "Jordan", "Palestine" in a US story: the country, not a town at home
    nation = next((e for e in candidates if e.kind == "country"), None)
    if nation is not None and best.population < _METROPOLIS:
        return nation
    return _us_state(candidates, best, name)


def _us_state(
    candidates: Sequence[GazetteerEntry], best: GazetteerEntry, name: str
) -> GazetteerEntry | None:
    """The US state ``name`` means rather than ``best``, a town of fewer than
    ``_HOME_TOWN`` people of a country of the story (one the US is not): "Florida" in a
    story about Cuba is the state, not a Cuban town of 60,000; "Florida, Cuba" (a
    qualified name) still finds the town."""
    if best.population >= _HOME_TOWN:
        return None
    return next(
        (
            e
            for e in candidates
            if e.kind == "region"
            and e.admin1  # of the regions, only the US states have a GeoNames code
            and e.country != best.country
            and _key(e.name) == _key(name)
        ),
        None,
    )


def _aliased_place(
    candidates: Sequence[GazetteerEntry], best: GazetteerEntry, name: str, preferred: set[str]
) -> GazetteerEntry | None:
    """The best place of the country the lexicon gives ``name``, when ``best`` lies in
    another country and in none of the story's; None otherwise."""
    alias = _country_aliases().get(_key(name))
    if alias is not None and best.country not in preferred and best.country != alias.country:
        # "Gaza" is the Palestinian city, not the Mozambican province: a name the
        # lexicon gives a country means that country's place
        return max(
            (e for e in candidates if e.country == alias.country),
            key=lambda e: _rank(e, name, preferred),
        )
    return None


def _namesake_state(best: GazetteerEntry, name: str, preferred: set[str]) -> GazetteerEntry | None:
    """The country of the story that ``name`` shortens as well, when ``best`` is a
    country of none of the story's that ``name`` only shortens: "Congo" in a story about
    the Democratic Republic of the Congo is that state, not the Republic of the Congo
    (not "Sudan" or "Guinea", the very names of their states)."""
    if best.kind != "country" or best.country in preferred or _key(best.name) == _key(name):
        return None
    states = [
        e
        for e in _short_state_names().get(_key(name), ())
        if e.country in preferred and e.country != best.country
    ]
    return states[0] if len(states) == 1 else None
