"""Organization coding: the country and sector of an organization from its own name.

Part of :mod:`.coding`, run on every organization before people are coded:
:func:`_code_org` takes the lexicon's country and sector, else a demonym, country,
capital or city inside the name ("Tunisian League", "Green Party of Ontario") and
the sector of the name's first keyword ("Hong Kong Police Force": COP; a "Center"
of a university, a clinic or an advocacy group; a governing body of the
institution it names), a party's word ("McGuinty Liberals": PTY), and the clues
of :mod:`.clues` (members, an international name, a descriptor).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .clues import code_from_descriptor, igo_inside, international, members_sector
from .lexicon import cue_words, lexicons
from .orgs import country_of_text, is_place_word
from .resolve import Entity, _shared_short_names
from .spans import span_text

# institutions with boards and offices of their own: "the Council of X Church" is the church's
_GOVERNED_SECTORS = frozenset({"EDU", "REL", "HLH"})


def _country_in(doc: Doc, start: int, end: int) -> str | None:
    """A country named inside a name: a demonym or country ("Tunisian League", "Hong
    Kong Police"), or a city after "of"/"in" ("Medical University of Gdańsk")."""
    lex = lexicons()
    spans = [(i, n) for n in (3, 2, 1) for i in range(start, end - n + 1)]
    for i, n in spans:
        text = span_text(doc, i, i + n)
        iso = lex.demonyms.get(text) or lex.country_names.get(text) or lex.capitals.get(text)
        if iso is not None and text in _shared_short_names():
            iso = _story_state(doc, text, iso)  # "Movement for the Liberation of Congo"
        if iso is None and i > start and doc[i - 1].lower_ in ("of", "in") and text in lex.cities:
            keywords = lex.org_keywords
            political = any(keywords.get(t.lower_) in _POLITICAL_SECTORS for t in doc[start:i])
            iso = _place_country(doc, text, i + n, political)  # "Green Party of Ontario"
        if iso:
            return iso
    for i, n in spans:  # a country named in it wins: "Congress of the Philippines"
        text = span_text(doc, i, i + n)
        if (i, n) != (start, end - start) and text in lex.orgs:
            return lex.orgs[text].country  # "NASA Jet Propulsion Laboratory"
    return None


def _story_state(doc: Doc, text: str, iso: str) -> str:
    """The state a shared short name inside a name ("Congo") stands for: the one of its
    states the story names by a name or capital of its own ("DRC", "Kinshasa") when it
    names only one so (as resolve reads a bare "Congo"), else ``iso``, the lexicon's."""
    shared = _shared_short_names()
    named = {country_of_text(ent.text) for ent in doc.ents if ent.text not in shared}
    story = [s for s in sorted(shared[text]) if {("country", s), ("capital", s)} & named]
    return story[0] if len(story) == 1 else iso


#: sectors of bodies a region has and a city has not ("Party", "Assembly", "Parliament")
_POLITICAL_SECTORS = frozenset({"PTY", "LEG"})


def _place_country(doc: Doc, text: str, end: int, political: bool) -> str | None:
    """The country of a region so named when the article names the region's country,
    else the city table's; for a party or a legislature (``political``), which a region
    has and a city has not, the region also when the article names neither country,
    unless a state of the city's country follows ("Green Party of Ontario": the province
    in a story naming no country, not the Californian city; "of Norfolk, Virginia")."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    city = lexicons().cities.get(text)
    place = lookup_place(text)
    if place is None or place.kind != "region" or place.country == city:
        return city
    named = {country_of_text(ent.text) for ent in doc.ents}
    if ("country", place.country) in named or ("demonym", place.country) in named:
        return place.country
    if not political or ("country", city) in named or ("demonym", city) in named:
        return city  # "University of Toledo", "Diocese of Saint Paul": the US cities
    if end + 1 < len(doc) and doc[end].text == ",":
        state = lookup_place(doc[end + 1].text)
        if state is not None and state.kind == "region" and state.country == city:
            return city
    return place.country


def _code_org(doc: Doc, org: Entity) -> None:
    if org.org is not None:
        org.country, org.sector = org.org.country, org.org.sector
        return
    start, end = next(
        (s for s, m in zip(org.spans, org.mentions, strict=True) if m.source != "acronym"),
        org.spans[0],
    )
    org.country = _country_in(doc, start, end)
    for (first, last), mention in zip(org.spans, org.mentions, strict=True):
        if org.country is None and mention.source != "acronym":  # "the Federal Government"
            org.country = _country_in(doc, first, last)  # ... "Federal Government of Ruritania"
    org.sector = (
        _keyword_sector(doc, start, end)
        or org.sector
        or _party_word(doc, start, end)
        or _media_name(doc, start, end)
    )
    if org.sector in (None, "NGO"):  # "Union of Teachers" -> EDU, "Workers' Union" -> LAB
        org.sector = _advocates(doc, start, end) or members_sector(doc, start, end) or org.sector
    if org.country is None and org.sector != "BUS" and international(doc, start, end):
        org.international = True  # "International Labor Office": no dominant-country guess
        national = org.sector in (None, "GOV")  # no national government: "International Council"
        org.sector = igo_inside(doc, start, end) or ("NGO" if national else org.sector)
    for (first, last), mention in zip(org.spans, org.mentions, strict=False):
        if mention.source != "acronym":
            code_from_descriptor(doc, org, first, last)


def _advocates(doc: Doc, start: int, end: int) -> str | None:
    """ "Citizens for X", "Physicians for Human Rights", "Americans for Prosperity": people
    (an agent noun or a demonym, plural) joined for a cause are an advocacy group, NGO,
    not their members' sector (CVL, HLH); None for any other name."""
    if end - start < 3 or doc[start + 1].lower_ != "for":
        return None
    lex = lexicons()
    word = doc[start].text
    agent = lex.agents.get(word.lower())
    people = agent is not None and word.lower() == agent.plural
    return "NGO" if people or (word in lex.demonyms and word.endswith("s")) else None


def _party_word(doc: Doc, start: int, end: int) -> str | None:
    """PTY for an organization the model named by a party's word (``partisans.tsv``),
    alone or after a leader's or a region's name ("Liberal", "Sinn Fein", "McGuinty
    Liberals", "Ontario Greens")."""
    partisans = lexicons().partisans
    whole = span_text(doc, start, end) in partisans
    last = end - start > 1 and doc[end - 1].text in partisans and doc[end - 1].text.endswith("s")
    return "PTY" if whole or last else None


# cue_words.tsv "media_ending": last words of a publication's name, common words too often
# to be keywords of their own ("a courier", "an insider"): only a name ending in one is
# media ("Review" and a separate "Online" are not: "Refugee Review Tribunal" cut short,
# "International Fleet Review", an e-book shop "X Books Online")
def _media_name(doc: Doc, start: int, end: int) -> str | None:
    """MED for a name of two or more words ending in a publication's word ("Kyiv
    Insider", "Orlando Sentinel"), or one word glued to "Online" ("WalesOnline")."""
    last = doc[end - 1].text
    if end - start > 1 and last in cue_words("media_ending"):
        return "MED"
    glued = end - start == 1 and last.endswith("Online") and last[:-6][-1:].isalpha()
    return "MED" if glued else None


@lru_cache(maxsize=1)
def _university_short_names() -> frozenset[str]:
    """The short names of the universities ``organizations.jsonl`` lists ("Johns Hopkins"
    of "Johns Hopkins University", "MIT"): a centre named after one is the university's
    ("Johns Hopkins Center for Health Security"). They are no lexicon aliases, and a city's
    name ("Princeton", "New York", "Oxford" of "University of Oxford") or a generic phrase
    ("National Defense", "Australian National") is none: "Toronto Centre" is a venue."""
    lex = lexicons()
    short = set()
    for surface, entry in lex.orgs.items():
        if entry.sector != "EDU":
            continue
        if surface.isupper() and len(surface) > 2:
            short.add(surface)  # "MIT", "UCLA"
            continue
        name = surface.removesuffix(" University")
        words = name.split()
        if name == surface or name in lex.cities or "," in name:
            continue
        # cue_words.tsv "generic": words that make a short name a generic phrase
        generic = cue_words("generic")
        if any(w.lower() in generic or w in lex.demonyms for w in words):
            continue
        short.add(name)
    return frozenset(short)


# "Center"/"Centre" names schools' units as often as advocacy groups, clinics and venues:
# a university named before it decides (the story's "X University", or a known one's short
# name: "Harvard Center for X"), then another keyword of the name ("Cancer Research Center of
# X University": EDU, "Y Hospital Centre": HLH), then a word of study or of medicine, else it
# is an NGO ("Center for Constitutional Rights", "Levada Center"). The words are those of
# cue_words.tsv: "centre" (the keywords), "study" and "medical"; "state_centre" holds the
# words of a state's own centres: security, rescue, custody and emergency work is no
# advocacy group's ("Joint Terrorism Analysis Centre", "National Counterterrorism Center").
# cue_words.tsv "venue_centre": words of a venue's name ("Taipei International Convention
# Center", "Myer Shopping Centre"); "district": words that, with a place's name, make a
# district or a downtown ("London North Centre")
def _centre_sector(doc: Doc, start: int, end: int, first: int) -> str | None:
    """The sector of a name whose first keyword is "Center"/"Centre"; none for a place's
    centre: an electoral district ("Toronto Centre") or a downtown ("Cleveland City Center")."""
    keywords = lexicons().org_keywords
    owner = span_text(doc, start, first).removeprefix("the ").strip()
    place = owner.split()
    while place and place[-1].lower() in cue_words("district"):
        place.pop()
    if first == end - 1 and place and is_place_word(" ".join(place)):
        return None
    named = [doc[i].lower_ for i in range(start, end)]
    venue = cue_words("venue_centre")
    if any(w in venue for w in named) or "world trade" in " ".join(named):
        return None  # "Telus Convention Centre", "World Trade Center": a place, no body
    if owner and (f"{owner} University" in doc.text or f"University of {owner}" in doc.text):
        return "EDU"  # "the Johns Hopkins Center for X" in a story naming Johns Hopkins University
    if owner in _university_short_names():
        return "EDU"  # "the Harvard Center for X": a known university's, whatever its subject
    words = [doc[i].lower_ for i in range(start, end) if i != first]
    centres = cue_words("centre")
    other = next((keywords[w] for w in words if w in keywords and w not in centres), None)
    if other is not None:
        return other
    if any(w in cue_words("study") for w in words):
        return "EDU"
    if any(w in cue_words("medical") for w in words):
        return "HLH"
    if any(w in cue_words("state_centre") for w in words):
        return "GOV"  # "Joint Terrorism Analysis Centre", "Marine Rescue Center"
    return "NGO"


@lru_cache(maxsize=1)
def _phrase_keywords() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The keywords of several words (``org_keywords.tsv``: "fire and rescue", "red cross"),
    as lower-case word tuples with their sector, longest first."""
    phrases = [(tuple(k.split()), s) for k, s in lexicons().org_keywords.items() if " " in k]
    return tuple(sorted(phrases, key=lambda p: -len(p[0])))


def _phrase_keyword(doc: Doc, start: int, end: int) -> tuple[int, str] | None:
    """Where the first keyword of several words starts in the name, and its sector
    ("North Wales Fire and Rescue Service": GOV, "Philippine Red Cross": NGO)."""
    words = [t.lower_ for t in doc[start:end]]
    for i in range(len(words)):
        for phrase, sector in _phrase_keywords():
            if tuple(words[i : i + len(phrase)]) == phrase:
                return start + i, sector
    return None


# cue_words.tsv "party_head": heads of a party's name that also name unions, leagues and
# congresses of other kinds: with a word of democracy ("democracy") they name a party
# ("Union for Ruritanian Democracy", "National League for Democracy", "Congress of
# Democrats"); "Center", "Institute", "Endowment for Democracy" stay whatever their keyword
# says, "Front" a rebel group's
def _party_name(doc: Doc, start: int, end: int) -> str | None:
    """PTY for a name holding the word "Party" ("Ruritanian Union Party", "Indian National
    Congress Party": no union, no legislature), or a party's head with a word of democracy
    and no keyword before the head ("Union for Ruritanian Democracy": was NGO)."""
    words = [t.lower_ for t in doc[start:end]]
    if "party" in words:
        return "PTY"
    if "republic" in words or not cue_words("democracy").intersection(words):
        return None  # "Union of the Democratic Republic of X": a state's name inside
    if members_sector(doc, start, end) not in (None, "PTY"):
        return None  # "Democratic Union of Teachers": its members' sector
    keywords = lexicons().org_keywords
    heads = cue_words("party_head")
    head = next((w for w in words if w in keywords or w in heads), None)
    return "PTY" if head in heads else None


def _keyword_sector(doc: Doc, start: int, end: int) -> str | None:
    """The sector of a name's first keyword ("Hong Kong Police Force": COP; a keyword
    of several words counts from its first word: "London Fire Brigade" is a fire
    service, GOV, not a brigade), else of a body's noun ending it ("Palestinian
    Intelligence": SPY), unless the keyword is a governing body's and an "of" after it
    names the institution it governs ("Board of Regents of Ohio State University": EDU;
    "Department of Energy" stays GOV)."""
    party = _party_name(doc, start, end)
    if party is not None:
        return party
    keywords = lexicons().org_keywords
    first = next((i for i in range(start, end) if doc[i].lower_ in keywords), None)
    phrase = _phrase_keyword(doc, start, end)
    if phrase is not None and (first is None or phrase[0] <= first):
        return phrase[1]
    if first is None:  # "Palestinian Intelligence", "the Burmese Junta": a body's own noun
        agent = lexicons().agents.get(doc[end - 1].lower_) if end - start > 1 else None
        return agent.sector if agent is not None and agent.kind == "institution" else None
    if doc[first].lower_ in cue_words("centre"):
        return _centre_sector(doc, start, end, first)
    sector = keywords[doc[first].lower_]
    if sector != "GOV":
        return sector
    for i in range(first + 1, end):
        if doc[i].lower_ != "of":
            continue
        # the institution is the head of the complement: its last word before "of" or the end
        stop = next((k for k in range(i + 1, end) if doc[k].lower_ == "of"), end)
        head = doc[stop - 1].lower_ if stop - 1 > i else ""
        # "center"/"centre" are as often a government's own unit as a school's ("Office of
        # the Civil Defense Coordinating Center"): no owner of a body before them
        owner = keywords.get(head, "") if head not in cue_words("centre") else ""
        if owner in _GOVERNED_SECTORS:
            return owner
    return sector
