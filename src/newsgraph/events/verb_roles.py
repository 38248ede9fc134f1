"""What a verbal trigger's mode or type adds to the roles its clause gives.

Helpers of :func:`newsgraph.events.roles.participants` for verbs: the sides a verb
names with "between" ("fighting between X and Y": its doers; "mediated between X
and Y": its targets), whom a thing is taken from, whom a curb is ordered on, a force
withdrawn with no one named to withdraw it, and the giver of what is received.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..model import Actor
from ._tokens import children_of
from .arguments import Participants
from .phrase_actors import _prep_objects, actors_of
from .recipients import _FROM, _first

_IN = frozenset({"in"})
_OF = frozenset({"of"})

# the words that name an act's sides ("talks between X and Y", "fighting among clans")
_SIDES = frozenset({"between", "among", "by"})


def _ordered_to(
    verb: Token, parts: Participants, actors: tuple[Actor, ...], roles: Mapping[str, str]
) -> Participants:
    """ "ordered the newspaper La Prensa to suspend publication", "ordered the firm to close":
    a curb ordered on someone with nothing else on its receiving end is aimed at whom it
    is ordered on (not at one's own forces: "ordered the police to block the road")."""
    head = verb.head
    if verb.dep_ != "xcomp" or roles.get(head.lemma_.lower()) != "command":
        return parts
    ordered = [
        a
        for c in children_of(head)
        if c.dep_ in ("dobj", "dative")
        for a in actors_of(c, actors)
        if a.id not in parts.actors and a.sector not in ("MIL", "COP")
    ]
    if not ordered:
        return parts
    return Participants(
        parts.actors,
        ordered[0].id,
        parts.named,
        parts.first_person,
        parts.entity,
        parts.occurred,
        others=tuple(dict.fromkeys(a.id for a in ordered[1:])),
    )


def _force_withdrawn(verb: Token, parts: Participants, actors: tuple[Actor, ...]) -> Participants:
    """ "British troops were withdrawn from Iraq", "federal funding would be withdrawn": a
    force or means withdrawn with no one named to withdraw it is its own side's (the doer),
    not the target; whom it leaves is. A person withdrawn ("the ambassador was withdrawn")
    or a named thing ("the X Hotel plan") is left as it was."""
    if any(c.dep_ == "agent" for c in children_of(verb)):
        return parts
    forces = [
        a
        for c in children_of(verb)
        if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"  # not a named thing: "the X Hotel"
        for a in actors_of(c, actors)
        if a.type != "PERSON"
    ]
    ids = tuple(dict.fromkeys(a.id for a in forces))
    return _with_doers(ids, parts) if ids else parts


def _with_doers(ids: tuple[str, ...], parts: Participants) -> Participants:
    """``parts`` with ``ids`` as the named doers; the others it held stay targets."""
    targets = tuple(i for i in (parts.recipient, *parts.others) if i and i not in ids)
    return Participants(
        ids,
        targets[0] if targets else None,
        named=True,
        entity=True,
        occurred=parts.occurred,
        others=targets[1:],
    )


def _with_targets(found: tuple[str, ...], parts: Participants) -> Participants:
    """``parts`` with ``found`` (at least one id) as its targets, the first the recipient."""
    return Participants(
        parts.actors,
        found[0],
        parts.named,
        parts.first_person,
        parts.entity,
        parts.occurred,
        others=found[1:],
    )


def _taken_from(verb: Token, parts: Participants, actors: tuple[Actor, ...]) -> Participants:
    """ "seized arms from the rebels", "items were seized by police from Jo Doe": whom a thing
    is taken from is the target; not a place it is taken from ("from a prison in X")."""
    owners = [
        o for o in _prep_objects(verb, _FROM) if not _prep_objects(o, frozenset({"in", "at"}))
    ]
    found = _first(owners, actors, set(parts.actors), "COERCE")
    if not found:
        return parts
    return _with_targets(found, parts)


def _sides_as_doers(verb: Token, parts: Participants, actors: tuple[Actor, ...]) -> Participants:
    """ "[Fighting] between X and Y killed ten", "a truce was [agreed] between X and Y": a
    verb with no subject of its own names its sides with "between" or "among", as a noun
    does ("talks between X and Y"); every side is a source (PLOVER), none the target."""
    sides = [a for pobj in _prep_objects(verb, _SIDES - {"by"}) for a in actors_of(pobj, actors)]
    ids = tuple(dict.fromkeys(a.id for a in sides))
    if not ids:
        return parts
    return _with_doers(ids, parts)


def _sides_as_targets(verb: Token, parts: Participants, actors: tuple[Actor, ...]) -> Participants:
    """ "Egypt mediated between Israel and Hamas", "brokered a truce between X and Y": the
    sides a go-between works between are on the receiving end of the mediation (CAMEO codes
    one event per side), not its doers. Only with a go-between named: "talks were mediated
    between X and Y" names neither side as a doer nor as a target."""
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    pobjs = [p for h in heads for p in _prep_objects(h, _SIDES - {"by"})]
    found = _first(pobjs, actors, set(parts.actors), "CONSULT")
    if not found:
        return parts
    return _with_targets(found, parts)


def _received(verb: Token, parts: Participants, actors: tuple[Actor, ...]) -> Participants:
    """ "Kurdish protesters received rifles from the government", "won the support of
    Chile": the giver, named by "from" (or the thing's "of"), did it; the subject is on the
    receiving end. Without a giver ("Chad received aid") no doer is named, and the (weak)
    frame codes nothing."""
    # "received a grant from the EU", "$5 million in funding from Iran": the parse may
    # hang "from" on the thing received (or on what the sum is "in") instead of the verb.
    things = [c for c in children_of(verb) if c.dep_ == "dobj"]
    things += [p for t in things for p in _prep_objects(t, _IN)]
    # "won the backing of Chile": the thing's "of" names its giver too
    pobjs = [p for head in (verb, *things) for p in _prep_objects(head, _FROM)]
    pobjs += [p for t in things for p in _prep_objects(t, _OF)]
    givers = [a for pobj in pobjs for a in actors_of(pobj, actors)]
    ids = tuple(dict.fromkeys(a.id for a in givers))
    recipient = parts.actors[0] if parts.actors else None
    return Participants(ids, recipient, bool(ids), entity=bool(ids))
