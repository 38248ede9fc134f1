"""Emphasis on a thing: stressing the importance or the role of something backs no one.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "She spoke on, stressing the importance of
diplomacy", "the minister emphasised the importance of ensuring fair elections", "the
review highlighted the role of nuclear arms": a SUPPORT frame whose matched object
is a word of weight (``weight_noun`` in ``cue_words.tsv``: importance, role) says
that a thing matters. PLOVER's SUPPORT is aimed at an actor, and the phrase names
none, so no act of support took place. The frame stays when the phrase names a party
("stressed the importance of ties with France", "underlined Japan's role") or the
event has a recipient, and frames on other objects ("reaffirmed its support for
Serbia", "underscored her commitment to Israel") are not read.
"""

from __future__ import annotations

from .arguments import Participants
from .cue_words import cue_words
from .frames import Trigger
from .screening_background import _ACTING_ENTS

__all__ = ["emphasis_on_a_thing"]

# Objects of stressing that say a thing matters: "the importance of", "the role of".
_WEIGHT = cue_words("weight_noun")


def emphasis_on_a_thing(trigger: Trigger, type_: str, parts: Participants) -> bool:
    """Whether a SUPPORT frame matched only on a word of weight whose phrase names no
    party, and the event has no recipient."""
    if type_ != "SUPPORT" or not trigger.consumed or parts.recipient is not None:
        return False
    doc = trigger.token.doc
    objects = [doc[i] for i in trigger.consumed]
    if not all(o.lemma_.lower() in _WEIGHT for o in objects):
        return False
    # "the importance of ties with France", "Japan's role": a party named in the phrase
    return not any(w.ent_type_ in _ACTING_ENTS for o in objects for w in o.subtree)
