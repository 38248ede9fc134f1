"""Whom an adjectival act is aimed at: the object of the preposition its frame names.

An adjective trigger such as "critical of", "supportive of" or "grateful to" takes its
doer from the clause verb it complements ("the senator was critical of ..."), but the
party the stance is aimed at hangs from the adjective itself, as the object of the
preposition its lexicon frame requires. :func:`adjective_target` reads that object when
the clause gave no recipient, with the same resolution as a verb's object (so "critical
of French farm policy" names France, as "criticised French farm policy" does).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Actor
from .arguments import Participants
from .frames import Trigger
from .phrase_actors import _prep_objects
from .recipients import _first

__all__ = ["adjective_target"]


def adjective_target(
    trigger: Trigger, parts: Participants, actors: tuple[Actor, ...]
) -> Participants:
    """``parts`` with the recipient an adjective trigger's framed preposition names
    ("was critical of the Labour Party", "views critical of the Bush administration"),
    where ``parts`` has none; unchanged for other triggers or when none resolves."""
    entry = trigger.entry
    if entry.pos != "ADJ" or not entry.prep or parts.recipient is not None:
        return parts
    objects: list[Token] = _prep_objects(trigger.token, frozenset(entry.prep))
    found = _first(objects, actors, set(parts.actors), entry.type)
    if not found:
        return parts
    return replace(parts, recipient=found[0], others=found[1:])
