"""Background: which triggers without a named doer are no event records.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest of
:mod:`newsgraph.events.screening` (which imports :func:`background` back) after a
trigger is coded and its participants are found: a clause reporting a clear act ("a
journalist was killed") is kept with an unknown actor, while a noun that only mentions
an act ("sanctions against Russia"), a verb used as a modifier ("UN-brokered"), a weak
word, an event noun naming a kind of thing ("riot police") and weapons named as goods
("a delivery of bombs") are background. A noun act that names its sides and is the
subject of a verb of lasting, completion or reaction took place ("the siege of the town
lasted three months"). Only the parse and the lexicon are read.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ._tokens import children_of
from .arguments import Participants
from .cue_words import cue_words
from .frames import Trigger
from .lexicon import load_lexicon, object_classes
from .tense import reported_past

__all__ = ["a_danger", "background"]

_ACTING_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# A verb in these slots modifies a noun ("Iran-backed groups"): no clause of its own.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def background(trigger: Trigger, parts: Participants) -> bool:
    """Whether a trigger without a named doer is background rather than an event record.

    A clause reporting a clear act ("a journalist was killed", "the border was
    closed") is kept with an unknown actor: PLOVER codes the act, and who did
    it may be named elsewhere. A noun only mentions an act ("the attack
    ended", "sanctions against Russia"), a verb used as a modifier describes
    something ("UN-brokered"), and a common word says too little on its own.
    An event noun modifying another noun names a kind of thing ("riot
    police", "aid workers"), named doer or not, unless that noun carries the
    act ("a mediation mission", "a ceasefire agreement": ``carrier`` words).
    """
    entry = trigger.entry
    token = trigger.token
    if entry.type == "ASSAULT" and entry.pos == "NOUN" and _goods(token):
        return True  # "a delivery of bombs", "sold missiles": weapons, not an attack
    # "riot police", "aid workers": a kind of thing; "a mediation mission" is the act.
    if (
        entry.pos == "NOUN"
        and token.dep_ == "compound"
        and load_lexicon().modality.get(token.head.lemma_.lower()) != "carrier"
    ):
        return True
    if parts.named or parts.occurred or _outcome_of_named_act(trigger):
        return False
    if entry.weak or entry.pos == "NOUN" or trigger.token.dep_ in _MODIFIER_DEPS:
        return True
    return entry.pos == "ADJ" and parts.recipient is None


# Verbs whose subject act took place: it lasted or was completed, or it drew, sparked or
# prompted a reaction ("the siege of the city lasted three months"). "Ended" stays out:
# "the attack on the town ended" is kept a mention (tests/events/test_extract.py).
_OUTCOME_VERBS = cue_words("outcome_verb")
# What was condemned was done: "the bombing of the embassy was condemned by Russia".
_CONDEMNING = cue_words("condemning")
# The same with the word that makes the phrase: "was carried out", "took place", "led to
# riots", "resulted in", "was met with protests".
_OUTCOME_PHRASES = frozenset(tuple(p.split(" ")) for p in cue_words("outcome_phrase"))
# What names the sides of a noun act in its own phrase: "the arrests of journalists",
# "an attack by rebels", "the siege on Sarajevo", "Iran's execution of ...".
_SIDE_PREPS = frozenset({"of", "by", "on", "against", "between"})
# Modifiers that leave the act unsettled: "the proposed ban", "a possible strike".
_UNSETTLED = frozenset({"hypothetical", "intent", "negative", "obligation"})


def _outcome_of_named_act(trigger: Trigger) -> bool:
    """Whether a noun act that names its sides is the subject of a verb of lasting,
    completion or reaction, so it took place ("the arrests of journalists drew criticism",
    "the execution of the activists sparked protests"); "the attack ended" names no
    one and stays a mention."""
    noun = trigger.token
    verb = noun.head
    if trigger.entry.pos != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    modality = load_lexicon().modality
    if verb.pos_ not in ("VERB", "AUX") or not _outcome_verb(verb, noun.dep_):
        return False
    if not reported_past(verb):
        return False  # "an attack on Iran would lead to war", "did not take place"
    if any(modality.get(c.lemma_.lower()) in _UNSETTLED for c in children_of(noun)):
        return False  # "the proposed ban drew criticism": no ban yet
    return any(_names_a_side(c) for c in children_of(noun))


def _outcome_verb(verb: Token, dep: str) -> bool:
    """Whether ``verb`` says its subject act lasted, was completed or met a reaction;
    a verb of condemning does so of its passive subject ("the bombing ... was condemned")."""
    lemma = verb.lemma_.lower()
    if lemma in _OUTCOME_VERBS:
        return True
    if dep == "nsubjpass" and lemma in _CONDEMNING:
        return True
    words = {c.lower_ for c in children_of(verb) if c.dep_ in ("prt", "dobj", "prep")}
    return any((lemma, word) in _OUTCOME_PHRASES for word in words)


def _names_a_side(child: Token) -> bool:
    """Whether a child of a noun act names one of its sides."""
    if child.dep_ == "poss":
        return True
    if child.dep_ == "compound":  # "a Hamas attack", "the prisoner swap"
        return child.ent_type_ in _ACTING_ENTS or child.lemma_.lower() in _captives()
    if child.dep_ != "prep" or child.lower_ not in _SIDE_PREPS:
        return False
    return any(c.dep_ == "pobj" for c in children_of(child))


@lru_cache(maxsize=1)
def _captives() -> frozenset[str]:
    """People held or taken as an act's recipients (the ``captives`` object class)."""
    return frozenset(object_classes().get("captives", ()))


def _goods(noun: Token) -> bool:
    """Whether ``noun`` is named as goods: the object of a ``supply`` verb or noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        owner = noun.head.head
    elif noun.dep_ in ("dobj", "nsubjpass"):
        owner = noun.head
    else:
        return False
    return load_lexicon().modality.get(owner.lemma_.lower()) == "supply"


# What a threat that is a danger, not an act, is described by: "North Korea's nuclear
# threat", "the terrorist threat", "a growing security threat".
_DANGER_KINDS = cue_words("danger_kind")
# What a threat as an act names: its content ("a threat to attack", "a threat that ...")
# or whom it is made against.
_THREAT_PARTS = frozenset({"acl", "relcl", "xcomp", "ccomp"})


def a_danger(trigger: Trigger) -> bool:
    """Whether a "threat" noun names a danger, not a threat made: one described by a
    kind of danger ("North Korea's nuclear threat", "the terrorist threat") with no
    content or target of its own ("a nuclear threat to strike Seoul", "military threats
    against Taiwan" are acts)."""
    token = trigger.token
    if trigger.entry.pos != "NOUN" or token.lemma_.lower() != "threat":
        return False
    children = list(children_of(token))
    if not any(c.dep_ == "amod" and c.lower_ in _DANGER_KINDS for c in children):
        return False
    return not any(
        c.dep_ in _THREAT_PARTS or (c.dep_ == "prep" and c.lower_ == "against") for c in children
    )
