"""Region names news writes that the gazetteer holds under another name, or not at all.

``data/events/regions.tsv`` lists English exonyms of ISO 3166-2 subdivisions ("Chechnya" is
RU-CE "Chechenskaya Respublika", "Catalonia" ES-CT "Catalunya"), regions that span several
subdivisions ("Donbas", "Siberia") and disputed territories, each with the country whose
territory the UN recognises it as ("South Ossetia" GEO, "Transnistria" MDA). Read once per
process by :func:`newsgraph.events.gazetteer._candidates`, which adds the region to what a
name can mean; every country and subdivision code is checked against ``pycountry`` on load.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from .gazetteer import GazetteerEntry, _key
from .lexicon import LexiconError, _read

__all__ = ["region_names"]

_FILE = "regions.tsv"
_HEADER = ["name", "iso3", "subdivision", "note"]


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, str]:
    """Every ISO 3166-2 code to the alpha-2 code of its country."""
    return {sub.code: sub.country_code for sub in pycountry.subdivisions}


def _entry(parts: list[str], where: str) -> GazetteerEntry:
    """One row as the region entry it names; a :class:`LexiconError` naming the line if bad."""
    if len(parts) != len(_HEADER) or not all(p.strip() == p and p for p in parts):
        raise LexiconError(f"{where}: expected {len(_HEADER)} tab-separated, non-empty columns")
    name, iso3, code, _note = parts
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise LexiconError(f"{where}: {iso3!r} is not an ISO 3166-1 alpha-3 code")
    if code != "-" and _subdivision_countries().get(code) != country.alpha_2:
        raise LexiconError(f"{where}: {code!r} is not an ISO 3166-2 subdivision of {iso3}")
    return GazetteerEntry(name, "region", iso3, None)


@lru_cache(maxsize=1)
def region_names() -> dict[str, GazetteerEntry]:
    """Every listed name, keyed as the gazetteer keys names, to its region entry."""
    text = _read(_FILE)
    out: dict[str, GazetteerEntry] = {}
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    rows = [(n, line) for n, line in lines if not line.startswith("#")]
    if not rows or rows[0][1].split("\t") != _HEADER:
        raise LexiconError(f"{_FILE}: the first row must be the header {'/'.join(_HEADER)}")
    for number, line in rows[1:]:
        entry = _entry(line.split("\t"), f"{_FILE}:{number}")
        key = _key(entry.name)
        if key in out:
            raise LexiconError(f"{_FILE}:{number}: {entry.name!r} is listed twice")
        out[key] = entry
    return out
