"""Forces, not parties: what a storm, a disease, a market or a machine does is no event.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest of
:mod:`newsgraph.events.screening`. "Warm currents are attacking the ice shelves", "the
floods threatened three villages", "the epidemic killed hundreds", "oil prices
threatened to climb further", "the software rejected the request": a verb whose doer
is a thing that acts by nature, not by anyone's will (``inanimate_doer`` in
``cue_words.tsv``: forces of nature and disasters, diseases, market figures, machines
and software, and qualities and circumstances: "the situation demands restraint", "the
severity of the charges threatens his career") reports no political act, and PLOVER
has no actor for it. Weapons and
vehicles are not listed: "a missile struck the base" and "a drone attacked the convoy"
are assaults by whoever sent them. A computer virus coded as a cyber attack stays ("a
virus attacked the ministry's servers"), and a named storm is a matter of the trigger
lexicon. Only the parse and the word list are read.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger
from .screening_background import _ACTING_ENTS

__all__ = ["done_by_a_force"]

# Things whose acts are no one's: "the typhoon battered the coast", "prices hit a record".
_FORCES = cue_words("inanimate_doer")
# Relative pronouns that stand for the noun their clause modifies ("a storm that hit").
_RELATIVES = frozenset({"WDT", "WP"})
# A cyber attack has a doer, named or not, even when a virus is its means.
_KEPT_MODES = frozenset({"cyber"})
# How far up a doerless verb looks for the subject it shares ("is expected to hit").
_MAX_STEPS = 3


def done_by_a_force(trigger: Trigger, mode: str | None) -> bool:
    """Whether a verb trigger's doer is a force of nature, a disease, a market figure or
    a machine, so no party acted.

    Args:
        trigger: the coded trigger.
        mode: the PLOVER mode it was coded with (a cyber attack is kept).
    """
    if trigger.entry.pos != "VERB" or mode in _KEPT_MODES:
        return False
    doer = _doer(trigger.token)
    if doer is None or doer.ent_type_ in _ACTING_ENTS or doer.pos_ == "PROPN":
        return False  # "Hurricane Ivy struck": a name is for the trigger lexicon
    return doer.lemma_.lower() in _FORCES


def _doer(verb: Token) -> Token | None:
    """The word that does what ``verb`` says: its subject, the noun a relative clause
    with a relative pronoun modifies ("floods which swept the valley"), a passive's "by"
    agent ("were killed by the quake"), the noun a present participle describes ("a
    storm threatening the coast"); a verb with none shares that of the verb it is
    conjoined to, the "-ing" clause of ("the quake hit the city, killing ten", "the index
    fell before rallying") or the infinitive of, when that verb has no object to do it
    ("is expected to strike")."""
    for _ in range(_MAX_STEPS):
        found = _own_doer(verb)
        if found is not None:
            return found
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return verb.head
        if _after_a_preposition(verb):
            verb = verb.head.head  # "prices fell before [rallying]"
            continue
        if not _shares_doer(verb):
            return None
        verb = verb.head
    return None


def _after_a_preposition(verb: Token) -> bool:
    """Whether ``verb`` is an "-ing" clause after a preposition on another verb, whose
    subject it shares ("fell ten percent before rallying", "weakened after hitting")."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _own_doer(verb: Token) -> Token | None:
    """The subject or the passive agent of ``verb`` itself."""
    for child in children_of(verb):
        if child.dep_ == "nsubj":
            if child.tag_ in _RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    return None


def _shares_doer(verb: Token) -> bool:
    """Whether ``verb`` takes its doer from the verb above it."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return True
    # "forced residents to flee": the object does what the infinitive says
    return verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative") for c in children_of(head))
