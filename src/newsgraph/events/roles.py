"""The roles of a trigger: who did it and to whom, for verbs, adjectives and nouns.

:func:`participants` is the entry point. Verbs and adjectives take their
arguments from the clause (:func:`newsgraph.events.arguments.verb_args`);
nominal triggers ("Iran's attack on X", "talks between X and Y", "held
talks") name their doers themselves (possessor, "by", "between", a
modifier) or borrow them from the verb they hang from, and their target
from a preposition or that verb. A verb with no doer of its own may name
them as a noun does: its sides ("fighting between X and Y"), or the owner of
its matched noun ("NATO's summit was held"); whom a thing is seized from is
the target of the seizure. A news medium that confirms or announces an act
("Reuters confirmed the arrests") lends it no doer. What a verb's mode or type adds
to its clause's roles is in :mod:`newsgraph.events.verb_roles`; the doers a noun names
itself are found by :mod:`newsgraph.events.noun_doers`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..model import Actor
from ._tokens import children_of
from .adjective_targets import adjective_target
from .arguments import Participants, verb_args
from .cue_words import cue_words
from .doers import _NO_ROLES, _subject
from .frames import Trigger
from .lexicon import load_lexicon
from .noun_doers import _AGAINST_PEOPLE, _named_victim, _noun_doers, _undergone
from .phrase_actors import _prep_objects, actors_of
from .recipients import (
    _FROM,
    _GRIEVANCE,
    _RECIPIENT_PREPS,
    _asked_for,
    _first,
    _holds_someone,
    _that_clause,
    aimed_preps,
    protested,
    shared_aim,
)
from .struck_places import struck_place
from .verb_roles import (
    _SIDES,
    _force_withdrawn,
    _ordered_to,
    _received,
    _sides_as_doers,
    _sides_as_targets,
    _taken_from,
    _with_doers,
)

__all__ = ["civil_contest", "participants", "same_act"]

_NOUN_RECIPIENT_PREPS = _RECIPIENT_PREPS | {"of", "for"}
# "spoke during a meeting": the speaker met; "spoke after the massacre": not the killer.
_SHARED_PREPS = frozenset(
    {"during", "in", "at", "on", "to", "for", "through", "via", "with", "by", "under"}
)  # "placed him under arrest"
# Circumstances that imply taking part only in joint acts (meetings) or with a
# participation verb ("took part in the protest").
_CIRCUMSTANCE_PREPS = frozenset({"during", "in", "through", "via"})
_JOINT_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Acts "between" two parties that are not done by them: a go-between's ("mediated
# between X and Y") or a trip's ("shuttled between Damascus and Beirut").
_NOT_SIDES = cue_words("not_side")
# Acts whose matched noun is the doer's own meeting, force or gift ("the NATO summit was
# held", "US troops were deployed"); not a sanction's ("Iran's assets were frozen": the
# owner is the target).
_OWN_MEANS = frozenset({"CONSULT", "MOBILIZE", "RETREAT", "AID", "COOPERATE"})
# Verbs that make known an act that may be the subject's own ("police confirmed the arrests",
# "the army announced the strikes") or another's, which a news medium's always is.
_CONFIRMING = cue_words("confirming")
# Curbs one may be ordered to put on oneself ("ordered the paper to suspend publication").
_CURBS = frozenset({"COERCE", "SANCTION"})
# A captive let go ("the British hostages were handed over") is released by its captors,
# not by its own side. (Not "return": "control of the party was handed over" is the
# party's own to give.)
_GIVEN_UP = frozenset({"release"})
# What one receives from a giver: aid, and backing ("won the support of Chile").
_RECEIVED = frozenset({"AID", "SUPPORT"})


def _light_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a nominal trigger hangs from ("held [talks]", "during a [meeting]"), and how."""
    if noun.dep_ == "compound":
        noun = noun.head  # "[mediation] mission"
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return None, ""  # "the house was a country retreat" describes its subject
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head, "object"
    if noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return head, "subject"  # "[airstrikes] hit Sanaa": the verb names the target
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        upper = head.head
        if upper.pos_ in ("VERB", "AUX") and head.lower_ in _SHARED_PREPS:
            return upper, "pobj"
        if (
            head.lower_ in ("of", "for")
            and upper.dep_ in ("dobj", "attr")
            and upper.head.pos_ == "VERB"
            and load_lexicon().modality.get(upper.lemma_.lower()) != "report"
        ):
            # "launched ten days of [war games]", "claimed responsibility for the [attacks]";
            # not "released a summary of a [call]": a record of an act is not the act.
            return upper.head, "object"
    return None, ""


def _shared(trigger: Trigger, role: str | None) -> bool:
    """Whether the verb's subject takes part in the act its circumstance names.

    Someone who spoke during a meeting or at talks attended them, and whoever
    took part in a protest protested; but doing something during or in a
    rally, an attack or a strike is no part in it.
    """
    noun = trigger.token
    prep = noun.head.lower_
    if prep not in _CIRCUMSTANCE_PREPS or role in ("participate", "stative"):
        return True
    if prep == "in" and not any(c.dep_ in ("det", "poss") for c in children_of(noun)):
        return True  # "walked out in protest": the manner of the act, not its setting
    return trigger.entry.type in _JOINT_TYPES


def _noun_targets(
    noun: Token, verb: Token | None, how: str, lend: bool, kind: str | None = None
) -> list[Token]:
    """Tokens that may name the recipient of a nominal event, best first."""
    phrase = noun.head if noun.dep_ == "compound" else noun
    preps = aimed_preps(_NOUN_RECIPIENT_PREPS, kind)  # "talks on Iraq": a topic
    objects = _prep_objects(noun, preps) + _prep_objects(phrase, preps)
    if kind == "RETREAT":
        # "the withdrawal of troops from Peru", as for the verb: the one left
        objects += _prep_objects(noun, _FROM)
    if kind in ("ACCUSE", "PROTEST"):  # "a protest over the council's plans", as the verb
        objects += _prep_objects(noun, _GRIEVANCE)
    # "its demand that Israel ease restrictions": the one asked is the clause subject;
    # so is who a "for" clause names ("renewed its call [for Mugabe to resign]")
    objects += [c for c in children_of(noun) if c.dep_ in ("acl", "ccomp") or _asked_for(c)]
    objects += protested(noun)  # "a fast in protest of the council's refusal"
    objects += shared_aim([phrase], kind)  # "imposed a travel ban and an asset freeze on X"
    if verb is None:
        return objects
    if how == "subject":  # "[airstrikes] hit Sanaa"
        objects += [c for c in children_of(verb) if c.dep_ == "dobj"]
    if how == "object" and noun.dep_ == "dobj":
        # "reiterated its demand today that Israel ease ...": the that-clause the
        # parser hung on the verb is the noun's content.
        objects += [c for c in children_of(verb) if c.dep_ == "ccomp" and _that_clause(c)]
    if how == "undergo":  # "Tunisia is facing [attacks]": the one facing them first
        objects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")] + objects
    if lend:
        if how == "pobj":  # "engaged peacekeepers in a firefight"
            objects += [c for c in children_of(verb) if c.dep_ == "dobj"]
        objects += _prep_objects(verb, aimed_preps(_RECIPIENT_PREPS, kind))
    return objects


def _noun_args(
    trigger: Trigger,
    triggers: dict[int, Trigger],
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    fallback: bool,
) -> Participants:
    """The roles of a nominal trigger: the doers it names, else those the verb it hangs
    from lends it, and its target from its own phrase or that verb."""
    noun = trigger.token
    verb, how = _light_verb(noun)
    role = roles.get(verb.lemma_.lower()) if verb is not None else None
    own = _own_doers(trigger, verb, how, role, actors, roles)
    lend, how = _lends(trigger, triggers, roles, verb, how, role)
    doers, named, first, lend = _borrowed(noun, verb, how, role, lend, own, actors, roles, fallback)
    if how == "subject" and _acts_apart(trigger, triggers, verb):
        how = ""  # the verb is an event of its own; its object is not this noun's target
    if not doers and not lend and not _undergone(noun, roles):
        doers = _possessor_antecedent(noun, actors)
        named = named or bool(doers)
    ids = tuple(dict.fromkeys(a.id for a in doers))
    recipients = _noun_recipients(trigger, verb, how, lend, actors, roles, ids)
    return Participants(
        ids,
        recipients[0] if recipients else None,
        named or bool(ids),
        # "the president survived an assassination attempt", "suffered attacks": the
        # act befell someone named, so it took place though its doer is unknown.
        first_person=first,
        occurred=_occurred(noun, roles) or (role == "undergo" and bool(recipients)),
        others=recipients[1:],
    )


def _borrowed(
    noun: Token,
    verb: Token | None,
    how: str,
    role: str | None,
    lend: bool,
    own: tuple[list[Actor], bool],
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    fallback: bool,
) -> tuple[list[Actor], bool, bool, bool]:
    """The doers a noun naming none takes from its verb, whether any is named, whether
    they are the speaker's side, and whether the verb still lends the noun its roles."""
    doers, named = own
    first = False
    if not doers and lend and verb is not None and role == "stative":
        # "Serb forces were engaged in fighting": the passive subject did it.
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
        doers, named = _named_in(subjects, actors, named)
    if _owned_by_another(noun, roles):
        lend = False
    if not doers and lend and verb is not None:
        doers, lent_named, first = _lent_doers(verb, how, actors, roles, fallback)
        named = named or lent_named
    if how == "subject" and verb is not None and _role(verb, roles) == "occur" and not doers:
        # "fighting broke out between X and Y": the sides are named on the verb
        doers, named = _named_in(_prep_objects(verb, _SIDES), actors, named)
    return doers, named, first, lend


def _own_doers(
    trigger: Trigger,
    verb: Token | None,
    how: str,
    role: str | None,
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
) -> tuple[list[Actor], bool]:
    """The doers a nominal trigger names itself (``_noun_doers``), or, for a thing received
    and naming none, whom it is received from; and whether any doer is named."""
    noun = trigger.token
    doers, named = _noun_doers(noun, actors, trigger.entry.type, roles)
    if role == "receive" and how == "object" and verb is not None and not doers:
        # "Iraq received aid from Iran": the giver did it, the receiver is the target.
        givers = _prep_objects(verb, _FROM) + _prep_objects(noun, _FROM)
        doers, named = _named_in(givers, actors, named)
    return doers, named


def _acts_apart(trigger: Trigger, triggers: dict[int, Trigger], verb: Token | None) -> bool:
    """Whether the verb a nominal trigger is the subject of is an event of its own, not the
    same act told twice (``same_act``)."""
    return verb is not None and verb.i in triggers and not same_act(trigger, triggers)


def _named_in(
    tokens: list[Token], actors: tuple[Actor, ...], named: bool
) -> tuple[list[Actor], bool]:
    """The actors ``tokens`` name, and whether a doer is named: any token names one, even
    when it resolves to no actor."""
    return [a for tok in tokens for a in actors_of(tok, actors)], named or bool(tokens)


def _lends(
    trigger: Trigger,
    triggers: dict[int, Trigger],
    roles: Mapping[str, str],
    verb: Token | None,
    how: str,
    role: str | None,
) -> tuple[bool, str]:
    """Whether the verb a nominal trigger hangs from lends it its subject as the doer, and
    how the noun hangs from it ("undergo": the verb's subject is the target)."""
    noun = trigger.token
    # "condemned the attack": the condemner did not attack. Only verbs that are
    # not events themselves ("held", "launched") lend their subject, and any
    # verb lends it to a circumstance ("voiced opposition during a meeting").
    # A verb that is an event of its own lends its subject only to a circumstance
    # ("voiced opposition during a meeting"), not to the act it is aimed at
    # ("failed to cooperate with the investigation": Syria investigated nothing).
    # Grounds count as a circumstance: "jailed them on allegations of treason",
    # "arrested on charges of fraud" are the jailer's accusations.
    grounds = noun.head.lower_ in ("on", "for") and trigger.entry.type == "ACCUSE"
    circumstance = how == "pobj" and (noun.head.lower_ in _CIRCUMSTANCE_PREPS | {"at"} or grounds)
    lend = verb is not None and (verb.i not in triggers or circumstance) and how != "subject"
    if how == "pobj" and verb is not None and _undergone(noun, roles) and not _holds_someone(verb):
        lend = False  # "spent a month in custody": the one held did not hold anyone
    under = how == "pobj" and noun.head.lower_ == "under"
    if under and verb is not None and not _holds_someone(verb):
        lend, how = False, "undergo"  # "the union is under attack": its target
    if lend and how == "pobj" and not _shared(trigger, role):
        lend = False  # "strengthened security during the rally": the police did not rally
    if (
        lend
        and how == "pobj"
        and verb is not None
        and any(c.dep_ == "neg" for c in children_of(verb))
    ):
        lend = False  # "did not take part in the protests": no part in them
    if lend and verb is not None and _lends_no_part(noun, verb, how, triggers):
        lend = False
    return _role_lends(lend, how, role, verb)


def _lends_no_part(noun: Token, verb: Token, how: str, triggers: dict[int, Trigger]) -> bool:
    """Whether the verb a noun act hangs from takes no part in it whatever its class: one that
    casts the act "as" something ("referred to the protests as riots", "saw the strike as
    illegal") names or judges it; and what demands or calls "include" or "involve" ("their
    demands include an inquiry") is asked for, not done by who asks."""
    cast = (*children_of(verb), *children_of(noun))  # (the parser hangs "as" on either)
    if how == "pobj" and any(c.dep_ == "prep" and c.lower_ == "as" for c in cast):
        return True
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    asked = triggers.get(subj.i) if subj is not None else None
    return asked is not None and asked.entry.pos == "NOUN" and asked.entry.type == "REQUEST"


def _role_lends(lend: bool, how: str, role: str | None, verb: Token | None) -> tuple[bool, str]:
    """What the class of the verb a noun hangs from makes of its lending: who describes,
    prevents, undergoes or receives an act did not do it."""
    if role in ("report", "naming", "cause"):
        # "a memo detailing the threat", "calling the investigation Soviet-style",
        # "the announcement sparked protests": who describes, names or causes an act
        # did not do it.
        lend = False
    elif role == "prevent" and how == "object":
        lend = False  # "blocked financial aid", "stopped the attacks": not the giver or attacker
    elif role == "undergo":
        lend, how = False, "undergo"  # "Tunisia is facing attacks": the target
    elif role == "receive" and how == "object" and verb is not None:
        # "Iraq received aid from Iran": the giver did it, the receiver is the target.
        lend, how = False, "undergo"
    return lend, how


def _owned_by_another(noun: Token, roles: Mapping[str, str]) -> bool:
    """Whether a nominal act's possessor (no pronoun) makes it theirs, not the verb's subject's."""
    # "acknowledged the minister's resignation": the act is the minister's, not the
    # verb's subject ("repeated its demand": a pronoun is most often the subject).
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children_of(noun)) and not _undergone(
        noun, roles
    )


def _lent_doers(
    verb: Token,
    how: str,
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    fallback: bool,
) -> tuple[list[Actor], bool, bool]:
    """The doers the verb a noun hangs from lends it, whether it names one, and whether that
    is "I" or "we" ("we made a plea": the speaker's side, in a quote)."""
    lender = verb_args(verb, actors, roles, fallback=fallback)
    by_id = {a.id: a for a in actors}
    doers = [by_id[i] for i in lender.actors if i in by_id]
    confirming = how == "object" and verb.lemma_.lower() in _CONFIRMING
    if confirming and doers and all(a.sector == "MED" for a in doers):
        # "Reuters confirmed the arrests": a news medium reports what others did
        # (a security body confirming arrests most often made them)
        doers = []
    return doers, lender.named, lender.first_person


def _noun_recipients(
    trigger: Trigger,
    verb: Token | None,
    how: str,
    lend: bool,
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    ids: tuple[str, ...],
) -> tuple[str, ...]:
    """The recipients of a nominal trigger: whom its possessor or a name before it says
    underwent it first, then those its phrase or verb names (``_noun_targets``)."""
    noun = trigger.token
    targets = _noun_targets(noun, verb, how, lend, trigger.entry.type)
    if _undergone(noun, roles):
        targets = [c for c in children_of(noun) if c.dep_ == "poss"] + targets
    if trigger.entry.type in _AGAINST_PEOPLE:
        victims = [c for c in children_of(noun) if _named_victim(c, trigger.entry.type, actors)]
        targets = victims + targets
    found = _first(targets, actors, set(ids), trigger.entry.type)
    if found or trigger.entry.type != "ASSAULT":
        return found
    # "an Israeli raid in Lebanon": where an attack struck, with no one else named
    place = struck_place((noun, noun.head if noun.dep_ == "compound" else noun), actors, ids)
    return (place,) if place else ()


def _possessor_antecedent(noun: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """ "The agency will use phone records as part of [its] inquiry": an unresolved "its"
    on a noun act with no verb to lend a doer is the subject of the clause it sits in,
    when that is no person."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in children_of(noun)):
        return []
    head = noun.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    subj, _ = _subject(head) if head.pos_ in ("VERB", "AUX") else (None, False)
    found = actors_of(subj, actors) if subj is not None else []
    return [a for a in found if a.type != "PERSON"]


def _role(verb: Token, roles: Mapping[str, str]) -> str | None:
    """The class of a verb, or of the verb with its particle ("break_out")."""
    for child in children_of(verb):
        if child.dep_ in ("prt", "advmod") and child.lower_ in ("out", "up", "on"):
            found = roles.get(f"{verb.lemma_.lower()}_{child.lower_}")
            if found:
                return found
    return roles.get(verb.lemma_.lower())


def _occurred(noun: Token, roles: Mapping[str, str]) -> bool:
    """ "[Fighting] broke out", "[talks] resumed", "there were [clashes]": the act took place."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB":
        return _role(head, roles) == "occur"
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be":
        return any(c.dep_ == "expl" for c in children_of(head))
    return False


def participants(
    trigger: Trigger,
    triggers: dict[int, Trigger],
    actors: tuple[Actor, ...],
    roles: Mapping[str, str] = _NO_ROLES,
    fallback: bool = True,
    speaker: str | None = None,
) -> Participants:
    """The actors and recipient of ``trigger`` (empty when the parse names none).

    ``roles`` maps words to their class in ``modality.tsv``: ``command`` verbs
    ("ordered ... to") make the one who ordered the doer; ``undergo`` verbs
    ("faced attacks") make their subject the recipient of a nominal event;
    ``means`` nouns ("killed in a US operation") name the doer of a passive;
    ``report`` verbs ("a memo detailing the threat") lend no doer to a noun.
    ``fallback`` lets an unresolved pronoun subject take the reporting
    clause's subject ("Syria says it will ..."); it is off inside direct
    quotes, where "he" is not the speaker. ``speaker`` is the actor id of
    the one quoted when the trigger is inside a direct quote: a third-person
    pronoun there never stands for them.
    """
    if trigger.entry.pos == "NOUN":
        return _noun_args(trigger, triggers, actors, roles, fallback)
    return _verb_participants(trigger, actors, roles, fallback, speaker)


def _verb_participants(
    trigger: Trigger,
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    fallback: bool,
    speaker: str | None,
) -> Participants:
    """The roles of a verbal or adjectival trigger: its clause's, then what its mode or
    type adds where the clause names no doer or target."""
    token = trigger.token
    if trigger.entry.pos == "ADJ" and token.dep_ == "acomp":
        token = token.head  # "X is ready to talk": the clause verb holds the subject
    parts = verb_args(token, actors, roles, trigger.consumed, fallback, trigger.entry.type, speaker)
    parts = adjective_target(trigger, parts, actors)  # "was critical of X"
    if trigger.entry.type in _RECEIVED and roles.get(token.lemma_.lower()) == "receive":
        return _received(token, parts, actors)
    if not parts.named and trigger.entry.mode not in _NOT_SIDES:
        parts = _sides_as_doers(token, parts, actors)
    if trigger.entry.mode == "third-party" and parts.actors and parts.recipient is None:
        parts = _sides_as_targets(token, parts, actors)
    if trigger.entry.mode == "confiscate" and parts.recipient is None:
        parts = _taken_from(token, parts, actors)
    if not parts.actors and trigger.consumed and trigger.entry.type in _OWN_MEANS:
        parts = _held_by_its_owner(token, trigger, parts, actors)
    if not parts.actors and trigger.entry.mode == "withdraw":
        parts = _force_withdrawn(token, parts, actors)
    if parts.recipient is None and trigger.entry.type in _CURBS:
        parts = _ordered_to(token, parts, actors, roles)
    if parts.recipient is None and trigger.entry.type == "ASSAULT" and trigger.consumed:
        # "launched an offensive in Gaza": where the matched attack struck
        heads = (token, *(token.doc[i] for i in trigger.consumed))
        parts = replace(parts, recipient=struck_place(heads, actors, parts.actors))
    return parts


def _held_by_its_owner(
    verb: Token, trigger: Trigger, parts: Participants, actors: tuple[Actor, ...]
) -> Participants:
    """ "NATO's summit was held in Riga", "American troops deployed in X", "riot police were
    deployed": a verb with no doer of its own whose matched noun is the doer's own means
    or meeting lets that noun name its doers, as a noun event does; they are not its target.
    (Not where the noun is another's act or property: "Iran's offer was rejected", "the
    German embassy was attacked", nor where it is let go or given back to another: "the
    British hostages were handed over", whose captors, not Britain, hand them over.)"""
    if trigger.entry.mode in _GIVEN_UP:
        return parts
    noun = verb.doc[trigger.consumed[0]]
    undergoer = (noun.dep_ == "nsubjpass" and noun.head.i == verb.i) or (
        verb.dep_ == "acl" and verb.head.i == noun.i
    )
    if not undergoer:
        return parts
    doers, _ = _noun_doers(noun, actors, trigger.entry.type)
    ids = tuple(dict.fromkeys(a.id for a in doers))
    if not ids:
        return parts
    return _with_doers(ids, parts)


def same_act(noun: Trigger, triggers: Mapping[int, Trigger]) -> bool:
    """ "[Airstrikes] hit Sanaa", "a bomb [blast] killed 12": a noun event that is the
    subject of a verb of its own type is that verb's act, told once: the noun (its
    mode and CAMEO root are the more specific) with the verb's object as target."""
    token = noun.token
    if noun.entry.pos != "NOUN" or token.dep_ != "nsubj" or noun.entry.type is None:
        return False
    verb = triggers.get(token.head.i)
    return verb is not None and verb.entry.type == noun.entry.type


# A contest between sides that are all civil bodies of these sectors is politics, law or
# business, no armed battle; persons of unknown role (CVL, the default), opposition,
# elites and any armed sector (MIL, REB, INS, UAF, SPY, COP, SEP, CRM) keep it.
_CIVIL_SECTORS = frozenset(
    {"GOV", "LEG", "PTY", "JUD", "MED", "EDU", "BUS", "MNC", "NGO", "LAB", "HLH", "AGR"}
)
_STATE_SECTORS = frozenset({"GOV", "LEG"})
_CONTEST = cue_words("contest")


def civil_contest(token: Token, kind: str, parts: Participants, actors: Sequence[Actor]) -> bool:
    """Whether a battle or a fight ("a battle between the White House and Congress",
    "the battle between two disc formats", "Democrats and Republicans fighting each
    other") has two or more known sides that are all civil bodies (``_CIVIL_SECTORS``):
    no ASSAULT. A country, an armed group or a person of unknown role on either side
    keeps it ("Hamas and Fatah fought"), as do the governments of two countries."""
    if kind != "ASSAULT" or token.lemma_.lower() not in _CONTEST:
        return False
    by_id = {actor.id: actor for actor in actors}
    ids = {*parts.actors, *([parts.recipient] if parts.recipient else []), *parts.others}
    sides = [by_id.get(i) for i in ids]
    if len(sides) < 2 or any(s is None or s.sector not in _CIVIL_SECTORS for s in sides):
        return False
    states = {s.country for s in sides if s is not None and s.sector in _STATE_SECTORS}
    countries = {s.country for s in sides if s is not None}
    return not (states and len(countries) > 1)
