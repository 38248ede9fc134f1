"""Who did it to whom: the actor(s) and recipient of a trigger, from the parse.

Every argument is resolved to the actors stage's canonical actors with
:func:`newsgraph.actors.find_actor`. A noun phrase gives its own actor when
it is a mention ("Iran"), else the actor in its apposition ("Iran's leader,
Khamenei"), else those among its modifiers ("Hungarian and Romanian
officials" gives two actors, one event), and its conjuncts ("Iran and Iraq").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors import find_actor
from ..model import Actor
from .frames import Trigger

__all__ = ["Participants", "actors_of", "participants"]

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_RELATIVIZERS = frozenset({"who", "which", "that", "whom"})
_MODIFIER_DEPS = ("appos", "compound", "amod", "poss", "nmod")
# Prepositions whose object is on the receiving end of the act.
_RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon"}
)
_NOUN_RECIPIENT_PREPS = _RECIPIENT_PREPS | {"of", "for"}
_SKIP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "relcl"})


@dataclass(frozen=True, slots=True)
class Participants:
    """Actor ids of the doers (in text order) and of the recipient."""

    actors: tuple[str, ...]
    recipient: str | None


def _own(token: Token, actors: tuple[Actor, ...]) -> Actor | None:
    if token.ent_type_ in _SKIP_ENTS:
        return None
    return find_actor(actors, token.idx, token.idx + len(token.text))


def _head_actors(token: Token, actors: tuple[Actor, ...], depth: int) -> list[Actor]:
    found = _own(token, actors)
    if found is not None:
        return [found]
    if depth > 1:
        return []
    by_dep: dict[str, list[Actor]] = {}
    for child in token.children:
        dep = child.dep_
        if dep == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    by_dep.setdefault("of", []).extend(actors_of(pobj, actors, depth + 1))
        elif dep in _MODIFIER_DEPS:
            by_dep.setdefault(dep, []).extend(actors_of(child, actors, depth + 1))
    # An apposition names the head itself; modifiers only describe it.
    for dep in ("appos", "compound", "amod", "of", "poss", "nmod"):
        if by_dep.get(dep):
            return by_dep[dep]
    return []


def actors_of(token: Token, actors: tuple[Actor, ...], depth: int = 0) -> list[Actor]:
    """The actors a noun phrase headed by ``token`` refers to (conjuncts included)."""
    found: list[Actor] = []
    for tok in (token, *[c for c in token.conjuncts if c.i > token.i]):
        for actor in _head_actors(tok, actors, depth):
            if actor not in found:
                found.append(actor)
    return found


def _subject(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject token of ``verb`` and whether it is the agent of a passive."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ in _RELATIVIZERS and verb.dep_ == "relcl":
                return verb.head, False
            return child, False
    if depth < 3 and verb.dep_ in _INHERIT_DEPS and verb.head is not verb:
        head = verb.head
        if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
            return (None, False) if verb.dep_ == "acl" else (head, False)
        if verb.dep_ == "xcomp":
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj, False
        return _subject(head, depth + 1)
    return None, False


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _first(tokens: list[Token], actors: tuple[Actor, ...], exclude: set[str]) -> str | None:
    for tok in tokens:
        for actor in actors_of(tok, actors):
            if actor.id not in exclude:
                return actor.id
    return None


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [
        pobj
        for child in token.children
        if child.dep_ in ("prep", "dative") and child.lower_ in preps
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def _verb_args(verb: Token, actors: tuple[Actor, ...]) -> Participants:
    subj, _ = _subject(verb)
    doers = actors_of(subj, actors) if subj is not None else []
    exclude = {a.id for a in doers}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr")]
    if _passive(verb):
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"] + objects
    objects += _prep_objects(verb, _RECIPIENT_PREPS)
    objects += [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    return Participants(tuple(a.id for a in doers), _first(objects, actors, exclude))


def _light_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger hangs from ("held [talks]", "during a [meeting]")."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _noun_args(
    trigger: Trigger, triggers: dict[int, Trigger], actors: tuple[Actor, ...]
) -> Participants:
    noun = trigger.token
    doers: list[Actor] = []
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and _own(child, actors)):
            doers.extend(actors_of(child, actors, 1))
        elif child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    doers.extend(actors_of(pobj, actors))
    verb = _light_verb(noun)
    # "condemned the attack": the condemner did not attack. Only verbs that are
    # not events themselves ("held", "launched") lend their subject.
    lend = verb is not None and not (verb.i in triggers and noun.dep_ != "pobj")
    if not doers and lend and verb is not None:
        subj, _ = _subject(verb)
        doers = actors_of(subj, actors) if subj is not None else []
    exclude = {a.id for a in doers}
    objects = _prep_objects(noun, _NOUN_RECIPIENT_PREPS)
    if lend and verb is not None:
        objects += _prep_objects(verb, _RECIPIENT_PREPS)
    ids = tuple(dict.fromkeys(a.id for a in doers))
    return Participants(ids, _first(objects, actors, exclude))


def participants(
    trigger: Trigger, triggers: dict[int, Trigger], actors: tuple[Actor, ...]
) -> Participants:
    """The actors and recipient of ``trigger`` (empty when the parse names none)."""
    if trigger.entry.pos == "NOUN":
        return _noun_args(trigger, triggers, actors)
    token = trigger.token
    if trigger.entry.pos == "ADJ":
        # "X is ready to talk": the adjective's clause verb holds the subject.
        token = token.head if token.dep_ == "acomp" else token
    return _verb_args(token, actors)
