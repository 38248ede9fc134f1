"""Words that name no act: the singular of a noun that is an act only in the plural ("a
talk" is a lecture, "talks" are negotiations), and an activity one is in charge of.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "She gave a talk on climate policy", "a TED
talk", "the minister's talk on Saturday": a singular ``plural_sense`` noun
(``cue_words.tsv``) with a determiner, a possessive or a modifying noun is a speech
to an audience, no consultation between parties (a bare singular is left alone: "for
talk on arms limits" may be negotiation); "talks between the two leaders" and "an
hour-long talk between the ministers" (sides after "between" or "with") are meetings.
"""

from __future__ import annotations

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger

__all__ = ["a_duty", "singular_no_act"]

# Nouns that name the act only in the plural ("talks"); the singular is a lecture.
_PLURAL_SENSE = cue_words("plural_sense")
# What names the sides of a meeting in the noun's own phrase.
_SIDES = frozenset({"between", "with", "among"})


def singular_no_act(trigger: Trigger) -> bool:
    """Whether a noun trigger is the singular of a noun that is an act only as a plural."""
    token = trigger.token
    if trigger.entry.pos != "NOUN" or token.tag_ != "NN":
        return False
    if token.lemma_.lower() not in _PLURAL_SENSE:
        return False
    children = list(children_of(token))
    if any(c.dep_ == "prep" and c.lower_ in _SIDES for c in children):
        return False
    # A count noun, "a talk", "his talk", "a TED talk", is one speech; a bare singular
    # may still be negotiation ("negotiators return to Geneva for talk on arms").
    return any(c.dep_ in ("det", "poss", "compound") for c in children)


# Nouns that make "in X of" a duty: "in charge of recruiting" names a job.
_DUTIES = cue_words("duty")


def a_duty(trigger: Trigger) -> bool:
    """ "The colonel in charge of recruiting for the navy", "the officer in charge of
    investigating the blast": an activity one is in charge of names a job or a duty, no
    act reported (``duty`` in ``cue_words.tsv``)."""
    token = trigger.token
    if token.dep_ not in ("pcomp", "pobj") or token.head.lower_ != "of":
        return False
    duty = token.head.head
    return (
        duty.lemma_.lower() in _DUTIES
        and duty.dep_ == "pobj"
        and duty.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss") for c in children_of(duty))
    )
