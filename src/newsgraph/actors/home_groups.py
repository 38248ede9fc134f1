"""Home groups: people a state body acts on at home ("the Cuban government jailed 75 dissidents").

An agent noun naming people with no country in its phrase ("four men",
"detainees", "protesters", "dissidents") gets no actor from :mod:`.nominal`:
nothing says whose they are. When they are acted on by a state's own
coercive, legal or relief arm, the sentence says it: a government, police
force or court arrests, jails, sentences, frees or evacuates people of its
own country, and CAMEO codes domestic coercion's target with the acting
state's country ("CUB OPP", "CUB CVL"). The rules:

* **Noun.** A plural ``group`` or ``role`` noun of ``agents.tsv`` with a
  sector ("men" CVL, "dissidents" OPP; a role takes that of an agent noun
  modifying it: "opposition leaders" OPP), a common noun that no actor
  already covers (so a phrase with a country, "Iraqi civilians", keeps its
  own), outside the headline and not modifying another noun, also where the
  parser missed it ("two people smugglers": a noun follows), nor with a
  name or nationality before it the actors stage could not code ("Welsh
  sailors"). A group of the doer's own sector is none ("the government
  arrested officials").
* **Verb.** It is the direct object of, the passive subject of, or the
  noun a passive participle describes ("six men detained by police"), a verb
  of ``cue_words.tsv`` kind ``home_act`` (arrest, detain, jail, sentence,
  convict, charge, execute, free, release, torture, disperse, evacuate,
  rescue ...; deport and expel stay out: those sent away are most often
  foreigners). A verb joined by "and" to one with a subject shares it
  ("police stopped and arrested four men"), and so does its infinitive
  ("police tried to disperse the protesters").
* **Doer.** The verb's subject (active) or its "by" agent (passive) is an
  actor of one country that is its government, police or judiciary (GOV,
  COP, JUD) or the country itself acting ("Cuba jailed 75 dissidents").
  A judge or police officer (a person of sector JUD or COP) serves at home
  too ("Judge X sentenced eight men"). The military is left out: troops act
  abroad as often as at home ("US troops detained four men" in Iraq are no
  Americans), and so is any other person: a leader's country is known, but
  whether he acts at home is not.
* **Same group.** A noun joined by "and" to a group with a country is of
  that country ("British sailors and marines detained by Iran" are British).
  When the article names a group by the same noun with a
  country ("Palestinian prisoners"), the bare noun is that group's
  ("Israel freed 250 prisoners" are not Israel's), whoever the doer is.
* **Actor.** The group of (country, noun's sector), as :mod:`.nominal`
  makes it, mentioned by the noun with its adjectives ("political
  dissidents"), without numbers, counting words or determiners.

* **Victims.** Without such a doer, a ``local_victim`` noun harmed or coerced where
  the sentence places the act takes that place's country ("52 people were killed in
  Baghdad": IRQ CVL; :mod:`.victim_groups`).

:func:`home_groups` only finds the phrases; :mod:`.nominal` attaches them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .detect import headline_tokens
from .lexicon import cue_words, lexicons
from .resolve import Entity
from .spans import token_indices
from .victim_groups import victim_country

__all__ = ["home_groups"]

#: sectors of a state's own arms that act on its people at home
_HOME_ARMS = frozenset({"GOV", "COP", "JUD"})
#: sectors of people who act for a state only where they serve: judges, police officers
_SERVING = frozenset({"JUD", "COP"})
_PEOPLE_KINDS = frozenset({"group", "role"})
_ADJECTIVAL = frozenset({"amod", "compound"})
_NATIONAL = frozenset({"NORP", "GPE"})


def _covered(entities: list[Entity]) -> dict[int, Entity]:
    """Token index -> the actor whose mention covers it."""
    covered: dict[int, Entity] = {}
    for ent in entities:
        for start, end in ent.spans:
            for i in range(start, end):
                covered.setdefault(i, ent)
    return covered


def _subject(verb: Token) -> Token | None:
    """The active subject of ``verb``, or of the verb it is joined to by "and" or whose
    infinitive it is ("police tried to disperse the protesters")."""
    node = verb
    while True:
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if node.dep_ not in ("conj", "xcomp") or node.head is node:
            return None
        node = node.head


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("arrested by police"), else None."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    objects = [c for c in agents[0].children if c.dep_ == "pobj"] if agents else []
    return objects[0] if objects else None


def _acted_on(token: Token) -> tuple[Token, Token] | None:
    """(verb, doer) when ``token`` (or the noun it is joined to) is the object or passive
    subject of a verb, else None."""
    node = token
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "arrested four men and two women"
    for verb in node.children:  # "six men detained by police"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and (doer := _agent(verb)) is not None:
            return verb, doer
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if node.dep_ == "dobj":
        doer = _subject(verb)
    elif node.dep_ == "nsubjpass":
        doer = _agent(verb)
    else:
        return None
    return (verb, doer) if doer is not None else None


def _home_country(doer: Token, covered: dict[int, Entity]) -> str | None:
    """The country of a doer that is a state's government, police, court, judge or police
    officer, or the state itself."""
    ent = covered.get(doer.i)
    if ent is None or ent.country is None:
        return None
    if ent.type == "COUNTRY" or ent.type == "ORG" and ent.sector in _HOME_ARMS:
        return ent.country
    # a judge or a police officer acts where he serves (one of an international court
    # has no country)
    judging = ent.type == "PERSON" and ent.sector in _SERVING and not ent.international
    return ent.country if judging else None


def _mention_start(token: Token) -> int:
    """The first of the adjectives and noun modifiers right before ``token``, not words
    that count them (cue_words.tsv "count": "several", "dozens")."""
    start, counts = token.i, cue_words("count")
    for left in reversed(list(token.lefts)):
        if left.i != start - 1 or left.dep_ not in _ADJECTIVAL or left.pos_ == "PROPN":
            break
        if left.lower_ in counts:
            break
        start = left.i
    return start


def home_groups(doc: Doc, entities: list[Entity]) -> list[tuple[int, int, str, str, str]]:
    """The people a state body acts on at home, as (start, end, ISO3, sector, kind).

    Args:
        doc: the parsed article.
        entities: its actors so far, the nominal ones among them.

    Returns:
        One tuple per plural agent noun without an actor that is the object or passive
        subject of a ``home_act`` verb whose doer is a government, police force, court,
        judge, police officer or country, or a victim of harm or coercion placed in a
        country by its sentence; the span runs from its adjectives to the noun.
    """
    if not doc.has_annotation("DEP"):
        return []
    agents = lexicons().agents
    covered, headline = _covered(entities), headline_tokens(doc)
    found: list[tuple[int, int, str, str, str]] = []
    for token in (doc[i] for i in token_indices(doc, _plurals())):  # no Token per word
        entry = agents.get(token.lower_)
        if entry is None or entry.kind not in _PEOPLE_KINDS or token.lower_ != entry.plural:
            continue
        if token.pos_ != "NOUN" or _modifies(token) or token.i in covered or token.i in headline:
            continue
        sector = _sector(token, entry.sector)
        iso = _home_group(token, sector, covered, entities) or victim_country(token, covered)
        if sector and iso:  # "Cuba jailed 75 dissidents", "52 people were killed in Baghdad"
            found.append((_mention_start(token), token.i + 1, iso, sector, entry.kind))
    return found


def _home_group(
    token: Token, sector: str, covered: dict[int, Entity], entities: list[Entity]
) -> str | None:
    """The country of the people ``token`` names when a state body of one country acts on
    them by a ``home_act`` verb, else None."""
    acted = _acted_on(token)
    if acted is None or acted[0].lemma_.lower() not in cue_words("home_act"):
        return None
    doer = covered.get(acted[1].i)
    if not sector or doer is None or doer.sector == sector:
        return None  # "the government arrested officials": no group of its own
    iso = _conjunct_country(token, covered) or _named_group(token, entities)
    return iso or _home_country(acted[1], covered)


@lru_cache(maxsize=1)
def _plurals() -> frozenset[str]:
    """The plural forms of the agent nouns of people, the only words a home group has."""
    return frozenset(
        e.plural for e in lexicons().agents.values() if e.kind in _PEOPLE_KINDS and e.plural
    )


def _conjunct_country(token: Token, covered: dict[int, Entity]) -> str | None:
    """The country of the group a noun is joined to by "and" ("British sailors and
    marines": the marines are British too), else None."""
    node = token
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    ent = covered.get(node.i) if node is not token else None
    return ent.country if ent is not None and ent.type == "ORG" else None


def _named_group(token: Token, entities: list[Entity]) -> str | None:
    """The country of the article's group named by the same noun with a country, when
    there is one ("Israel freed 250 prisoners" after "Palestinian prisoners")."""
    doc, found = token.doc, set()
    for ent in (e for e in entities if e.type == "ORG" and e.country):
        if any(doc[s:e].root.lower_ == token.lower_ for s, e in ent.spans):
            found.add(ent.country)
    return found.pop() if len(found) == 1 else None


def _modifies(token: Token) -> bool:
    """A noun that modifies another, also where the parser missed it: "people" before
    "smugglers" read as an object of its own."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    misread = after is not None and after.pos_ == "NOUN" and after.dep_ != "npadvmod"
    # a name or nationality the actors stage could not code ("Welsh sailors") may be foreign
    foreign = any(c.pos_ == "PROPN" or c.ent_type_ in _NATIONAL for c in token.lefts)
    return token.dep_ == "compound" or misread or foreign


def _sector(token: Token, sector: str) -> str:
    """The noun's sector, or for a role that of an agent noun modifying it ("opposition
    leaders": OPP), as :mod:`.nominal` reads it; "" when it has none."""
    agents = lexicons().agents
    for child in token.children:
        entry = agents.get(child.lower_) if child.dep_ in _ADJECTIVAL else None
        if entry is not None and entry.sector and agents[token.lower_].kind == "role":
            return entry.sector
    return sector
