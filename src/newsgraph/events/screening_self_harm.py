"""Self-harm: what one does to oneself alone is no assault on anyone.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "A prisoner killed himself in his cell", "the
officer shot himself", "she stabbed herself": a suicide, or a wound one gives oneself,
has no victim but its doer, so no ASSAULT took place. One who harms others as well
still assaults them ("the gunman killed himself and four others", "shot himself after
killing two guards": the killing of the guards is its own event), and a bomber who
"blew himself up" at a market attacked it (no verb of that kind is listed), as does one
who set off a grenade or an explosive vest "killing herself": an explosive named in the
sentence makes it a suicide attack, which stays. The words are data: the
``self_harm_verb``, ``reflexive``, ``with_others`` and ``explosive`` kinds of
``cue_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger

__all__ = ["self_inflicted"]

# Verbs of harm that, done to oneself alone, are a suicide or a self-inflicted wound.
_SELF_HARM = cue_words("self_harm_verb")
# Reflexive pronouns: the doer as the verb's object.
_REFLEXIVES = cue_words("reflexive")
# Words that join others to the reflexive ("himself [along] with two guards"; a bare
# "with" is often the weapon: "stabbed herself with a knife").
_WITH_OTHERS = cue_words("with_others")
# Explosives: a self-killing with one of them is a suicide attack ("set off a grenade
# outside the ministry, killing herself").
_EXPLOSIVES = cue_words("explosive")


def self_inflicted(trigger: Trigger) -> bool:
    """Whether a verb of harm has its doer alone as its object ("killed himself"); a
    reflexive joined by others ("himself and three others", "himself along with two
    guards") leaves the others as victims, and the event stays."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.lemma_.lower() not in _SELF_HARM:
        return False
    children = list(children_of(token))
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects or not all(_alone(o) for o in objects):
        return False
    if any(t.lemma_.lower() in _EXPLOSIVES or t.lower_ in _EXPLOSIVES for t in token.sent):
        return False
    # "killed himself along with six soldiers", "killed himself, his wife and a guard"
    return not any(
        (c.dep_ in ("prep", "advmod") and c.lower_ in _WITH_OTHERS)
        or (c.dep_ in ("dep", "appos") and c.pos_ in _NOUNS)
        for c in children
    )


_NOUNS = ("NOUN", "PROPN", "PRON", "NUM")


def _alone(obj: Token) -> bool:
    """Whether an object is a reflexive pronoun with no one conjoined to it."""
    if obj.lower_ not in _REFLEXIVES:
        return False
    return not any(
        c.dep_ in ("conj", "cc") or (c.dep_ == "prep" and c.lower_ in _WITH_OTHERS)
        for c in children_of(obj)
    )
