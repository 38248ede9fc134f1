"""Coding: titles with qualifiers, ISO3 country and PLOVER/CAMEO sector of each entity.

Where a person's title and country come from, in order:

1. a title right before the name, itself preceded by a qualifier, a demonym,
   a country's possessive, a place or an organization: "former Syrian
   president Bashar al-Assad", "Iran’s Supreme Leader, Ayatollah ...",
   "Taliban spokesperson Rahim Sadat";
2. an appositive after the name: "Carrie Lam, the chief executive",
   "Jamel Msallem, President of the Tunisian League ...";
3. a title inside the name span ("Pope Francis", "Ayatollah ...").

An office before an honorific is the person's ("Cabinet Secretary Sir NAME"); a
sector-less title serving an office takes its sector ("spokeswoman for the Prime
Minister X", "the President's spokesman"); ``titles.tsv`` may name the sector of
an office held for a country alone ("Israeli chief of staff": MIL, "Hong Kong
Chief Executive": GOV, while a company's chief executive is BUS); and an
organization nobody codes takes the sector of the titles held at it ("X CEO").

The sector is the title's (ranks -> MIL, ministers -> GOV, ...); a title that
says nothing by itself ("spokesperson", "leader", "head") takes the sector of
the organization it is attached to, else of a body's common noun at it ("a
police spokesman", "a spokeswoman for the church council"), and when a country precedes it with no
organization ("Palestinian leader Jo Hale") it is a government role
(GOV), as CAMEO codes national leaders. Organizations take their lexicon country
and sector, else a demonym or country inside or before the name and the first
sector keyword of the name ("Hong Kong Police Force" -> COP). A person or an
organization with no country of its own (for a person, not even one before a
description that is no title: "Italian artist NAME", "Google engineer NAME")
gets the article's dominant country (a name followed by a US party-and-state
designator, "Jo Doe (D-Nev)", is a member of Congress first: USA, LEG; a police
officer serves the article's police force, when all it names agree)
(the country most mentioned, cities and states counting for theirs): in
single-country news that is nearly always right, and it is documented here
rather than hidden. Before that, a well-known person (``leaders.jsonl``: heads
of state and government, ministers, legislators, party leaders, heads of
international bodies) takes the lexicon's country and sector when the text gives
none, those of the role held on the article's date where the office changed
("Joe Biden" in 2007 a senator, LEG; in 2010 the vice president, GOV). The clues of
:mod:`.clues` (an office held, an international name, an association's
members) fill what titles and keywords leave open.

This module is the entry point, :func:`code_entities`, with the passes over the
whole article (plural titles shared over a list, organizations coded from their
staff's titles, a region's or a city's country, a possessor's country and sector,
party branches, names several countries' bodies bear). The steps it calls live in
:mod:`.org_coding` (an organization from its own name), :mod:`.title_hits` (a title
at a span and the article's lookups), :mod:`.title_search` (the titles around a
person's mention) and :mod:`.person_coding` (a person from those titles).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import cue_words, lexicons
from .org_coding import _code_org
from .person_coding import _code_person
from .resolve import Entity
from .salience import dominant_country
from .spans import span_text
from .title_hits import TitleHit, _Context
from .title_search import titles_near

__all__ = ["TitleHit", "code_entities", "titles_near"]


def _share_list_titles(
    ctx: _Context, people: list[Entity], found: dict[int, list[TitleHit]]
) -> None:
    """ "Senators Marco Rubio, Mike Lee and David Perdue": a plural title covers the list."""
    for person in people:
        if person.titled:
            continue
        for start, end in person.spans:
            root = ctx.doc[start:end].root
            while root.dep_ == "conj" and root.head != root:
                root = root.head
            owner = ctx.owner.get(root.i)
            if owner is None or owner[0] is person or owner[0].type != "PERSON":
                continue
            plural = [h for h in found.get(id(owner[0]), []) if _is_plural(h)]
            if plural:
                hit = plural[0]
                found[id(person)] = [TitleHit(hit.title, hit.sector, "", None, hit.org, 0)]
                person.sector = hit.sector or person.sector
                person.titled = True
                break


#: sectors a title gives the body it is held at ("CEO of X": a business; "X editor": a
#: medium); a chair, a member or an office says nothing of the body's kind
_BODY_SECTORS = frozenset({"BUS", "MED", "EDU", "REL", "JUD", "MIL"})


def _sectors_from_staff(found: dict[int, list[TitleHit]]) -> None:
    """An organization no lexicon or keyword codes takes the sector of a title held at it
    ("Jo Doe, CEO of Acme": BUS; "Acme editor Jo Doe": MED), when all such titles agree;
    a chair ("chairman of the X"), an honorific or a lawyer ("Acme's lawyer": anyone
    hires one) says nothing."""
    lex = lexicons()
    told: dict[int, tuple[Entity, set[str]]] = {}
    for hits in found.values():
        for hit in hits:
            org, title = hit.org, hit.title
            if org is None or org.sector is not None or org.org is not None or title is None:
                continue
            text = title.text.lower()
            entry = lex.titles.get(text)
            if entry is None or entry.sector not in _BODY_SECTORS or text in lex.honorifics:
                continue
            if text.startswith("chair") or text in cue_words("hired"):
                continue
            told.setdefault(id(org), (org, set()))[1].add(entry.sector)
    for org, sectors in told.values():
        if len(sectors) == 1:
            org.sector = sectors.pop()


def _is_plural(hit: TitleHit) -> bool:
    return hit.rank == 0 and hit.title is not None and hit.title.text.lower().endswith("s")


def code_entities(
    doc: Doc,
    entities: list[Entity],
    titles: list[tuple[int, int]],
    published: str | None = None,
) -> dict[int, list[TitleHit]]:
    """Set country and sector on every entity; return the titles found per person (by id()).

    ``published`` is the article's date (ISO 8601): a well-known person's role on that
    date (``leaders.jsonl``) codes them when the text does not.
    """
    for ent in entities:
        if ent.type == "ORG":
            _code_org(doc, ent)
    _code_shared_lexicon_names(doc, entities)
    ctx = _Context(doc, entities, titles)
    found = {}
    for ent in entities:
        if ent.type == "PERSON":
            found[id(ent)] = _code_person(ctx, ent, published)
    _share_list_titles(ctx, [e for e in entities if e.type == "PERSON"], found)
    _sectors_from_staff(found)
    fallback = dominant_country(entities, doc)
    for ent in entities:
        if ent.type == "ORG" and ent.country is None and ent.org is None and not ent.international:
            ent.country = _region_country(doc, ent, fallback) or _city_country(doc, ent, fallback)
        if ent.type == "ORG" and ent.org is None and not ent.international:
            _code_from_owner(ctx, ent)
    _code_party_branches(entities)
    _code_state_namesakes(doc, entities)
    _code_from_force(entities)
    _code_from_story(entities, fallback)
    _code_shared_names(doc, entities, fallback)
    return found


def _code_from_story(entities: list[Entity], story: str | None) -> None:
    """Give the story's dominant country to every person and body still without one,
    except a body in the organisation lexicon and a person serving an international body."""
    for ent in entities:
        if (
            ent.type in ("PERSON", "ORG")
            and ent.country is None
            and ent.org is None
            and not ent.international
        ):
            ent.country = story


#: sectors of the bodies whose officers the text names by rank alone ("Detective Inspector
#: NAME"): an article naming one such body names the officer's
_FORCES = frozenset({"COP"})


def _code_from_force(entities: list[Entity]) -> None:
    """An officer the text gives no country ("Detective Inspector NAME": COP) serves the
    article's police force when all the forces it names with a country agree ("Thames
    Valley Police" beside him: GBR), not the story's country."""
    for sector in _FORCES:
        countries = {
            e.country for e in entities if e.type == "ORG" and e.sector == sector and e.country
        }
        if len(countries) != 1:
            continue
        for ent in entities:
            officer = ent.type == "PERSON" and ent.sector == sector
            if officer and ent.country is None and not ent.international:
                ent.country = next(iter(countries))


def _code_state_namesakes(doc: Doc, entities: list[Entity]) -> None:
    """A body named after a country that is also a US state ("Georgia Institute of
    Technology", "University of Georgia") is American when the article names no such
    country (resolve made "Georgia" the state, or never met it alone)."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    countries = {e.country for e in entities if e.type == "COUNTRY"}
    lex = lexicons()
    for ent in entities:
        if ent.type != "ORG" or ent.org is not None or not ent.country or ent.country in countries:
            continue
        start, end = ent.spans[0]
        for token in doc[start:end]:
            if lex.country_names.get(token.text) != ent.country:
                continue
            place = lookup_place(token.text, ("USA",))
            if place is not None and place.kind == "region" and place.country == "USA":
                ent.country = "USA"
                break


def _party_stem(name: str) -> str | None:
    """A party's name up to its "Party" ("Green Party" of "Green Party of Ontario")."""
    words = name.split()
    if "Party" not in words[1:]:
        return None
    return " ".join(words[: words.index("Party", 1) + 1])


def _code_party_branches(entities: list[Entity]) -> None:
    """A party named without a country takes the country of the party the article names
    with one by the same stem ("Green Party" beside "Green Party of Ontario": CAN, not the
    story's guess), when all such parties agree."""
    known: dict[str, set[str]] = {}
    for ent in entities:
        stem = _party_stem(ent.name) if ent.type == "ORG" and ent.sector == "PTY" else None
        if stem is not None and ent.country:
            known.setdefault(stem, set()).add(ent.country)
    for ent in entities:
        if ent.type != "ORG" or ent.sector != "PTY" or ent.country or ent.org is not None:
            continue
        stem = _party_stem(ent.name)
        countries = known.get(stem, set()) if stem is not None else set()
        if len(countries) == 1:
            ent.country = next(iter(countries))


#: a body named after a city names a big one: smaller towns share common words ("Green",
#: "Federal", "Union" are towns of 15,000 or more)
_BIG_CITY = 300_000


def _city_country(doc: Doc, org: Entity, story: str | None) -> str | None:
    """The country of a city that opens or ends a body's name ("Atlanta Braves", "Bayern
    Munich", "Toronto Transit Commission"), the story's country's city preferred; not a
    city that is also a first name ("Florence Nightingale Foundation")."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    lex = lexicons()
    start, end = org.spans[0]
    words = doc[start:end]
    if len(words) < 2 or not all(t.is_title or not t.is_alpha for t in words):
        return None
    if any(t.text in ("&", "and") for t in words):
        return None  # "Preston Gates & Ellis": a firm named after its partners
    for n in (3, 2, 1):
        for part in (words[:n], words[-n:]) if n < len(words) else ():
            name = part.text
            entry = lex.geo.get(name)
            if entry is None or entry.kind != "city" or name in lex.given_names:
                continue
            place = lookup_place(name, (story,) if story else ())
            if place is not None and place.kind == "city" and place.population >= _BIG_CITY:
                return place.country
    return None


def _code_from_owner(ctx: _Context, org: Entity) -> None:
    """A unit takes what its name leaves open from the body it belongs to ("the U.S.
    Army's 1st Infantry Division": USA, MIL; "Acme's Canadian unit"): a possessor
    that is a country or a coded organization."""
    for start, end in org.spans:
        root = ctx.doc[start:end].root
        for child in root.children:
            owner = ctx.owner.get(child.i) if child.dep_ == "poss" else None
            if owner is None or owner[0].type not in ("ORG", "COUNTRY") or not owner[0].country:
                continue
            org.country = org.country or owner[0].country
            if owner[0].type == "ORG":
                org.sector = org.sector or owner[0].sector
            return


def _region_country(doc: Doc, org: Entity, story: str | None) -> str | None:
    """The country of a region whose name opens a local body's ("Hampshire Police",
    "Kent County Council": a county, state or province before a keyword of the police or
    government), the region the story's country has preferred ("Victoria Police").

    Only regions (GeoNames first-level divisions and English counties, see
    :func:`newsgraph.events.places.lookup_place`): a city name before a keyword is
    more often a surname or a company's ("Surrey" is also a Canadian city).
    """
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    keywords = lexicons().org_keywords
    start, end = org.spans[0]
    cut = next((i for i in range(start + 1, end) if doc[i].lower_ in keywords), None)
    if cut is None or cut - start > 3 or keywords[doc[cut].lower_] not in ("COP", "GOV"):
        return None
    if not all(t.is_title for t in doc[start:cut] if t.is_alpha):
        return None
    name = span_text(doc, start, cut).removesuffix(" County").removesuffix(" City")  # "Kent County"
    name = lexicons().region_abbreviations.get(name, (name, ""))[0]  # "NSW Police"
    place = lookup_place(name, (story,) if story else ())
    return place.country if place is not None and place.kind == "region" else None


def _written_out(doc: Doc, ent: Entity) -> bool:
    """Whether a mention of ``ent`` is its lexicon name or an alias, as written."""
    if ent.org is None:
        return False
    names = {ent.org.name, *ent.org.aliases}
    return any(span_text(doc, start, end) in names for start, end in ent.spans)


def _code_shared_lexicon_names(doc: Doc, entities: list[Entity]) -> None:
    """ "Labour Party" in a New Zealand story: a listed organization whose name several
    countries' bodies bear (``shared_names.tsv``: "Labour Party", "Conservative Party") is
    the story's country's when that is listed and the organization's own country is not
    named at all (a British story about Israel keeps the British Labour Party); set before
    people are coded, so that its leader is the story's too ("Labour leader NAME")."""
    shared = lexicons().shared_names
    named = {e.country for e in entities if e.type in ("COUNTRY", "GPE", "PLACE") and e.country}
    story = dominant_country(entities, doc)
    for ent in entities:
        entry = shared.get(ent.org.name) if ent.type == "ORG" and ent.org is not None else None
        if entry is None or story is None or story not in entry[1]:
            continue
        if ent.org is not None and ent.org.country not in named:
            ent.country = story


def _code_shared_names(doc: Doc, entities: list[Entity], story: str | None) -> None:
    """ "ABC", "ABC Radio": a name several countries' bodies bear (``shared_names.tsv``) is
    the body of the story's country among them, else of the listed country named most, else
    of the first listed; a lexicon name written out ("ABC News") is the lexicon's body
    unless the story's country has one so named, while "ABC Radio", which only extends
    "ABC" by keywords, is such a name."""
    shared = lexicons().shared_names
    named: dict[str, int] = {}
    for ent in entities:
        if ent.type in ("COUNTRY", "GPE", "PLACE") and ent.country:
            named[ent.country] = named.get(ent.country, 0) + len(ent.mentions)
    for ent in entities:
        if ent.type != "ORG" or not ent.spans:
            continue
        start, _ = ent.spans[0]
        entry = shared.get(doc[start].text)
        if entry is None:
            continue
        sector, countries = entry
        if ent.org is not None and _written_out(doc, ent):
            if story in countries:  # "ABC News" in an Australian story is the Australian
                ent.country = story
            continue
        ent.sector = ent.sector or sector
        if story in countries:
            ent.country = story
        else:
            ent.country = max(countries, key=lambda c: (named.get(c, 0), c == countries[0]))
