"""A verb's matched object that is the doer's means, not its target.

"fired Iranian rockets at Israel", "sent British tanks to Ukraine": the frame matched the
object ("rockets", "tanks") as what the act is done with; whose the weapons or the forces
are (Iran, Britain) is not on the receiving end. :func:`means_dropped` takes such an
object out of a verb's recipient candidates, so that the aimed phrase ("at Israel", "to
Ukraine") names the recipient, or, when that phrase names only a place, none is named.
Frames whose object is the one acted on ("released the hostages") mark it ``undergoer``
and do not consume it, so it stays a candidate.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .phrase_actors import _prep_objects

__all__ = ["means_dropped"]

# A force sent or deployed is always the doer's own ("deployed German troops in Kabul").
_FORCES = frozenset({"MOBILIZE"})
# Acts whose matched object is their means when a preposition aims them at someone.
_AIMED_ACTS = frozenset({"ASSAULT", "COERCE", "AID", "THREATEN", "SANCTION"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Uses of force whose object, matched or not, is what is fired or thrown "at" or "into"
# the target ("fired rockets at X", "threw grenades into X").
_THROWN = frozenset({"ASSAULT", "COERCE"})
_AT = frozenset({"at", "into", "toward", "towards"})
# ("on", "upon" and "against" are left out: "took control of X on Thursday", "imposed
# sanctions on X", where the matched noun is no means)
_AIMING = _AT | {"to"}
_TIMES = frozenset({"DATE", "TIME"})


def means_dropped(
    verb: Token, tokens: list[Token], consumed: tuple[int, ...], kind: str | None
) -> list[Token]:
    """``tokens`` less the verb's object or passive subject when it is the means of an act
    of ``kind``: a matched one always for a force sent, a matched object for other acts when
    a preposition after it aims the verb at someone or somewhere, and any object of a use
    of force fired or thrown "at" or "into" someone ("hurled Chilean stones at police": the
    frame may match the preposition, not the object)."""
    objects = [c for c in children_of(verb) if c.dep_ in _OBJECT_DEPS]
    # (a passive subject is the means only of a force sent: "the embassy was torched at a
    # time when ...", "Jo Doe was shot at his home")
    aimed = [o for o in objects if o.dep_ == "dobj" and _aimed_past(verb, o)]
    means = {o.i for o in objects if o.i in consumed and kind in _FORCES}
    means |= {o.i for o in aimed if o.i in consumed and kind in _AIMED_ACTS}
    means |= {o.i for o in aimed if kind in _THROWN and _aimed_past(verb, o, _AT)}
    return [t for t in tokens if t.i not in means]


def _aimed_past(verb: Token, thing: Token, preps: frozenset[str] = _AIMING) -> bool:
    """Whether one of ``preps`` on the verb, after ``thing``, aims it at someone or somewhere
    ("fired rockets [at] Israel"; not a time: "at midnight", "at the moment Darfur was hit")."""
    return any(o.i > thing.i and o.ent_type_ not in _TIMES for o in _prep_objects(verb, preps))
