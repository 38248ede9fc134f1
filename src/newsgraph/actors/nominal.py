"""Nominal actors: groups and bodies named by an agent noun ("Israeli troops", "the army").

Event data codes agents, and most agents in the news are not named people:
"Israeli troops", "Iraqi police", "U.S. officials", "a Hamas spokesman",
"Hungarian and Romanian officials", "rebels in the Ivory Coast". The rules
(the nouns and their sectors are data: ``data/actors/agents.tsv``):

* **Phrase.** A noun phrase headed by an agent noun that no entity or
  description already owns, that is not a compound modifier of another noun
  ("police station", "army base") and that neither introduces nor
  describes a named person ("army spokesman John Smith", "Smith, a
  government spokesman": he is the actor) or a named organization ("the X
  Party, the state's largest party"); a singular people noun that only
  describes someone ("she is a Turkish national") is no group either, nor
  is a singular role naming a post someone holds ("resigned as the UK's
  prime minister", "X, the country's chief diplomat").
* **Country.** A country, capital or city (by its country) among the
  phrase's premodifiers ("Israeli", "U.S.", "Israel's", "Khartoum"), not a sponsor or
  a stance ("Iran-backed militias", "pro-Russia rebels" are not Iran or Russia); else
  the one of an "of/from/in X" complement ("rebels in the Ivory Coast"; not "in X" for
  the military: "U.S. troops in Iraq" are stationed there). A place or
  people without a country ("Darfur rebels", "Shona rebels") counts for
  the article's dominant country. Without any of these, an *institution*
  named in the singular ("the army", "police", "the government") is the
  article's dominant country's (unless spoken of in general: "a minority government",
  "limited government"): a body named without its country is, in news, the
  body of the country the story is about (the same fallback the coding step
  documents), provided that country is named outside the phrase's sentence
  ("The government thanked China" is not China's) and, bare (no
  determiner or modifier), it is a subject: "lacked authority" and "levels
  of government" name the activity; so is a civil role named
  by an institution noun before it ("a government official said", "police
  officers"; not "government forces", which may be another country's). A group or role with
  no country ("rebels", "officials") is left out, as PETRARCH leaves them, unless
  their own state acts on them (:mod:`.home_groups`: "Cuba jailed 75 dissidents").
* **Missions.** An embassy or consulate is the government of the country
  named before it ("the U.S. embassy in Baghdad", "Russia's embassy") or in
  its "of"; never of its host ("in Baghdad", "the Baghdad embassy"), and
  bare ("the embassy") it is no actor: the story's country is most often
  the host.
* **Sector.** The noun's. A *role* ("officials", "spokesman", "forces")
  takes the sector of an agent noun modifying it ("police officers" -> COP,
  "army officials" -> MIL) or of the agent noun of its "of" complement
  ("members of the UK parliament" -> LEG), except GOV ("government forces"
  stay MIL). A role without a sector of its own ("members", "group") needs
  one from a modifier or an organization, else it is left out.
* **Person.** A government institution of a person ("the Bush
  administration") is the government of the person's country; other
  phrases with a person in them ("Barak's spokesman") are left to him.
* **Organization.** An organization modifying a role, a government body or
  a noun of its own sector ("Hamas spokesman", "the X Hospital department",
  "Hezbollah guerrillas") is that organization:
  the phrase becomes one of its mentions. Other nouns make a group of the
  organization's country ("U.N. peacekeepers"), except a company's military
  noun ("a Boeing jet": its product, no force; "the company's workers" are a group).
* **Identity.** One actor per country and sector in an article: for an
  institution or the military and police, the one named organization of
  that country and sector when there is exactly one ("police" -> "Hong Kong
  Police Force", "troops" -> "Armed Forces of the Philippines"; never for
  other groups: "Palestinian militants" are not Hamas); the "Government of
  X" actor for GOV (never a ministry); else a new actor named by its first
  phrase, whose cross-article key is made from its country (or
  organization) and sector, so that "Israeli troops" here and "Israeli
  soldiers" elsewhere meet.
* **Mentions.** The phrase without its determiner; coordinated countries
  ("Hungarian and Romanian officials") give one actor each, mentioned by its
  own modifier, so that the events stage finds both from the head's
  modifiers. Mentions have source ``nominal``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .adversaries import opposed_country
from .communities import community_country, named_place
from .detect import headline_tokens
from .group_names import BODIES as _BODIES
from .group_names import group_actor as _target
from .group_names import group_name
from .home_groups import home_groups
from .lexicon import AgentEntry, cue_words, lexicons
from .nominal_complements import Owners, _named_after, communal_group, community_nouns
from .resolve import Entity, sentence_index
from .salience import discourse_country, dominant_country
from .spans import section_label_end, span_text

__all__ = ["add_nominals"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_LEADING_POS = frozenset({"DET", "PRON", "PUNCT", "NUM", "CCONJ", "ADP", "PART"})
_LEADING_DEPS = frozenset({"det", "predet", "quantmod", "nummod", "advmod"})
_STANCES = frozenset({"pro", "anti"})
_GENERIC_DETS = frozenset({"a", "an", "any", "every", "no", "each", "another"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_PERSON_LINKS = frozenset({"compound", "appos", "nmod"})
_DESCRIBING_DEPS = frozenset({"attr", "appos", "acomp", "oprd"})
_DESCRIBING_PREPS = frozenset({"as", "of", "to", "like"})


@dataclass(frozen=True, slots=True)
class _Phrase:
    """One agent phrase: mention span, sector and what names its country."""

    start: int
    end: int
    sector: str
    kind: str
    countries: tuple[tuple[str, int, int], ...]  # (ISO3, token start, token end) per modifier
    org: Entity | None
    community: str = ""  # "kurdish" in "Kurdish fighters": one actor per community


@lru_cache(maxsize=4)
def _agent_matcher(vocab: Vocab) -> PhraseMatcher:
    """A case-insensitive matcher of every agent noun form (one per vocab, cached)."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("agent", [Doc(vocab, words=[form]) for form in lexicons().agents])
    return matcher


def _owners(entities: list[Entity]) -> Owners:
    """Each token covered by an entity's span, with the entity and the span."""
    return {i: (ent, s, e) for ent in entities for s, e in ent.spans for i in range(s, e)}


def _names_person(token: Token, owner: Owners) -> bool:
    """Whether the phrase introduces or describes a named person."""
    doc = token.doc

    def person(i: int) -> bool:
        return i in owner and owner[i][0].type == "PERSON"

    if token.dep_ in _PERSON_LINKS and person(token.head.i):
        return True  # "Israeli Prime Minister NAME", "NAME, a government spokesman"
    if any(c.dep_ == "appos" and person(c.i) for c in token.children):
        return True  # "the army's spokesman, NAME"
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].text == "(":  # "Labour MP (Member of Parliament) NAME"
        nxt = next((k + 1 for k in range(nxt, min(nxt + 8, len(doc))) if doc[k].text == ")"), nxt)
    nxt += nxt < len(doc) and doc[nxt].text == ","
    titled = token.lower_ not in cue_words("adversary")  # "critics of Jo Doe": no title
    if titled and nxt < len(doc) and doc[nxt].lower_ in ("from", "of") and not person(nxt):
        home = nxt + 1  # "Senator from Vermont Jo Doe": the title, then where, then who
        while home < min(nxt + 4, len(doc)) and doc[home].is_title and not person(home):
            home += 1
        home += home < len(doc) and doc[home].text == ")"  # "MP (Member of Parliament) NAME"
        home += home < len(doc) and doc[home].text == ","  # "Minister of Nepal, NAME"
        return person(home)
    return person(nxt)


def _local_body(token: Token, owner: Owners) -> bool:
    """A government body of a region or city named before it ("Ohio officials",
    "delegates' Jefferson Parish"), which is no national government.

    A city before "government" or "regime" is a capital by metonymy ("the
    Khartoum government"); peoples ("Yoruba leaders") keep the old fallback;
    and a body qualified by a common word ("the district administration",
    "a local official") stays the country's, as CAMEO codes it.
    """
    lex = lexicons()
    metonymy = lex.agents[token.lower_].kind == "institution"
    found = [owner[i][0] for i in range(token.left_edge.i, token.i) if i in owner]
    if any(ent.type == "COUNTRY" for ent in found):
        return False  # "Ankara's Karsu district administration": the country's
    for ent in found:
        known = ent.type == "PLACE" or ent.kind in ("city", "region") or ent.name in lex.geo
        if ent.type not in ("GPE", "PLACE") or not known or ent.name in lex.capitals:
            continue  # "Yoruba leaders": a people, not a place
        if not (metonymy and ent.kind == "city"):
            return True
    return False


def _describes_org(token: Token, owner: Owners) -> bool:
    """A phrase in apposition to a named organization ("the X Party, the largest party")."""
    head = token.head if token.dep_ == "appos" else None
    linked = [head] if head is not None else []
    linked += [c for c in token.children if c.dep_ == "appos"]
    return any(t.i in owner and owner[t.i][0].type == "ORG" for t in linked)


def _sponsored(doc: Doc, start: int, end: int) -> bool:
    """ "Iran-backed", "pro-Russia", "anti-Israel": a country the group is not of."""
    if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _STANCES:
        return True
    if start > 0 and doc[start - 1].lower_ in ("pro-", "anti-"):
        return True
    if end + 1 < len(doc) and doc[end].text == "-":
        return doc[end + 1].lower_ in cue_words("sponsor_group")  # "-backed", "-funded"
    return False


def _premodifiers(
    token: Token, owner: Owners, entities: list[Entity]
) -> tuple[list[tuple[str, int, int]], Entity | None, str, Entity | None]:
    """Countries, organization and agent-noun sector before the head, and a person there.

    A place or people without a country of their own ("Darfur rebels",
    "Shona rebels") is taken to be in the article's dominant country (of ``entities``,
    looked up only then).
    """
    doc = token.doc
    agents = lexicons().agents
    mission = agents[token.lower_].kind == "mission"
    countries: list[tuple[str, int, int]] = []
    org: Entity | None = None
    sector = ""
    for i in range(token.left_edge.i, token.i):
        found = owner.get(i)
        if found is None:
            entry = agents.get(doc[i].lower_)
            sector = entry.sector if entry is not None else sector
            continue
        ent, start, end = found
        if ent.type == "PERSON":
            return [], None, "", ent
        if ent.type == "ORG" and org is None:
            org = ent
        elif ent.type != "ORG" and not _sponsored(doc, start, end):
            if mission and ent.type != "COUNTRY":
                continue  # "the Baghdad embassy": a mission's city is its host's
            iso = ent.country or dominant_country(entities, doc)
            if iso and (iso, start, end) not in countries:
                countries.append((iso, start, end))
    return countries, org, sector, None


def _describes(token: Token) -> bool:
    """A singular agent noun that describes someone rather than acts ("is a Turkish
    national", "married a U.S. national", "as a citizen of X"); "a Syrian soldier
    fired" and "killed an Israeli soldier" stay: an unnamed person can be an event's party."""
    if token.dep_ in _DESCRIBING_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _DESCRIBING_PREPS


def _names_a_post(token: Token) -> bool:
    """A singular role that says what someone is ("X, the country's chief diplomat",
    "resigned as the UK's prime minister", "named her the nation's envoy"); "the UK's
    prime minister said" and "met Canada's prime minister" stay an unnamed party."""
    if token.dep_ in ("attr", "appos", "oprd"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def _generic(token: Token) -> bool:
    """An institution spoken of in general, not a particular one ("a minority government",
    "advocates limited government"): an indefinite determiner, or for a government an
    adjective and no determiner ("armed police arrived" are particular police), or no
    modifier at all outside a subject ("lacked authority", "levels of government")."""
    dets = [c for c in token.children if c.dep_ in ("det", "predet", "poss")]
    if dets:
        return any(d.lower_ in _GENERIC_DETS for d in dets)
    government = lexicons().agents[token.lower_].sector == "GOV"
    bare = not any(c.dep_ in _MODIFIER_DEPS for c in token.children)
    if government and bare and token.dep_ != "compound":
        node = token  # bare: "lacked authority", "hosting and administration" name the
        while node.dep_ == "conj" and node.head != node:  # activity; "Government said"
            node = node.head  # and "rebels and government agreed" act
        return node.dep_ not in ("nsubj", "nsubjpass")
    return government and any(c.dep_ == "amod" for c in token.children)


def _of_an_institution(token: Token, entry: AgentEntry) -> bool:
    """A role named by an institution noun before it ("a government official said",
    "police officers"): that institution's people, so the story's country's like it."""
    if entry.kind != "role":
        return False
    agents = lexicons().agents
    return any(
        child.dep_ in ("compound", "amod")
        and child.lower_ in agents
        and agents[child.lower_].kind == "institution"
        for child in token.children
    )


def _mention_start(token: Token) -> int:
    """Where the phrase's mention starts: after determiners, numbers and quantifiers."""
    doc = token.doc
    start = max(token.left_edge.i, min(section_label_end(doc), token.i))  # "Poland A court"
    while start < token.i and (
        doc[start].pos_ in _LEADING_POS or doc[start].dep_ in _LEADING_DEPS
    ):  # "up to 13,000 Turkish refugees" -> "Turkish refugees"
        start += 1
    return start


def _personal(entry: AgentEntry, person: Entity, start: int, end: int) -> _Phrase | None:
    """ "the Bush administration": a titled person's government; anything else is his."""
    if entry.kind != "institution" or entry.sector != "GOV" or not person.titled:
        return None  # only a titled person's country is known, not guessed from the article
    if person.country is None:
        return None
    return _Phrase(start, end, "GOV", entry.kind, ((person.country, start, end),), None)


# words before "worker(s)" that say whose workers they are (cue_words.tsv "aid_worker",
# "health_worker"): "aid workers" and "relief workers" are a charity's (NGO), "health
# workers" a health service's (HLH), not labour's
def _worker_sector(token: Token) -> str | None:
    """The sector a modifier gives "workers" ("aid workers": NGO), else None."""
    if lexicons().agents[token.lower_].noun != "worker":
        return None
    words = [token.doc[i].lower_ for i in range(token.left_edge.i, token.i)]
    aid, health = cue_words("aid_worker"), cue_words("health_worker")
    return next(("NGO" if w in aid else "HLH" for w in words if w in aid or w in health), None)


def _phrase(
    token: Token, owner: Owners, entities: list[Entity], sent_of: list[int]
) -> _Phrase | None:
    """The agent phrase headed by ``token`` with its sector and country, or None."""
    entry: AgentEntry = lexicons().agents[token.lower_]
    if _names_no_body(token, entry, owner):
        return None
    countries, org, modifier_sector, person = _premodifiers(token, owner, entities)
    start, end = _mention_start(token), token.i + 1
    opposed = opposed_country(token, owner) if not countries else None
    if opposed is not None:  # "critics of Mugabe": his country's opposition
        iso, end = opposed
        return _Phrase(start, end, "OPP", entry.kind, ((iso, start, end),), None) if iso else None
    if person is not None:
        return _personal(entry, person, start, end)
    sector = _worker_sector(token) or entry.sector
    if entry.kind == "role" and modifier_sector and modifier_sector != "GOV":
        sector = modifier_sector
    if not countries and org is None:
        countries, org, end, sector = _named_after(
            token, owner, entry, (start, end), sector, modifier_sector
        )
    if not countries and org is None and entry.kind == "mission":
        return None  # "the embassy": most often the story's country hosts it; whose, unknown
    community = communal_group(token, entry) if not countries and org is None else ""
    if community:  # "Kurdish fighters": of a home the story names, one actor per community
        communal = community_country(community, token, entities)
        countries = [(communal, start, end)] if communal else []
    if not countries and org is None:
        salient = _salient_country(token, entry, sector, entities, sent_of)
        if salient is None:
            return None
        countries = [(salient, start, end)]
    if not sector and org is None:
        return None  # "Iranian members": of what, nothing says
    crewless = org is not None and org.sector not in _CREWS
    if entry.noun in cue_words("vehicle") and not modifier_sector and crewless:
        return None  # "Ford vehicles", "ORU vehicles": a product or property, no crew
    return _Phrase(start, end, sector, entry.kind, tuple(countries), org, community)


#: vehicle nouns of ``agents.tsv`` (roles of no sector; cue_words.tsv "vehicle"): their
#: crews act as the body whose agent noun modifies them ("Ethiopian army vehicles", "a
#: police patrol"), or as an armed force, government, international body or charity (these
#: sectors) named with them ("a UPDF convoy", "an ICRC vehicle"); a company's, school's or
#: party's are goods, or a misread name
_CREWS = frozenset({"MIL", "COP", "REB", "GOV", "IGO", "NGO"})


def _names_no_body(token: Token, entry: AgentEntry, owner: Owners) -> bool:
    """The agent noun describes one person, a post or a local body, not a national group."""
    singular = entry.plural and token.lower_ == entry.noun
    if entry.kind == "group" and singular and _describes(token):
        return True  # "she is a Turkish national": a description of someone, no actor
    if entry.kind == "role" and singular and _names_a_post(token):
        return True  # "resigned as the UK's prime minister": a post someone holds, no body
    if entry.kind == "group" and singular and entry.sector == "CVL":
        return True  # "a man from Japan", "a West Virginia woman": one private person, no group
    # "Goa's government", "the fire department": no national government
    return entry.sector == "GOV" and _local_body(token, owner)


def _salient_country(
    token: Token, entry: AgentEntry, sector: str, entities: list[Entity], sent_of: list[int]
) -> str | None:
    """The article's salient country for an agent phrase naming no country, when the phrase
    is a state body ("the police") or an institution's people; else None."""
    plural = token.lower_ != entry.noun  # "police" is singular whatever its tag
    bodily = entry.kind == "institution" and not plural and not _generic(token)
    civil = sector != "MIL" and _of_an_institution(token, entry)  # not "government forces"
    if not (bodily or civil):
        return None  # (tested first: the discourse country is the costly look-up)
    return discourse_country(token.doc, entities, sent_of, token.i)


def _attach(
    doc: Doc, entities: list[Entity], groups: dict[tuple[str, str], Entity], phrase: _Phrase
) -> None:
    """Add the phrase's mention(s) to its actor(s), making new group actors as needed."""
    org = phrase.org
    # "Hamas spokesman", "the hospital's department": the organization's own people or body
    government = phrase.kind in _BODIES and phrase.sector == "GOV"
    own = phrase.kind == "role" or government or org is not None and org.sector == phrase.sector
    # an international body's members keep its code ("UN troops" are IGO: CAMEO writes
    # IGOUNO before any role, and a country slot there is none to hold the body's code)
    international = org is not None and org.country is None and org.sector in ("IGO", "NGO")
    if org is not None and (own or international):
        org.add(doc, phrase.start, phrase.end, "ORG", "nominal")  # "Hamas spokesman"
        if all(e is not org for e in entities):
            entities.append(org)  # named once, as a modifier: a participant after all
        return
    name = group_name(doc, phrase.start, phrase.end)  # "Chilean troops", not "400 ..."
    if org is not None and org.sector == "BUS" and phrase.sector == "MIL":
        return  # "a Boeing jet", "an Airbus helicopter": the company's product, no force
    if org is not None:  # "Iranian-backed Hezbollah fighters": a group of its country
        key = org.country or org.name
        target = _target(entities, groups, key, phrase.sector, name, phrase.kind)
        target.country = org.country
        target.add(doc, phrase.start, phrase.end, "ORG", "nominal")
        return
    if phrase.community:  # "Sunni insurgents" and "Kurdish fighters" are two actors
        iso = phrase.countries[0][0]
        target = _target(entities, groups, f"{iso} {phrase.community}", phrase.sector, name, "")
        target.country = iso
        target.add(doc, phrase.start, phrase.end, "ORG", "nominal")
        return
    if len({iso for iso, _, _ in phrase.countries}) == 1:  # "California's X County court"
        target = _target(entities, groups, phrase.countries[0][0], phrase.sector, name, phrase.kind)
        target.add(doc, phrase.start, phrase.end, "ORG", "nominal")
        return
    head = doc[phrase.end - 1].text
    for iso, start, end in phrase.countries:  # "Hungarian and Romanian officials"
        name = f"{span_text(doc, start, end)} {head}"
        target = _target(entities, groups, iso, phrase.sector, name, phrase.kind)
        target.add(doc, start, end, "ORG", "nominal")


def add_nominals(doc: Doc, entities: list[Entity], modifiers: list[Entity]) -> None:
    """Add the actors of agent phrases ("Israeli troops") to ``entities`` (needs a parse).

    ``modifiers`` are every entity found, kept or not: a country named once
    as a modifier ("Israeli" in "Israeli troops") is no actor of its own but
    still gives the phrase its country (a dropped person, a model error like
    "Kurd", is ignored).
    """
    if not doc.has_annotation("DEP"):
        return
    kept = {id(e) for e in entities}
    owner = _owners([e for e in modifiers if e.type != "PERSON" or id(e) in kept])
    owner.update(_owners(entities))
    headline = headline_tokens(doc)
    sent_of = sentence_index(doc)
    groups: dict[tuple[str, str], Entity] = {}
    for _, start, _ in sorted(_agent_matcher(doc.vocab)(doc), key=lambda m: m[1]):
        token = doc[start]
        if token.i in owner or token.i in headline or token.pos_ not in _NOUNS:
            continue
        if _modifies_a_noun(token):
            continue  # "police station"; "police officers" is read from its head
        if _conjoined_modifier(token):
            continue  # "military and intelligence officials": one group, read from its head
        if _names_person(token, owner) or _describes_org(token, owner):
            continue  # "the X Party, the state's largest party": the named one acts
        if any(c.lower_ == "own" for c in token.children):
            continue  # "its own legislature": a thing the owner has, not an actor
        phrase = _phrase(token, owner, entities, sent_of)
        if phrase is not None:
            _attach(doc, entities, groups, phrase)
    for token, named in community_nouns(doc, owner):  # "Sunnis boycotted", as
        named = named or named_place(token, owner)  # "Shiites in Iraq"
        if country := named or community_country(token.lower_, token, entities):
            group = _target(entities, groups, f"{country} {token.lower_}", "CVL", token.text, "")
            group.country = country
            group.add(doc, token.i, token.i + 1, "ORG", "nominal")
    for s, e, iso, sector, kind in home_groups(doc, entities):  # "Cuba jailed 75 dissidents"
        _attach(doc, entities, groups, _Phrase(s, e, sector, kind, ((iso, s, e),), None))
    _recode_country_mentions(doc, entities, groups)


def _modifies_a_noun(token: Token) -> bool:
    """A noun modifying a later noun ("police station"), also as the parser's "nmod" of
    a common noun ("military" in "U.S. military and intelligence officials"); "British
    firm Serco" keeps "firm", the phrase that stands for a name the model missed."""
    head = token.head
    if head.i <= token.i or head.pos_ not in _NOUNS:
        return False
    return token.dep_ == "compound" or (token.dep_ == "nmod" and head.pos_ == "NOUN")


def _conjoined_modifier(token: Token) -> bool:
    """A noun joined by "and"/"or" to a modifier of a later noun ("intelligence" in
    "military and intelligence officials", "army" in "police and army officers")."""
    first = token.head
    return (
        token.dep_ == "conj"
        and first.dep_ in ("amod", "compound", "nmod")
        and first.head.pos_ in _NOUNS
        and first.head.i > token.i
    )


# cue_words.tsv "count": words that count people ("many Iraqis", "thousands of Palestinians")
def _counted(root: Token) -> bool:
    """A plural demonym that is counted people ("arrested 100 Palestinians", "many
    Iraqis", "thousands of Britons"), not a people or its side ("Palestinians say")."""
    if root.pos_ not in _NOUNS or root.dep_ in ("amod", "compound", "poss"):
        return False
    if root.tag_ not in _PLURAL_TAGS and not root.lower_.endswith("s"):
        return False
    counts = cue_words("count")
    if any(c.dep_ == "nummod" or c.lower_ in counts for c in root.children):
        return True
    of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return of is not None and (of.head.pos_ == "NUM" or of.head.lower_ in counts)


#: locative.tsv kinds of nouns naming a place or a part of one
_PLACE_KINDS = frozenset({"part", "place"})


def _acting_capital(root: Token) -> bool:
    """A capital that acts as its government: a subject ("Moscow said") or an agent
    ("opposed by Moscow"); never where something goes or lies ("a visit to Moscow", "south
    of Baghdad", "bomb London"). An owner ("Tehran's efforts") stays the country, as the
    seed gold writes it."""
    doc, at = root.doc, root.left_edge.i
    if at > 1 and doc[at - 1].text == "," and doc[at - 2].pos_ == "PROPN":
        return False  # "Seattle, Washington was chosen": an address's state
    places = lexicons().locative
    verb = root.head
    if root.dep_ == "nsubjpass":
        # cue_words.tsv "struck": verbs whose passive subject is a city struck, not a
        # government acted on ("London was hit")
        return (verb.lemma_ or verb.text).lower() not in cue_words("struck")
    if root.dep_ == "nsubj":  # not "Moscow is home to 79 billionaires", "... a big city"
        said = [c for c in verb.children if c.dep_ == "attr"]
        return not any(
            places.get(c.lemma_.lower()) in _PLACE_KINDS or c.lower_ == "home" for c in said
        )
    return root.dep_ == "pobj" and verb.dep_ == "agent"


def _recode_country_mentions(
    doc: Doc, entities: list[Entity], groups: dict[tuple[str, str], Entity]
) -> None:
    """Country mentions that name a country's people or its government, not the country:
    counted people are its civilians ("arrested 100 Palestinians": CVL, as CAMEO codes a
    country's people with no role), and an acting capital is its government ("Moscow
    said": GOV, like "the Russian government") in a story that names its country otherwise
    (in a city's own news, "London will vote" is its people). A country left with no
    mention goes."""
    lex = lexicons()
    for ent in [e for e in entities if e.type == "COUNTRY"]:
        iso, moved = ent.country, []
        if iso is None:
            continue
        named = any(lex.capitals.get(m.text) != iso for m in ent.mentions)  # not a city's news
        for k, ((start, end), mention) in enumerate(zip(ent.spans, ent.mentions, strict=False)):
            root = doc[start:end].root
            if mention.label == "NORP" and _counted(root):
                target = _target(entities, groups, iso, "CVL", mention.text, "people")
            elif lex.capitals.get(mention.text) == iso and named and _acting_capital(root):
                target = _target(entities, groups, iso, "GOV", mention.text, "institution")
            else:
                continue
            target.add(doc, start, end, mention.label, mention.source)  # still the name
            moved.append(k)
        for k in reversed(moved):
            for values in (ent.mentions, ent.spans, ent.locative, ent.in_title):
                if k < len(values):
                    del values[k]
        if not ent.mentions:
            entities.remove(ent)
