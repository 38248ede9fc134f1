"""Habits: an act said to recur "each year" or "routinely" is no single act reported.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "Some 40,000 Britons visit Vastonia each year",
"police there arrest hundreds of drivers every year", "the two rivals routinely blame
each other", "dissidents are regularly searched by the police", "the towns mark the
day every year to honour the dead": a verb with a frequency of its own (a unit of
time under "each" or "every", ``frequency_unit`` in ``cue_words.tsv``, or an adverb
of habit, ``habitual_adverb``) states what happens as a rule, a statistic or a custom,
not an event record. The frequency must qualify the verb itself, or the verb whose
purpose or complement the act is; a rate of an amount ("a fine of 2 million euros per
day") or a noun act ("15 attacks each day on the police") is left alone, and so is a
single act on a day ("on the first day"). A series in the simple past was done ("rebels
attacked the town every day last week") and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger

__all__ = ["habitual"]

# Units of time that "each" or "every" make a frequency of: "each year", "every day".
_UNITS = cue_words("frequency_unit")
# Adverbs of habit: "annually", "routinely", "regularly".
_ADVERBS = cue_words("habitual_adverb")
_EVERY = frozenset({"each", "every"})


def habitual(trigger: Trigger) -> bool:
    """Whether a verb act is said to recur ("visit the country each year")."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or _past(token):
        return False
    if _recurs(token):
        return True
    # "46,000 Canadians visit Cuba and 9,000 Cubans visit Canada each year": a
    # frequency at the end of joined clauses is shared by both.
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and _recurs(c) for c in children_of(token)):
        return True
    # "commemorate the day every year to honour the dead": the purpose or complement
    # of a habit recurs with it.
    if token.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)
    ):
        return _recurs(token.head)
    return False


def _past(verb: Token) -> bool:
    """ "Rebels attacked the town every day last week", "were searched every day": a
    series of acts in the past was done, and each is reported."""
    if verb.tag_ == "VBD":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "would"
        for c in children_of(verb)
    )


def _recurs(verb: Token) -> bool:
    """Whether ``verb`` has an adverb of habit or an "each/every" unit of time of its own."""
    for child in children_of(verb):
        if child.dep_ == "advmod" and child.lower_ in _ADVERBS:
            return True
        if child.dep_ in ("npadvmod", "advmod", "dobj", "obl") and _every_unit(child):
            return True
    return False


def _every_unit(word: Token) -> bool:
    """ "each year", "every single day": a unit of time under "each" or "every"."""
    if word.lemma_.lower() not in _UNITS:
        return False
    return any(c.dep_ == "det" and c.lower_ in _EVERY for c in children_of(word))
