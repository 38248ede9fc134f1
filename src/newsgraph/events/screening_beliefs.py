"""Beliefs, not verdicts: a "conviction" that something is so is held, not handed down.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest of
:mod:`newsgraph.events.screening`. "The envoy restated her conviction that the border
must stay open", "his conviction to keep fighting", "a lack of conviction among
buyers", "the setback only strengthened our conviction": a noun of the new
``belief_noun`` kind of ``cue_words.tsv`` is a belief, no court's verdict (PLOVER
SANCTION), when it takes a "that" clause or a "to" infinitive of its own, is the
object of a verb that states or stirs a belief (``belief_verb``: reiterate, express,
share, strengthen ...), or, as a bare singular, follows "of" after a word that measures
a belief (``belief_measure``: "a lack of conviction", "the depth of conviction").
Verdicts keep their event: "appealed his conviction", "the court upheld the
conviction", "a conviction for fraud", "their convictions were quashed", and "a lack
of convictions for hate crimes" (a plural counts verdicts). Adjectives of belief
("a deep conviction") are the trigger lexicon's own ``mods``. Only the parse and the
word lists are read.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger

__all__ = ["a_belief"]

# Nouns of a verdict that also name a belief: "conviction".
_BELIEF_NOUNS = cue_words("belief_noun")
# Verbs whose object is a belief stated or stirred: "reiterated his conviction".
_BELIEF_VERBS = cue_words("belief_verb")
# Words that measure a belief, before "of": "a lack of conviction".
_MEASURES = cue_words("belief_measure")


def a_belief(trigger: Trigger) -> bool:
    """Whether a noun trigger of a verdict names a belief held, not a verdict.

    Args:
        trigger: the coded trigger.
    """
    token = trigger.token
    if trigger.entry.pos != "NOUN" or token.lemma_.lower() not in _BELIEF_NOUNS:
        return False
    if any(_content_clause(c) for c in children_of(token)):
        return True  # "the conviction that talks will succeed", "conviction to fight"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _BELIEF_VERBS:
        return True
    return _measured(token)


def _content_clause(child: Token) -> bool:
    """A clause that says what is believed: "that" with a clause of its own, not a
    relative clause ("the conviction that was quashed" is a verdict), or an active "to"
    infinitive ("his conviction to fight on"; "wants his conviction to be reviewed" asks
    about a verdict)."""
    if child.dep_ not in ("acl", "ccomp"):
        return False
    marks = [c for c in children_of(child) if c.dep_ in ("mark", "aux", "auxpass")]
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in marks):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in marks)
    return infinitive and not any(c.dep_ == "auxpass" for c in marks)


def _measured(noun: Token) -> bool:
    """ "a lack of conviction": a bare singular after "of" and a word of measure."""
    if noun.tag_ != "NN" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    if any(c.dep_ in ("det", "poss") for c in children_of(noun)):
        return False  # "the lack of a conviction in the case": a verdict still
    return noun.head.head.lemma_.lower() in _MEASURES
