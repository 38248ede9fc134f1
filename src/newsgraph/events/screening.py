"""Which coded triggers are event records, and which only mention or judge.

A noun that only mentions an act, a request verb asserting a past fact, and a
view held of an idea are no events; see each function.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import Participants
from .frames import Trigger
from .lexicon import load_lexicon

__all__ = ["asserted", "background", "stance_on_a_thing"]

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
    # "riot police", "aid workers": a kind of thing; "a mediation mission" is the act.
    if (
        entry.pos == "NOUN"
        and token.dep_ == "compound"
        and load_lexicon().modality.get(token.head.lemma_.lower()) != "carrier"
    ):
        return True
    if parts.named or parts.occurred:
        return False
    if entry.weak or entry.pos == "NOUN" or trigger.token.dep_ in _MODIFIER_DEPS:
        return True
    return entry.pos == "ADJ" and parts.recipient is None


def asserted(trigger: Trigger, type_: str) -> bool:
    """ "insisted that he had done nothing wrong": a request verb whose content is a
    past fact asserts it; a demand is for what is still to be done ("insisted that the
    budget include funding")."""
    token = trigger.token
    if type_ != "REQUEST" or trigger.entry.pos != "VERB":
        return False
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False  # "urged Iraq that ...": someone is asked
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_past(c) or _state(c) for c in clauses)


def _state(verb: Token) -> bool:
    """ "insists that the plan is legal": an indicative copula states what is; a
    subjunctive one ("demanded that the inquiry be independent") asks for it."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    return not any(c.dep_ == "aux" for c in verb.children)


def _past(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return True
    # "had done", and a passive in the indicative ("that the comment was not meant"):
    # a subjunctive passive ("demanded that he be reinstated") asks for the act.
    return verb.tag_ == "VBN" and any(
        (c.dep_ == "aux" and c.lower_ in ("had", "has", "have"))
        or (c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBZ", "VBP"))
        for c in verb.children
    )


def stance_on_a_thing(trigger: Trigger, type_: str, parts: Participants) -> bool:
    """ "He supported education", "she embraced Marxism": holding a view of an idea or
    a cause (``attitude`` verbs) is no act towards anyone. PLOVER's SUPPORT is aimed
    at an actor ("backed Kyiv"); praise and welcome are public acts whatever their
    object, and a frame of its own ("expressed support") still counts."""
    token = trigger.token
    if type_ != "SUPPORT" or trigger.entry.pos != "VERB" or trigger.consumed:
        return False
    if load_lexicon().modality.get(token.lemma_.lower()) not in ("attitude", "sponsor"):
        return False  # "welcomed the result", "praised the army": a public act all the same
    if parts.recipient is not None:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and not o.ent_type_ for o in objects)
