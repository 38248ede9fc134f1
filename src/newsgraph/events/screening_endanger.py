"""Endangering, not threatening: what a plan, a policy or an act "threatens" is at risk.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest of
:mod:`newsgraph.events.screening`. "The new levy threatens thousands of jobs", "the
dispute threatens to derail the talks", "a village threatened by the planned dam",
"the clashes threaten the truce", "this threatens the recovery": a verb of threatening
(``endangering`` in ``cue_words.tsv``) whose doer is a measure, a trend, a state of
affairs or an act itself (``abstract_doer``: "the attack threatens the ceasefire"), or a
bare "this" or "that" standing for a fact, says that something is in danger; no party
threatened anyone, and PLOVER's THREATEN needs one. A message, a letter or a video that
threatens is its sender's threat, and is not listed. Forces of nature, diseases and
markets are screened by :mod:`newsgraph.events.screening_forces` already. People and
bodies keep their threats, named or not ("the captors threatened to kill them", "gunmen
threatened the villagers"), and so does a passive with no doer ("more strikes are
threatened for next week"). Only the parse and the word lists are read.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_words import cue_words
from .frames import Trigger
from .screening_background import _ACTING_ENTS
from .screening_forces import _doer

__all__ = ["endangered"]

# Verbs of threatening that also mean putting at risk: "threaten", "menace".
_ENDANGERING = cue_words("endangering")
# Measures, trends, states of affairs and acts that put something at risk ("policy",
# "move", "conflict", "attack").
_ABSTRACT = cue_words("abstract_doer")
# Bare demonstratives that stand for a fact or an act ("this threatens the recovery");
# "these" and "those" more often stand for people ("those who threatened him").
_FACT_PRONOUNS = frozenset({"this", "that"})


def endangered(trigger: Trigger) -> bool:
    """Whether a verb of threatening has a thing, an act or a fact as its doer, so it
    says something is at risk and reports no threat by anyone.

    Args:
        trigger: the coded trigger.
    """
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.lemma_.lower() not in _ENDANGERING:
        return False
    doer = _doer(token)
    if doer is None or doer.ent_type_ in _ACTING_ENTS or doer.pos_ == "PROPN":
        return False
    return _a_thing(doer)


def _a_thing(doer: Token) -> bool:
    """A bare "this" or "that", or a measure, a state of affairs or an act."""
    if doer.tag_ == "DT":
        return doer.lower_ in _FACT_PRONOUNS
    return doer.pos_ == "NOUN" and doer.lemma_.lower() in _ABSTRACT
