"""Fears: an act someone fears will come is no threat made and no act done.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest of
:mod:`newsgraph.events.screening`. "Villagers fear that the army will attack the town",
"officials are afraid the rebels will kill the hostages", "voiced concern that Vastia
would expel the inspectors": the "will" or "would" of a clause that says what is feared
is the fearer's foreboding, not its doer's intent, so no THREATEN (nor any act) took
place; "could" and "might" leave such a clause unasserted already. "Residents fled amid
fears of an attack" names an attack that is feared, not one that was made. A fear of a
past act ("feared that the army had attacked the town") is left alone, as is a fear
that is itself the act ("the minister's fears were dismissed"). The fear words are the
``fearing`` kind of ``cue_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger

__all__ = ["feared"]

# Nouns, verbs and adjectives of fear: what they take is dreaded, not done.
_FEARING = cue_words("fearing")
# Auxiliaries of a future or of a future in the past ("fear the army will attack").
_WILL = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
# How the content of a fear word hangs from it: "fear that ...", "fears that ...".
_CONTENT = frozenset({"ccomp", "acl"})


def feared(trigger: Trigger) -> bool:
    """Whether the act is only feared: in a "will"/"would" clause that a fear word takes,
    or a noun after the "of" of a fear noun ("fears of an attack").

    Args:
        trigger: the coded trigger.
    """
    token = trigger.token
    if trigger.entry.pos == "NOUN" and _feared_noun(token):
        return True
    clause = token if token.pos_ in ("VERB", "AUX") else _verb_of(token)
    if clause is None:
        return False
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        if _own_tense(clause):
            return False  # "fear the plan will cut rations and are urging Japan to ..."
        clause = clause.head  # "fear the army will attack and burn the town"
    if clause.dep_ not in _CONTENT or clause.head.lemma_.lower() not in _FEARING:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in children_of(clause))


def _own_tense(verb: Token) -> bool:
    """ "are urging" in "fear the plan will cut rations and are urging Japan to help": a
    joined verb with an auxiliary of its own that is no "will" is a clause of its own,
    though the parser hung it on the feared verb ("will attack and burn" shares it)."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ not in _WILL for c in children_of(verb))


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun act is the object or passive subject of ("fear Iran will impose
    sanctions", "fear that sanctions will be imposed"). An active subject is most often an
    act going on ("fears that the violence will spread"), and is left alone."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def _feared_noun(noun: Token) -> bool:
    """ "amid fears of an attack", "the fear of reprisals": a noun act after the "of" of a
    fear noun, with no doer's possessive of its own ("fear of Vastia's attack" is left)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" for c in children_of(noun)):
        return False
    return prep.head.lemma_.lower() in _FEARING
