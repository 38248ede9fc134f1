"""Group entity candidates into one entity per real-world participant or place.

Rules (documented because there is no coreference model to hide behind;
people are grouped in :mod:`.people`, the :class:`Entity` builder and the
location tests live in :mod:`.entity`):

* **People.** Name tokens are the mention without leading titles ("Ayatollah",
  "President"). Longest names are placed first; a shorter name joins the
  person whose name ends with it ("Esbati" -> "Behrouz Esbati", "Ali
  Khamenei" -> "Seyyed Ali Khamenei") or, as a lone token, begins it when
  only one person has that first name. When several people fit, the one
  mentioned last before it wins.
* **Surnames.** A model entity of another label, or an untagged capitalised
  token, whose words are a known person's surname or name is that person
  (the small model tags a bare "Esbati" as a place).
* **Countries.** Names, demonyms and capitals resolve to ISO3 and group by
  country. A capital is the government by metonymy ("Tehran said") unless it
  is named as a location ("in Tehran"), when it is a place.
* **Organizations.** A lexicon entry groups all its aliases; otherwise the
  name without a leading demonym (a lexicon name qualified by another country,
  "Congress of the Philippines", is not the lexicon's). "Full Name (ACR)" and
  "X, or the Y" (:mod:`.aliases`) bind the other name to the name for
  the rest of the article.
* **Short names.** One organization named several ways is one actor: a
  bare head word ("Court" after "Court of Session"), the name without its
  country ("House of Representatives" of "United States House of
  Representatives"), without keywords ("Ford" of "Ford Motor Company",
  "Thai Raksa Chart" of "... Party"), or without a qualifier ("Judiciary
  Committee" of "House Judiciary Committee", unless the qualifier is a
  place: "Wisconsin Supreme Court" is another court); "Hungarian
  Government" is the "Government of Hungary" descriptions and agent
  phrases use. A person is found by a name without its middle name, by a
  first surname ("Rosselló"), by a known first name the model calls a
  place, and in "Kelly and Baroni".
* **Untagged repeats.** An organization or city the model tagged once is
  looked for again where the model left it untagged.
* **Shared short names.** "Congo" shortens both Congos: in a story that names
  one of them by a name of its own ("Democratic Republic of the Congo", "DRC",
  "Kinshasa") and not the other, a bare "Congo" is that one.
* **Places.** A city or region is a participant when at least one mention is
  not a location phrase ("in/at/near X", "travelled to X"); otherwise it is a
  place. LOC/FAC entities are places.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from .aliases import bound_names
from .entity import Entity, after_title_of, is_locative, sentence_index, title_heads
from .lexicon import OrgEntry, country_name, country_phrase, lexicons
from .orgs import country_of_text, merge_orgs
from .participation import acts_as_government
from .people import apply_surnames, credit_tokens, fold, group_people
from .spans import Candidate, occurrences, section_label_country, span_text, token_indices

__all__ = [
    "Entity",
    "after_title_of",
    "fold",
    "group_entities",
    "is_locative",
    "sentence_index",
    "title_heads",
]

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_BIG_CITY = 100_000  # a model organization named like a smaller town is more often a firm


def _mostly_american(doc: Doc, cands: list[Candidate]) -> bool:
    """Whether the United States is the country named most often by the lexicons (a
    "United States infobox" section label counting once and winning a tie)."""
    counts: dict[str, int] = {}
    for cand in cands:
        if cand.iso3 and cand.kind != "org":
            counts[cand.iso3] = counts.get(cand.iso3, 0) + 1
    label = section_label_country(doc)
    if label is not None:
        counts[label] = counts.get(label, 0) + 1
        if counts[label] == max(counts.values()):
            return label == "USA"
    return bool(counts) and max(counts, key=lambda k: counts[k]) == "USA"


def _is_us_state(text: str) -> bool:
    entry = lexicons().geo.get(text)
    return entry is not None and entry.country == "USA" and entry.kind == "region"


def _group_countries_and_places(
    doc: Doc, cands: list[Candidate], entities: dict[str, Entity]
) -> list[Candidate]:
    rest = []
    deferred: list[Candidate] = []
    lex = lexicons()
    american = _mostly_american(doc, cands)
    for cand in cands:
        text = span_text(doc, cand.start, cand.end)
        found, cand = _country_reading(cand, text, american)
        if found is not None:
            _add_country(doc, cand, found, text, entities)
            continue
        if _abbreviated_region(doc, cand, text):
            cand = Candidate(cand.start, cand.end, "GPE", cand.source)  # "NSW", "Qld"
        elif cand.label == "NORP" and text in lex.cities or _city_as_org(doc, cand, text):
            cand = Candidate(cand.start, cand.end, "GPE", cand.source)  # "Montreal" as NORP
        elif cand.label == "ORG" and cand.org is None and _big_place(text):
            deferred.append(cand)  # "Omsk" as an organization: a place if its country is named
            continue
        if cand.label in ("GPE", "LOC", "FAC"):
            _add_place(doc, cand, text, entities)
            continue
        rest.append(cand)
    rest += _places_called_orgs(doc, deferred, entities)
    _place_cities_in_story(entities, section_label_country(doc))
    return rest


def _country_reading(
    cand: Candidate, text: str, american: bool
) -> tuple[tuple[str, str] | None, Candidate]:
    """The (kind, ISO3) a candidate names as a country, demonym or capital, or None; a US
    state named like a country in a mostly American story becomes a plain GPE."""
    found = (cand.kind, cand.iso3) if cand.iso3 and cand.kind != "org" else None
    if found is None and cand.label in ("GPE", "NORP", "LOC"):
        found = country_of_text(text)
    if found is not None and american and found[0] == "country" and _is_us_state(text):
        found, cand = None, Candidate(cand.start, cand.end, "GPE", cand.source)  # Georgia
    return found, cand


def _add_country(
    doc: Doc, cand: Candidate, found: tuple[str, str], text: str, entities: dict[str, Entity]
) -> None:
    """Add a country reading to its country, or a capital naming the city to that place;
    a predicative demonym is a description and adds nothing."""
    kind, iso = found
    if kind == "demonym" and _predicative(doc[cand.start : cand.end].root):
        return  # "he could be Pakistani": a description, no party
    if kind == "capital" and _names_the_city(doc[cand.start : cand.end].root):
        place = entities.setdefault(
            f"place|{text}", Entity("PLACE", text, country=iso, kind="city")
        )
        place.add(doc, cand.start, cand.end, cand.label, cand.source)
        return
    ent = entities.setdefault(f"country|{iso}", Entity("COUNTRY", country_name(iso), country=iso))
    ent.add(doc, cand.start, cand.end, "NORP" if kind == "demonym" else "GPE", cand.source)


def _add_place(doc: Doc, cand: Candidate, text: str, entities: dict[str, Entity]) -> None:
    """Add a GPE, LOC or FAC candidate to its place, with the country of a known city or
    region."""
    lex = lexicons()
    city_iso = lex.cities.get(text) if cand.label == "GPE" else None
    kind = "city" if city_iso else ("region" if cand.label == "LOC" else "")
    if city_iso is None and cand.label in ("GPE", "LOC"):
        city_iso = _region_country(text)  # "New South Wales", "Hampshire"
        kind = "region" if city_iso else kind
    ent = entities.setdefault(
        f"gpe|{text.casefold()}",
        Entity("GPE" if cand.label == "GPE" else "PLACE", text, country=city_iso, kind=kind),
    )
    ent.add(doc, cand.start, cand.end, cand.label, cand.source)


def _predicative(root: Token) -> bool:
    """A nationality said of someone after a copula ("she is British", "he could be
    Pakistani, he could be Mexican"), alone or in a list: what they are, not a party."""
    node = root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    head = node.head
    copula = (head.lemma_ or head.text).lower() == "be" or head.lower_ in _COPULAS
    return node.dep_ in ("acomp", "attr") and copula


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _abbreviated_region(doc: Doc, cand: Candidate, text: str) -> bool:
    """A state or province abbreviated ("NSW", "Qld", "Calif.") that the model took for
    something else; one before an institution noun ("NSW government") stays the
    model's organization: the state's own body, not its country's."""
    if cand.label not in ("ORG", "PERSON", "NORP") or text not in lexicons().region_abbreviations:
        return False
    if cand.end >= len(doc) or not doc[cand.end].is_lower:
        return True  # "NSW Police" is a name of its own
    agent = lexicons().agents.get(doc[cand.end].lower_)
    return agent is None or agent.kind != "institution"


def _big_place(text: str) -> bool:
    """A region, or a city of 100,000 people or more, of exactly that name."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    place = lookup_place(text)
    if place is None or not _same_place_name(place.name, text):
        return False
    return place.kind == "region" or (place.kind == "city" and place.population >= _BIG_CITY)


def _same_place_name(name: str, text: str) -> bool:
    """The gazetteer's name written with or without its accents ("Poznań", "Poznan"),
    not a near spelling the gazetteer also matches ("Bala" finds Basel), nor a known
    leader's name ("Bush" and the Egyptian town Būsh)."""
    return fold(name) == fold(text) and text not in lexicons().leaders


def _places_called_orgs(
    doc: Doc, deferred: list[Candidate], entities: dict[str, Entity]
) -> list[Candidate]:
    """Model organizations that are a region or a big city of a country the story names
    ("Omsk" beside Russia, "Karachi" beside Pakistan) are that place; the others stay
    organizations ("Delta", "Vista", "Kingston": cities, but also a company or a product
    in a story that never names their country). Returns those left organizations."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    named = {e.country for e in entities.values() if e.type == "COUNTRY" and e.country}
    left = []
    for cand in deferred:
        text = span_text(doc, cand.start, cand.end)
        place = lookup_place(text, named)
        if place is None or place.country not in named or not _same_place_name(place.name, text):
            left.append(cand)
            continue
        kind = "region" if place.kind == "region" else "city"
        ent = entities.setdefault(
            f"gpe|{text.casefold()}", Entity("GPE", text, country=place.country, kind=kind)
        )
        ent.add(doc, cand.start, cand.end, "GPE", cand.source)
    return left


def _place_cities_in_story(entities: dict[str, Entity], label: str | None) -> None:
    """A city-table name that also names a region of a country the story names is that
    region ("Ontario" beside "Canada": the province, not the Californian city the table
    holds as the most populous "Ontario"; "Victoria" beside "Australia": the state).

    Only when the story names the region's country at least as often as the table's
    (a US story naming the US more than Britain keeps Norfolk, Virginia); a leading
    section label ("Canadian news ...") names its country once.
    """
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    named: dict[str, int] = {label: 1} if label else {}  # "Canadian news Ontario Premier"
    for ent in entities.values():
        if ent.type == "COUNTRY" and ent.country:
            named[ent.country] = named.get(ent.country, 0) + len(ent.mentions)
    for ent in entities.values():
        if ent.type not in ("GPE", "PLACE") or ent.kind != "city" or not ent.country:
            continue
        place = lookup_place(ent.name, named)
        if place is None or place.kind != "region" or place.country not in named:
            continue  # regions only: towns share names everywhere
        if named[place.country] >= named.get(ent.country, 0):
            ent.country = place.country


def _region_country(text: str) -> str | None:
    """The country of a first-level region or English county the city table lacks
    ("Western Australia" -> AUS, "Hampshire" -> GBR), by GeoNames and ISO 3166-2
    (:func:`newsgraph.events.places.lookup_place`); None for anything else."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    abbreviated = lexicons().region_abbreviations.get(text)  # "NSW", "Calif."
    if abbreviated is not None:
        return abbreviated[1]
    place = lookup_place(text)
    return place.country if place is not None and place.kind == "region" else None


def _city_as_org(doc: Doc, cand: Candidate, text: str) -> bool:
    """A model ORG that is a known city named as a location ("met in Niamey")."""
    if cand.label != "ORG" or cand.org is not None or text not in lexicons().cities:
        return False
    return is_locative(doc[cand.start : cand.end].root)


def _names_the_city(root: Token) -> bool:
    """A capital named as a location, a modifier or an address: the city, not the government."""
    parsed = root.doc.has_annotation("DEP")
    return is_locative(root) or (parsed and not acts_as_government(root))


def _country_prefix(words: list[Token]) -> int:
    """How many leading words name a country or an ordinal ("116th U.S. Congress" -> 2)."""
    i = 0
    while i < len(words) - 1:
        two = " ".join(t.text for t in words[i : i + 2])
        if i < len(words) - 2 and country_of_text(two) is not None:
            i += 2
        elif country_of_text(words[i].text) is not None or _ORDINAL.match(words[i].text):
            i += 1
        else:
            break
    return i


def _org_key(doc: Doc, cand: Candidate) -> tuple[str, OrgEntry | None]:
    """The grouping key of an organization: its lexicon entry, else its bare name.

    The bare name drops a leading country or ordinal and a trailing "of
    <country>", so "116th U.S. Congress", "Congress" and "Parliament of the
    United Kingdom" / "Parliament" meet.
    """
    key, entry, _ = _org_key_and_state(doc, cand)
    return key, entry


#: what a bare organization name's words stated apart from it: (country ISO3, ordinal)
_Marks = tuple[str | None, str | None]


def _org_key_and_state(doc: Doc, cand: Candidate) -> tuple[str, OrgEntry | None, _Marks]:
    """:func:`_org_key`, and the ISO3 of the country and the ordinal the name states."""
    if cand.org is not None:
        return f"org|{cand.org.name}", cand.org, (None, None)
    words = [t for t in doc[cand.start : cand.end] if not t.is_punct or t.text in ("&", "-")]
    prefix = _country_prefix(words)
    ordinal = next((t.lower_ for t in words[:prefix] if _ORDINAL.match(t.text)), None)
    if words and lexicons().org_keywords.get(words[-1].lower_) == "LEG":
        ordinal = None  # "the 38th Legislative Assembly": a term of one house, no other body
    named = country_of_text(" ".join(t.text for t in words[:prefix])) if prefix else None
    words = words[prefix:]
    for i, token in enumerate(words[1:-1], start=1):
        rest = [t for t in words[i + 1 :] if t.lower_ != "the"]
        found = country_of_text(" ".join(t.text for t in rest))
        if token.lower_ == "of" and found:
            words, named = words[:i], found
            break
    text = " ".join(t.text for t in words)
    entry = lexicons().orgs.get(text)
    if entry is None and len(words) > 1 and words[-1].lower_ == "party":
        text = " ".join(t.text for t in words[:-1])  # "Thai Raksa Chart" and "... Party" meet
    state = named[1] if named else None
    if entry is not None and (named is None or entry.country in (None, state)):
        return f"org|{entry.name}", entry, (None, None)
    if entry is not None:  # "Congress of the Philippines" is not the US Congress
        return f"org|{text.casefold()}|{state or ''}", None, (None, None)
    return "org|" + text.casefold(), None, (state, ordinal)


def _org_keys(doc: Doc, cands: list[Candidate]) -> list[tuple[str, OrgEntry | None]]:
    """The grouping key of each organization; a bare name that the article names with two
    countries or two ordinals or more is one body per country or ordinal ("Brazilian
    Central Bank" and "Central Bank of Nigeria": two banks; the "3rd" and the "4th Circuit
    Court": two courts, but the "38th" and the "39th Legislative Assembly" are terms of
    one), a mention naming none staying apart from all of them."""
    found = [_org_key_and_state(doc, cand) for cand in cands]
    named: list[dict[str, set[str]]] = [{}, {}]
    for key, _, marks in found:
        for seen, mark in zip(named, marks, strict=True):
            if mark is not None:
                seen.setdefault(key, set()).add(mark)
    out = []
    for key, entry, marks in found:
        apart = [m for seen, m in zip(named, marks, strict=True) if m and len(seen[key]) > 1]
        out.append(("|".join([key, *apart]), entry))
    return out


def _group_orgs(doc: Doc, cands: list[Candidate], entities: dict[str, Entity]) -> None:
    orgs = [c for c in cands if c.label == "ORG"]
    bound = bound_names(doc, orgs)
    covered = {i for c in cands for i in range(c.start, c.end)}
    targets = [bound.get(span_text(doc, cand.start, cand.end)) for cand in orgs]
    keyed = [t if t is not None and t is not c else c for c, t in zip(orgs, targets, strict=True)]
    keys = _org_keys(doc, keyed + list(bound.values()))
    key_of = {id(c): k for c, k in zip(keyed + list(bound.values()), keys, strict=True)}
    for cand, target in zip(orgs, targets, strict=True):
        text = span_text(doc, cand.start, cand.end)
        key, entry = key_of[id(target if target is not None and target is not cand else cand)]
        name = entry.name if entry else text
        government = _government_name(doc, cand) if entry is None else None
        if government is not None:  # "Hungarian Government" is what "the government" is
            key, name = f"org|{government.casefold()}", government
        ent = entities.setdefault(key, Entity("ORG", name, org=entry))
        if entry is None and text.startswith(ent.name + " "):
            ent.name = text  # "Thai Raksa Chart Party" names what "Thai Raksa Chart" did
        source = "acronym" if target is not None and target is not cand else cand.source
        ent.add(doc, cand.start, cand.end, "ORG", source)
    for i in token_indices(doc, frozenset(bound), lower=False):  # acronyms left untagged
        token = doc[i]
        target = bound.get(token.text)
        if target is not None and token.i not in covered:
            entities[key_of[id(target)][0]].add(doc, token.i, token.i + 1, "ORG", "acronym")


def _government_name(doc: Doc, cand: Candidate) -> str | None:
    """ "Government of Hungary" for "Hungarian Government", "Government of Hungary"."""
    span = doc[cand.start : cand.end]
    if span[0].lower_ != "government" and span[-1].lower_ != "government":
        return None  # most names: no work
    words = [t for t in span if t.lower_ != "the"]
    prefix = _country_prefix(words)
    if prefix and [t.lower_ for t in words[prefix:]] == ["government"]:
        found = country_of_text(" ".join(t.text for t in words[:prefix]))
    elif len(words) > 2 and [t.lower_ for t in words[:2]] == ["government", "of"]:
        found = country_of_text(" ".join(t.text for t in words[2:]))
    else:
        return None
    return f"Government of {country_phrase(found[1])}" if found else None


def group_entities(doc: Doc, cands: list[Candidate], titles: list[tuple[int, int]]) -> list[Entity]:
    """Every participant and place of the article, from its entity candidates.

    Each mention is flagged when it names a location (``locative``) or only
    modifies the title of a named person (``in_title``: "Senate Minority
    Leader, Jo Hale", "Labour MP Ana Ruiz"): an organization all of
    whose mentions are in titles, or a place all of whose mentions are either,
    is no participant.
    """
    cands = _namesakes_as_story_state(doc, cands)
    people = group_people(doc, cands)
    rest = apply_surnames(doc, cands, people)
    entities: dict[str, Entity] = {}
    rest = _group_countries_and_places(doc, rest, entities)
    _group_orgs(doc, rest, entities)
    merge_orgs(entities)
    people = _fold_short_names(people, entities, {e for _, e in titles})
    found = people + list(entities.values())
    _add_untagged_names(doc, found)
    by_start = dict(titles)
    for ent in found:
        ent.in_title = [_in_title(doc, span, by_start, people) for span in ent.spans]
    return found


_SHORT_STATE = re.compile(r"\sof\s(?:the\s)?(\S.*)$")


@lru_cache(maxsize=1)
def _shared_short_names() -> dict[str, frozenset[str]]:
    """The names the country lexicon reads as one state that shorten the long names of
    several ("Congo": "Democratic Republic of the Congo" and "Republic of the Congo") and
    are none's display name (not "China", the display name of the PRC, nor "Sudan")."""
    lex = lexicons()
    states: dict[str, set[str]] = {}
    for name, iso in lex.country_names.items():
        short = _SHORT_STATE.search(name)
        if short is not None:
            states.setdefault(short.group(1), set()).add(iso)
    shown = set(lex.preferred.values())
    return {
        short: frozenset(isos)
        for short, isos in states.items()
        if len(isos) > 1 and short in lex.country_names and short not in shown
    }


def _namesakes_as_story_state(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, a bare shared short name ("Congo") read as the one of its states
    the story names by a name or capital of its own ("DRC", "Kinshasa") when it names
    no other of them so; unchanged otherwise."""
    shared = _shared_short_names()
    if not shared:
        return cands
    texts = [span_text(doc, cand.start, cand.end) for cand in cands]
    named: set[str] = set()
    for cand, text in zip(cands, texts, strict=True):
        if cand.iso3 and cand.kind in ("country", "capital") and text not in shared:
            named.add(cand.iso3)
    out = []
    for cand, text in zip(cands, texts, strict=True):
        states = shared.get(text)
        story = [iso for iso in sorted(states or ()) if iso in named]
        if states and cand.kind == "country" and len(story) == 1 and cand.iso3 != story[0]:
            cand = replace(cand, iso3=story[0])
        out.append(cand)
    return out


def _fold_short_names(
    people: list[Entity], entities: dict[str, Entity], title_ends: set[int]
) -> list[Entity]:
    """A one-word "person" that opens exactly one organization's name of several words is
    that organization ("Mahan" of "Mahan Air", "Ford" of "Ford Motor Company"); one with
    a title ("President Obama") or a known leader's name stays a person."""
    leaders = lexicons().leaders
    firsts: dict[str, list[Entity]] = {}
    for ent in entities.values():
        if ent.type == "ORG" and " " in ent.name:
            firsts.setdefault(fold(ent.name.split()[0].casefold()), []).append(ent)
    kept = []
    for person in people:
        owners = firsts.get(person.name_tokens[0], []) if len(person.name_tokens) == 1 else []
        titled = any(s in title_ends for s, _ in person.spans) or person.name in leaders
        if len(owners) == 1 and not titled and all(e - s == 1 for s, e in person.spans):
            owners[0].mentions.extend(person.mentions)
            owners[0].spans.extend(person.spans)
            owners[0].locative.extend(person.locative)
        else:
            kept.append(person)
    return kept


def _add_untagged_names(doc: Doc, found: list[Entity]) -> None:
    """Add the occurrences the model left untagged of an organization or city it tagged once.

    ("Sea-Eye" tagged in the first paragraph, untagged before "spokesperson"
    later.) Only names of two or more words, or one capitalised word of at
    least three letters, are looked for, and never inside a longer name
    ("Parliament" of "Parliament Square").
    """
    owners: dict[tuple[str, ...], Entity] = {}
    for ent in found:
        if ent.type not in ("ORG", "GPE"):
            continue
        for (start, end), mention in zip(ent.spans, ent.mentions, strict=False):
            words = tuple(t.text for t in doc[start:end])
            if mention.source in ("ner", "ruler") and (len(words) > 1 or _namelike(words[0])):
                owners.setdefault(words, ent)
    if not owners:
        return
    covered = {i for ent in found for s, e in ent.spans for i in range(s, e)}
    covered.update(credit_tokens(doc))  # no repeat inside "(Reporting by ...)"
    for start, end in occurrences(doc, owners):
        if covered.isdisjoint(range(start, end)) and not _inside_a_name(doc, start, end):
            owner = owners[tuple(t.text for t in doc[start:end])]
            owner.add(doc, start, end, owner.mentions[0].label, "alias")
            covered.update(range(start, end))


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """A repeat glued to another capitalised name word: part of a longer name
    ("Parliament" of "Parliament Square", "Reuters" of "Thomson Reuters")."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if after is not None and after.is_title and after.pos_ == "PROPN":
        return True
    return (
        before is not None
        and before.is_title
        and before.pos_ == "PROPN"
        and not (doc[start].is_sent_start)
    )


def _namelike(word: str) -> bool:
    return len(word) >= 3 and word[0].isupper()


def _in_title(
    doc: Doc, span: tuple[int, int], titles: dict[int, int], people: list[Entity]
) -> bool:
    """Whether a mention only belongs to the title of a named person.

    It either comes right before the title ("Senate Minority Leader, Chuck
    Schumer") or lies inside it ("Member of Parliament Samir Dilou"), and a
    person's name follows within a few words.
    """
    start, end = span
    title_end = titles.get(end)
    if title_end is None:
        title_end = next((e for s, e in titles.items() if s <= start and end <= e), None)
    if title_end is None:
        return False
    starts = {s for person in people for s, _ in person.spans}
    return any(i in starts for i in range(title_end, min(title_end + 6, len(doc))))
