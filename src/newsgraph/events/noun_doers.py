"""The doers a nominal trigger names itself ("Iran's attack", "an attack by X").

Helpers of :func:`newsgraph.events.roles.participants` for nouns, read before the
verb a noun hangs from may lend it a doer: the possessor or a modifier that is an
actor ("US airstrikes"), a "by" or "between" phrase, "from" for words and gifts ("an
offer from Kabul"), "of" for acts one does alone ("the withdrawal of Syrian troops"),
and who performed it ("a rally organized by the union"). Some modifiers name no doer:
the one an ``undergone`` noun happens to ("his arrest"), whom a ``victimized`` act
befell ("the Armenian genocide"), a person named before an act of force ("the Bhutto
assassination"), a city where it was ("the El Paso shooting") and a stance ("a
pro-Mubarak rally"). The actors come from :mod:`newsgraph.events.phrase_actors`;
:mod:`newsgraph.events.roles` also reads ``_undergone`` and ``_named_victim`` to put
whom a noun act befell first among its recipients.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..model import Actor
from ._tokens import children_of
from .doers import _DOER_ENTS, _NO_ROLES
from .phrase_actors import _is_act, _own, actors_of, names_town, performers, stance_prefixed

__all__: list[str] = []

# Nominal acts whose "from" phrase names their source: words and gifts, not force.
_FROM_SOURCES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "CONCEDE",
    }
)  # fmt: skip
# Nominal acts done by, not to, what their "of" phrase names ("the withdrawal of troops",
# "a meeting of foreign ministers", "a protest of farmers", "at the request of Abbas": a
# request is aimed "to" or "on" someone, its "of" names who asks).
_OF_DOERS = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "REQUEST"})
# Acts of force a person's name before the noun says who underwent ("the Bhutto assassination").
_AGAINST_PEOPLE = frozenset({"ASSAULT", "COERCE"})
# Endings of nouns that name an act ("colonisation", "settlement", "bombing"): a "by"
# phrase on such an "of" object is that act's doer, not the noun's above it.
_ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing")


def _undergone(noun: Token, roles: Mapping[str, str]) -> bool:
    """ "his arrest", "her release": the possessor of an ``undergone`` noun is the one
    it happens to, unless an "of" phrase names that one ("Iran's seizure of the ship")."""
    if roles.get(noun.lemma_.lower()) != "undergone":
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))


def _noun_doers(
    noun: Token,
    actors: tuple[Actor, ...],
    kind: str | None = None,
    roles: Mapping[str, str] = _NO_ROLES,
) -> tuple[list[Actor], bool]:
    """Doers a noun names itself ("Iran's attack", "an attack by X"), and whether any is named.

    A word or gift "from" someone is theirs ("an offer from Kabul", "a demand
    from the US", "aid from Iran"); an attack "from" somewhere is not. The
    possessor of an act one undergoes ("his arrest") is no doer.
    """
    undergone = _undergone(noun, roles)
    victimized = _victimized(noun, roles)
    sources = _doer_preps(noun, kind, roles, undergone)
    doers: list[Actor] = []
    named = False
    for child in children_of(noun):
        if _names_no_doer(child, kind, actors, undergone, victimized):
            continue
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and _own(child, actors)):
            doers.extend(actors_of(child, actors, 1))
            named = True
        elif child.dep_ in ("compound", "amod") and child.ent_type_ in _DOER_ENTS:
            named = True  # "Palestinian riots": a named side, even if not an actor
        elif child.dep_ == "prep" and child.lower_ in sources:
            # "an attack by X"; "clashes between X and Y", "talks between X and Y":
            # every side of a two-sided act is a source (PLOVER).
            for pobj in children_of(child):
                if pobj.dep_ == "pobj":
                    doers.extend(actors_of(pobj, actors))
                    named = True
    for agent in performers(noun):
        # "a rally organized by the union", "the raid conducted by Turkish troops"
        doers.extend(actors_of(agent, actors))
        named = True
    if not named:
        doers = _by_on_object(noun, actors)
        named = bool(doers)
    return doers, named


def _by_on_object(noun: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """ "the arrests of journalists by Turkey": the parser hangs the act's "by" phrase on
    its "of" object; an act naming no doer of its own was done by that phrase's actor.

    Not a person's work ("the ban of a book by Orwell"): a single thing named by a
    common noun, with a person in its "by" phrase, is that person's work, not their act.
    """
    doers: list[Actor] = []
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj":
                continue
            for by in children_of(obj):
                if by.dep_ not in ("prep", "agent") or by.lower_ != "by":
                    continue
                for agent in children_of(by):
                    if agent.dep_ == "pobj":
                        found = actors_of(agent, actors)
                        if not _authored(obj, found, actors):
                            doers.extend(found)
    return doers


def _authored(obj: Token, found: list[Actor], actors: tuple[Actor, ...]) -> bool:
    """ "a book by Orwell": a single common thing and a person who made it; "in recognition
    of the colonisation of the land by the British": an act of its own ("colonisation"),
    which the phrase's "by" belongs to."""
    if _is_act(obj) or (obj.pos_ == "NOUN" and obj.lemma_.lower().endswith(_ACT_ENDINGS)):
        return True
    return obj.tag_ == "NN" and _own(obj, actors) is None and any(a.type == "PERSON" for a in found)


def _victimized(noun: Token, roles: Mapping[str, str]) -> bool:
    """Whether a ``victimized`` noun's modifiers name whom it befell rather than its doer."""
    # "the Armenian genocide", "the Rwanda genocide", "Srebrenica's massacre": who or
    # where it befell, unless an "of" phrase names the victims ("the Serb massacre of
    # Muslims").
    return roles.get(noun.lemma_.lower()) == "victimized" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)
    )


def _doer_preps(
    noun: Token, kind: str | None, roles: Mapping[str, str], undergone: bool
) -> tuple[str, ...]:
    """The prepositions whose objects name a nominal act's doers: "by" and its sides always,
    "from" for words and gifts, "of" for acts one does alone."""
    sources = (
        ("by", "between", "among", "from") if kind in _FROM_SOURCES else ("by", "between", "among")
    )
    if (
        kind in _OF_DOERS
        and not undergone
        and not roles.get(noun.lemma_.lower())
        and not _manner(noun)
        and not _made_of(noun)
        and (kind != "REQUEST" or _on_a_verb(noun))
    ):
        # "the withdrawal of Syrian troops", "a visit of the Pope": an act one does
        # alone names its doer with "of" (not "the arrest of X": that one undergoes it).
        sources = (*sources, "of")
    return sources


def _made_of(noun: Token) -> bool:
    """ "has made several requests of the ministry": what one makes "of" someone is asked
    of them (the target), not theirs, as "at the request of X" is."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "make"


def _on_a_verb(noun: Token) -> bool:
    """Whether a noun is a verb's argument or hangs from one by a preposition ("released at
    the request of X", "answered the requests of X"), rather than from another noun ("a
    ruling on the prorogation at the request of X": a detail of that act's story)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.i != noun.i and head.pos_ in ("VERB", "AUX")


def _names_no_doer(
    child: Token, kind: str | None, actors: tuple[Actor, ...], undergone: bool, victimized: bool
) -> bool:
    """Whether a modifier of a nominal act names where it was, whom it befell or a stance,
    not its doer."""
    if (child.dep_ == "poss" and undergone) or _venue(child, actors):
        return True
    if victimized and child.dep_ in ("poss", "compound", "amod"):
        return True
    if _named_victim(child, kind, actors):
        return True  # "the Bhutto assassination", "the Mladic arrest": whom it befell
    # "a pro-Mubarak rally": Mubarak did not rally
    return child.dep_ in ("compound", "amod") and stance_prefixed(child)


def _named_victim(child: Token, kind: str | None, actors: tuple[Actor, ...]) -> bool:
    """ "the Bhutto assassination", "the Hurndall shooting" (the parser may make the name an
    adjective): a person named before an act of force underwent it."""
    if child.dep_ not in ("compound", "amod") or kind not in _AGAINST_PEOPLE:
        return False
    actor = _own(child, actors)
    return actor is not None and actor.type == "PERSON"


def _manner(noun: Token) -> bool:
    """ "walked out [in protest] of the ruling", "in protest at China's rule": a bare
    "in <act>" is the manner of another act, and its "of" phrase is what it answers."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss") for c in children_of(noun))
    )


def _venue(child: Token, actors: tuple[Actor, ...]) -> bool:
    """ "the El Paso shooting", "the Annapolis, Maryland conference": a city or region
    naming an act is where it happened, not who did it (a country, "US airstrikes", is
    the doer)."""
    if child.dep_ != "compound":
        return False
    actor = _own(child, actors)
    # A city can stand in for its country's actor ("the Montreal meeting" points to
    # Canada) and is still a venue: ``names_town`` reads the words, not the actor.
    return actor is not None and actor.type in ("GPE", "COUNTRY") and names_town(child)
