"""Actors stage: every person, organization and country as one canonical actor.

Entry point: :func:`extract_actors` (pure: reads the Doc, never writes it).
The steps, each in its own module:

1. :mod:`.detect` — the model's entities merged with lexicon matches and
   corrected (headline words, apostrophes, trimmed determiners), with the
   token lookups of :mod:`.spans` and the judgement of :mod:`.things` (names
   of things, venues, credits and hashtags are no participants);
2. :mod:`.resolve` — candidates grouped into people (:mod:`.people`:
   surnames, name variants), countries (names, demonyms, capitals), organizations
   (aliases, "Full Name (ACR)" and "X, or the Y" from :mod:`.aliases`) and
   places (named only as locations, or as a person's home, see
   :mod:`.participation`);
3. :mod:`.coding` — titles with qualifiers, ISO3 country and sector, with
   the clues of :mod:`.clues` (an office held, an international name) and
   the story's country of :mod:`.salience`;
4. :mod:`.refer` — descriptions ("the general") and pronouns bound to their
   actor by documented rules, or left unbound;
5. :mod:`.nominal` — groups and bodies named by an agent noun ("Israeli
   troops", "Iraqi police", "U.S. officials") with country and sector.

Places named only as locations go to ``places``; everything that acts or is
acted upon is an actor. Later stages turn token spans into actors with
:func:`find_actor`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..model import Actor, Mention, Place, Title
from .body_pronouns import add_body_pronouns
from .coding import TitleHit, code_entities
from .detect import corrected_candidates, title_matches
from .lexicon import cue_words, lexicons
from .nominal import add_nominals
from .participation import (
    away_from,
    describes_person,
    named_as_base,
    names_an_address,
    part_or_trip,
)
from .refer import add_descriptions, add_pronouns
from .resolve import Entity, after_title_of, fold, group_entities, sentence_index, title_heads
from .things import portfolio_tokens, said_to_be_a_thing

__all__ = ["ActorResult", "actor_key", "extract_actors", "find_actor"]

_MODIFIER_DEPS = frozenset({"amod"})
# how an organization known neither to the lexicon nor by a keyword is named in passing:
# "the Gallup poll", "an Instagram story post", "Central European Time"
_NAME_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_NAMES = frozenset({"ner", "ruler", "alias", "acronym"})


@dataclass(frozen=True, slots=True)
class ActorResult:
    """What the actors stage found: participants, places and every mention of either."""

    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    mentions: tuple[Mention, ...] = ()


def actor_key(name: str, actor_type: str, country: str | None) -> str:
    """The stable cross-article key: normalized name + type + country.

    Accents, case, apostrophes and hyphens are folded so that "Mohammed Shia’
    al-Sudani" and "Mohammed Shia' Al Sudani" share a key; a COUNTRY's key is
    its ISO3 code alone, so every name of a country meets.
    """
    if actor_type == "COUNTRY" and country:
        return f"{country.lower()}|COUNTRY|{country}"
    plain = fold(name.replace("’", "'").casefold())
    words = "".join(ch if ch.isalnum() else " " for ch in plain.replace("'", "")).split()
    return f"{' '.join(words)}|{actor_type}|{country or ''}"


_COPULAS = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "become", "became", "becomes",
    "seem", "seems", "seemed", "look", "looks", "looked", "remain", "remains", "remained",
})  # fmt: skip


def _titles(hits: list[TitleHit]) -> tuple[Title, ...]:
    seen: list[Title] = []
    titles = lexicons().titles
    for hit in hits:
        if hit.title is None:
            continue
        title = hit.title
        plain = title.text.lower()
        if len(plain) > 4 and plain.endswith("s") and plain[:-1] in titles:  # not "Mrs"
            title = Title(title.text[:-1], title.qualifier)  # "Senators Rubio, Lee" -> Senator
        if title not in seen:
            seen.append(title)
    return tuple(seen)


def _aliases(ent: Entity) -> tuple[str, ...]:
    names = []
    for mention in sorted(ent.mentions, key=lambda m: m.start):
        if mention.source in ("pronoun", "description", "nominal") or mention.text == ent.name:
            continue
        if mention.text not in names:
            names.append(mention.text)
    return tuple(names)


def _to_actor(ent: Entity, number: int, hits: list[TitleHit]) -> Actor:
    actor_type = "GPE" if ent.type == "GPE" else ent.type
    mentions = tuple(sorted(set(ent.mentions), key=lambda m: (m.start, m.end)))
    return Actor(
        id=f"A{number}",
        name=ent.name,
        type=actor_type,
        mentions=mentions,
        country=ent.country,
        sector=ent.sector if ent.type in ("PERSON", "ORG") else None,
        titles=_titles(hits),
        aliases=_aliases(ent),
        key=actor_key(ent.key_name or ent.name, actor_type, ent.country),
    )


def _is_peripheral(doc: Doc, ent: Entity) -> bool:
    """Named once, as a modifier of something else ("German charity", "Medicare services").

    An organization of unknown sector that no lexicon lists is peripheral as
    any modifier ("the Gallup poll", "the Amazon Key service"); one the
    lexicon or a keyword knows only as an adjective.

    A country named once as the modifier of an act ("an Indian proposal",
    "the U.S. presence") is a participant all the same: only one describing
    an organization or a group ("German charity", "Israeli troops": the
    group is the actor) is peripheral.
    """
    named = [
        sp for sp, m in zip(ent.spans, ent.mentions, strict=False) if m.source != "description"
    ]
    if _peripheral_each_time(doc, ent, named):
        return True
    if ent.type == "PERSON" or len(named) != 1:
        return False
    start, end = named[0]
    root = doc[start:end].root
    where = _where_or_in_a_title(doc, ent, root, start, end)
    if where is not None:
        return where
    return _a_peripheral_modifier(ent, root)


def _peripheral_each_time(doc: Doc, ent: Entity, named: list[tuple[int, int]]) -> bool:
    """Every naming is a medium, a thing, a portfolio or a nationality: never a party,
    however often it is named."""
    if ent.type == "ORG" and len(named) > 1 and all(_a_medium(doc, ent, s, e) for s, e in named):
        return True  # "wrote on Twitter" each time it is named: where, never who
    if ent.type == "ORG" and ent.org is None and _said_to_be_a_thing(doc, named):
        return True  # "the Zorvex" of "The Zorvex was a dive boat": the boat, each time
    if ent.type == "ORG" and ent.org is None and _only_portfolio(doc, named):
        return True  # "the Minister for Trade and Industry": the office, not a body
    if _only_ever_a_modifier(doc, ent, named):
        return True  # "the CERB payments" each time: a programme or a product, never a party
    # "he could be Pakistani": what someone is, not the country as a party
    return (
        ent.type == "COUNTRY"
        and bool(named)
        and all(_a_nationality(doc[s:e].root) for s, e in named)
    )


def _only_ever_a_modifier(doc: Doc, ent: Entity, named: list[tuple[int, int]]) -> bool:
    """An organization no lexicon or keyword knows, named several times and each time as
    a peripheral modifier (see :func:`_a_peripheral_modifier`): "the CERB payments",
    "TFT LCD panels"; a "Netto chain" or a "Mets fan" names the body."""
    if ent.type != "ORG" or ent.org is not None or ent.sector is not None or len(named) < 2:
        return False
    return all(_a_peripheral_modifier(ent, doc[s:e].root) for s, e in named)


def _where_or_in_a_title(doc: Doc, ent: Entity, root: Token, start: int, end: int) -> bool | None:
    """Whether the one naming is where something is said or published, or part of a
    title (True, or what follows the title decides); None when neither."""
    if _is_medium(root):
        return True  # "said via Twitter", "a YouTube channel": a medium, not a party
    if ent.type == "ORG" and _published_in(root):
        return True  # "findings published in Science Advances": a journal is where, not who
    if ent.org is not None and ent.org.sector == "BUS" and _on_a_platform(root):
        return True  # "announced on Facebook": the company is where, not who
    if ent.type == "ORG" and ent.org is None and _portfolio(doc, start, end):
        return True  # "the Secretary of Transportation": part of the title
    if ent.type == "ORG" and ent.org is None and after_title_of(root):
        return _name_follows(doc, end)  # "chair of the Harbour Committee Jane Doe"
    return None


def _a_peripheral_modifier(ent: Entity, root: Token) -> bool:
    """The one naming modifies a thing or a common noun (through a list or an apposition):
    the thing or the noun is what the sentence is about, not the name."""
    in_apposition = False
    while root.dep_ in ("conj", "appos") and root.head != root:
        in_apposition = in_apposition or root.dep_ == "appos"
        root = root.head
    if in_apposition and ent.type == "ORG" and _is_thing_noun(root):
        return True  # "medical services Medicare": the name of a thing of that kind
    thing = lexicons().incidental.get(root.head.lower_) == "thing"
    if ent.type == "COUNTRY" and thing and root.dep_ in ("amod", "compound", "nmod"):
        return True  # "U.S. dollars": a currency, not the country as a party
    # a modifier of a common noun; one of a name is likely a misparsed list item, and
    # one of an organization noun names it ("the Acme party", "the Acme company")
    unknown = ent.type == "ORG" and ent.org is None and ent.sector is None
    if unknown and root.dep_ in _NAME_MODIFIER_DEPS and root.head.is_lower:
        return not _names_a_body(root.head)
    if root.dep_ not in _MODIFIER_DEPS:
        return False
    if ent.type == "COUNTRY":  # "an Indian proposal": India proposed; "German charity": no
        lex = lexicons()
        return root.head.lower_ in lex.org_keywords or root.head.lower_ in lex.agents
    return root.head.lower_ not in title_heads()


def _a_nationality(root: Token) -> bool:
    """A demonym said of someone or something ("he could be Pakistani", "the firm is
    British"): an adjective complementing "be" or a verb like it, through a list."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    verb = root.head
    copula = verb.lemma_ in _COPULAS or verb.lower_ in _COPULAS
    return root.pos_ == "ADJ" and root.dep_ == "acomp" and copula


def _said_to_be_a_thing(doc: Doc, named: list[tuple[int, int]]) -> bool:
    """Some mention is in apposition with a craft or a thing, or is said to be one."""
    return any(said_to_be_a_thing(doc[s:e].root) for s, e in named)


def _only_portfolio(doc: Doc, named: list[tuple[int, int]]) -> bool:
    """Every mention lies in the portfolio of a minister's or a secretary's title."""
    if not named or not all(
        any(t.lower_ == "for" for t in doc[max(s - 9, 0) : s]) for s, _ in named
    ):
        return False  # no "for" before some mention: no title matching needed
    portfolio = portfolio_tokens(doc, title_matches(doc))
    return all(all(i in portfolio for i in range(s, e)) for s, e in named)


def _names_a_body(noun: Token) -> bool:
    """A noun a name modifies to name itself or speak through it: a title ("a Zorvex
    spokesperson"), its staff ("Zorvex economist NAME"), an organization keyword or
    description ("the Zorvex party"), a
    medium cited as a source ("the Zorvex website advises", see :func:`_is_medium`) or
    what an organization issues ("a Zorvex poll", "the Zorvex statement")."""
    lex = lexicons()
    word = noun.lower_
    description = lex.descriptions.get(word)
    return (
        word in title_heads()
        or word in lex.org_keywords
        or lex.incidental.get(word) in ("medium", "source")
        # cue_words.tsv "affiliated": professions that name someone's employer when a name
        # modifies them ("Acme economist"), its members ("the Eurozone countries"), its
        # chains and parts ("its Netto chain", "the Acme Rail branch": the body) and fans
        # ("a Mets fan": the team's); checked on unlabelled articles: "people" nouns and
        # agents ("Cheltenham man", "U.S. Blackhawk helicopter") name places, peoples and
        # things as often
        or word in cue_words("affiliated")
        or (description is not None and description[0] == "ORG")
    )


def _a_medium(doc: Doc, ent: Entity, start: int, end: int) -> bool:
    """A mention of a platform as the medium of a statement (see :func:`_is_medium`)."""
    root = doc[start:end].root
    platform = ent.org is not None and ent.org.sector == "BUS" and _on_a_platform(root)
    return platform or _is_medium(root)


def _is_medium(root: Token) -> bool:
    """A name used as the medium of a statement ("via X", "an X channel", "a post on X")."""
    incidental = lexicons().incidental
    medium = root.head
    if root.dep_ in ("compound", "amod") and incidental.get(medium.lower_) == "medium":
        # "uploaded on a YouTube channel"; but "the IRS website advises" and
        # "according to the X website" cite the organization as a source
        return medium.dep_ == "pobj" and medium.head.lower_ != "to"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ == "via" or (
        prep.lower_ == "on" and incidental.get(prep.head.lower_) == "medium"
    )


def _on_a_platform(root: Token) -> bool:
    """A company named as where something was said ("said on Twitter"); a news outlet
    ("told the BBC", "said on CNN") stays a cited source."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "on" and prep.head.pos_ == "VERB"


def _portfolio(doc: Doc, start: int, end: int) -> bool:
    """One word right after "Secretary of" or "Minister of (the)": a portfolio, not a body."""
    i = start - (start > 0 and doc[start - 1].lower_ == "the")
    if end - start != 1 or i < 2 or doc[i - 1].lower_ != "of":
        return False
    return lexicons().incidental.get(doc[i - 2].lower_) == "portfolio"


def _published_in(root: Token) -> bool:
    """The object of "published in" (a journal or a book as the place of publication)."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_ == "publish"


def _name_follows(doc: Doc, end: int) -> bool:
    """A person's name starts at ``end``, maybe after a rank ("... Committee Senator Jo Doe").

    Then the organization is inside the title written before the name; one
    named after the person ("Jo Doe, head of the X") stays a participant.
    """
    for i in range(end, min(end + 2, len(doc))):
        if doc[i].ent_type_ == "PERSON":
            return True
        if not doc[i].is_title:
            return False
    return False


def _only_through_bodies(doc: Doc, ent: Entity) -> bool:
    """A country named only as the owner of its bodies ("the UK parliament", "the British
    government", "the Supreme Court of the United Kingdom"): the bodies act, not the country."""
    if ent.type != "COUNTRY" or any(m.source == "description" for m in ent.mentions):
        return False  # "the country" elsewhere: the country itself is spoken of
    named = [sp for sp, m in zip(ent.spans, ent.mentions, strict=False) if m.source in _NAMES]
    return bool(named) and all(_owns_a_body(doc[s:e].root) for s, e in named)


def _owns_a_body(root: Token) -> bool:
    lex = lexicons()
    if root.dep_ in ("amod", "compound", "poss", "nmod"):
        head = root.head.lower_
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.is_title:
        head = root.head.head.lower_  # "the Supreme Court of X", not "the people of X"
    else:
        return False
    agent = lex.agents.get(head)
    return head in lex.org_keywords or (agent is not None and agent.kind == "institution")


def _is_thing_noun(token: Token) -> bool:
    """A common noun that names no kind of actor (not an agent, organization or title)."""
    lex = lexicons()
    word = token.lower_
    actorish = word in lex.agents or word in lex.org_keywords or word in lex.descriptions
    return token.pos_ == "NOUN" and not actorish and word not in title_heads()


def _is_evident(ent: Entity, hits: list[TitleHit]) -> bool:
    """A person named only by one bare word, never with a title, is too weak to keep.

    The small model tags words such as "Brexit" or "Protestor" as people; a
    real participant is nearly always named in full or with a title once.
    """
    if ent.type == "ORG":
        return not all(ent.in_title)
    if ent.type != "PERSON" or any(h.title is not None for h in hits):
        return True
    if any(m.text in lexicons().leaders for m in ent.mentions):
        return True  # "Obama": a well-known leader needs no first name
    return any(e - s > 1 for s, e in ent.spans)


def _common_phrase(doc: Doc, ent: Entity) -> bool:
    """An organization no lexicon or keyword knows, never a subject, whose every name is
    a phrase the article also writes in lower case ("Food Aid" ... "food aid"): a
    capitalised common noun phrase (a heading, a list of topics), not a body."""
    if ent.type != "ORG" or ent.org is not None or ent.sector is not None:
        return False
    if any(_acts(doc[start:end].root) for start, end in ent.spans):
        return False  # "The Complaints Board said": a body that speaks
    for start, end in ent.spans:
        words = [t.text for t in doc[start:end]]
        if not any(w[:1].isupper() for w in words) or not all(w.isalpha() for w in words):
            return False  # "Weblogs.com", "3M": written so, never a common phrase
        lowered = [w.lower() for w in words]
        n = len(lowered)
        # as whole tokens ("en.wikipedia.org" is one token, no "wikipedia"), compared by
        # their string hashes in one array read per document
        orth = _orth(doc)
        wanted = numpy.array([get_string_id(w) for w in lowered], dtype=numpy.uint64)
        starts = numpy.flatnonzero(orth[: len(orth) - n + 1] == wanted[0])
        if not any(numpy.array_equal(orth[i : i + n], wanted) for i in starts):
            return False
    return True


_LAST_ORTH: list[Any] = [None, None]


def _orth(doc: Doc) -> numpy.ndarray:
    """``doc``'s token text hashes (ORTH), read once per document."""
    if _LAST_ORTH[0] is not doc:
        _LAST_ORTH[:] = [doc, doc.to_array([ORTH]).reshape(-1)]
    found: numpy.ndarray = _LAST_ORTH[1]
    return found


def _is_place(doc: Doc, ent: Entity) -> bool:
    if ent.type == "PLACE":
        return True
    if ent.type == "ORG":  # "taken to Hartford Hospital"; not "the hospital said"
        venue = lexicons().incidental.get(ent.name.split()[-1].lower()) == "venue"
        return venue and ent.org is None and all(ent.locative)
    if ent.type == "PERSON":  # "in La Llagosta": the model's person is a place
        if any(m.text in lexicons().leaders for m in ent.mentions):
            return False  # "take the fight to Trump": a known leader is a person wherever named
        words = ent.name.split()
        if len(words) > 1 and words[0] in lexicons().given_names:  # "Jo Doe"
            # "a member of the X, Jo Doe" hangs from a title's complement: a person; only
            # "in Marina Bay", "at the Tim Horton's" name a place
            roots = [doc[s:e].root for s, e in ent.spans]
            placed = all(_after_place_preposition(r) or away_from(r) for r in roots)
            return placed and not ent.titled
        # "165 km north-east of Alice Springs": a point of reference is a place too
        located = zip(ent.locative, ent.spans, strict=False)
        placed = all(loc or away_from(doc[s:e].root) for loc, (s, e) in located)
        return bool(ent.locative) and placed and not ent.titled
    if ent.type == "COUNTRY":  # a demonym before a title ("Iraqi Prime Minister") still counts
        # "the Britain-based monitor": an address, like a city's "Boston-based"
        based = zip(ent.locative, ent.spans, strict=False)
        return all(loc or named_as_base(doc, e) for loc, (_, e) in based)
    if ent.type != "GPE":
        return False
    # a region only lookup_place knows ("Queensland": its country counts for the story's)
    unknown = ent.country is None or ent.name not in lexicons().cities
    if unknown and not any(_acts(doc[s:e].root) for s, e in ent.spans):
        return True  # unknown to the city table and never acting: "Queensland", "Reddit"
    flags = zip(ent.locative, ent.in_title, ent.spans, strict=False)
    return all(a or b or _only_a_place(doc[s:e].root) for a, b, (s, e) in flags)


def _after_place_preposition(root: Token) -> bool:
    """The object of a preposition of place ("in", "at", "near"), through conjuncts (not
    appositions: "at the memorial, Jo Doe" names a guide)."""
    while root.dep_ in ("conj", "compound") and root.head != root:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and lexicons().locative.get(prep.lower_) == "prep"


def _acts(root: Token) -> bool:
    """The subject of a verb (through conjunctions): "Queensland voted", "X and Y agreed"."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") or not root.doc.has_annotation("DEP")


def _only_a_place(root: Token) -> bool:
    """A city or region named as a person's home ("Senator Jo Doe of Texas"), as part
    of an address ("Chicago, Illinois", "the Boston-based firm"), as the whole of a part
    or the end of a trip ("the suburbs of Paris", "a trip to Leeds") or as the modifier
    of a common noun (see :func:`_modifies_a_noun`)."""
    if not root.doc.has_annotation("DEP"):
        return False
    if describes_person(root) or names_an_address(root) or part_or_trip(root):
        return True
    return _modifies_a_noun(root)


def _modifies_a_noun(root: Token) -> bool:
    """A city or region written before a common noun, alone or in a list: "the Texas
    grand jury", "Avon and Somerset police", "the Ontario economy", "a Bexley woman".

    It says where the thing or the group is; the group or the body is the
    participant (the nominal stage makes "Avon and Somerset police" an actor), as a
    country named only as the owner of its bodies is no party. "Michigan's
    certification" (a possessive) still acts.
    """
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    head = root.head
    common = head.is_lower and head.pos_ == "NOUN"
    return root.dep_ in _NAME_MODIFIER_DEPS and head != root and common


def _to_place(ent: Entity) -> Place:
    mentions = tuple(sorted(set(ent.mentions), key=lambda m: (m.start, m.end)))
    kind = "country" if ent.type == "COUNTRY" else ent.kind
    geo = lexicons().geo.get(ent.name) if kind != "country" else None
    if geo is None or geo.country != ent.country:
        return Place(name=ent.name, mentions=mentions, country=ent.country, kind=kind)
    return Place(
        name=ent.name,
        mentions=mentions,
        country=ent.country,
        kind=kind or geo.kind,
        latitude=geo.latitude,
        longitude=geo.longitude,
        geonameid=geo.geonameid,
    )


def extract_actors(doc: Doc, published: str | None = None) -> ActorResult:
    """Find the article's actors (with every mention, title, country, sector) and places.

    Works on any Doc; with a parse (dependency labels) it also binds
    descriptions and pronouns and tells locations from participants.
    ``published`` (ISO 8601, the article's date) dates the roles of well-known
    people whose office changed over the years (``leaders.jsonl``).
    """
    sent_of = sentence_index(doc)
    titles = title_matches(doc)
    found = group_entities(doc, corrected_candidates(doc), titles)
    entities = [e for e in found if e.mentions]
    hits = code_entities(doc, entities, titles, published)
    entities = [
        e
        for e in entities
        if _is_evident(e, hits.get(id(e), []))
        and not _is_peripheral(doc, e)
        and not _only_through_bodies(doc, e)
        and not _common_phrase(doc, e)
    ]
    add_descriptions(doc, entities, titles, hits, sent_of)
    add_nominals(doc, entities, found)
    _fold_named_groups(entities)
    add_pronouns(doc, entities, hits, sent_of)
    add_body_pronouns(doc, entities)
    ordered = sorted(entities, key=lambda e: e.first)
    placed = {id(e) for e in ordered if _is_place(doc, e)}
    actors_found = [e for e in ordered if id(e) not in placed]
    actors = tuple(_to_actor(e, i, hits.get(id(e), [])) for i, e in enumerate(actors_found, 1))
    places = tuple(_to_place(e) for e in ordered if id(e) in placed)
    mentions = sorted(
        {m for a in actors for m in a.mentions} | {m for p in places for m in p.mentions},
        key=lambda m: (m.start, m.end),
    )
    return ActorResult(actors, places, tuple(mentions))


#: sectors of armed men whose group a name before their noun names ("M23 rebels")
_ARMED_SECTORS = frozenset({"REB", "MIL", "SEP", "UAF"})


def _fold_named_groups(entities: list[Entity]) -> None:
    """ "M23 rebels": the nominal stage's group of an organization the model found only as
    the name before an armed group's noun, and which nothing else codes, is that
    organization; it takes the noun's sector (one actor, not "M23" and "M23 rebels")."""
    agents = lexicons().agents
    by_name = {e.name: e for e in entities if e.type == "ORG"}
    kept = []
    for ent in entities:
        head, _, noun = ent.name.rpartition(" ")
        owner = by_name.get(head) if ent.type == "ORG" else None
        agent = agents.get(noun.lower())
        armed = agent is not None and agent.sector in _ARMED_SECTORS
        nominal = all(m.source == "nominal" for m in ent.mentions)
        if owner is None or owner is ent or not (armed and nominal) or owner.sector or owner.org:
            kept.append(ent)
            continue
        owner.mentions.extend(ent.mentions)
        owner.spans.extend(ent.spans)
        owner.locative.extend(ent.locative)
        owner.sector = ent.sector
        owner.country = owner.country or ent.country
    entities[:] = kept


def find_actor(actors: tuple[Actor, ...] | list[Actor], start: int, end: int) -> Actor | None:
    """The actor one of whose mentions overlaps ``[start, end)`` most, or None.

    Later stages use it to turn a token span (a subject, an object) into an
    actor id; pronoun and description mentions ("he", "the general") are
    mentions too, so a subject "he" finds its person. On a tie a nominal
    mention wins: "Israeli" in "Israeli troops" names the country, but the
    phrase's agent is the troops.
    """
    best: Actor | None = None
    best_rank = (0, False)
    for actor in actors:
        for mention in actor.mentions:
            if mention.end <= start or mention.start >= end:
                continue  # no overlap: most mentions, so skip the arithmetic
            overlap = min(end, mention.end) - max(start, mention.start)
            rank = (overlap, mention.source == "nominal")
            if rank > best_rank:
                best, best_rank = actor, rank
    return best
