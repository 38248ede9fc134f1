"""First-person wishes to express regards: the wish is the expression.

"I wish to express my condolences", "we would like to offer our thanks": a speaker who
says they wish, want or would like to send regards (the ``@regards`` objects of
``object_classes.tsv``: condolences, sympathy, thanks, congratulations) sends them by
saying so (read on the trigger's direct object). The act is done, as in "offered his
condolences", not an intention to cooperate (AGREE) later.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ._tokens import children_of
from .frames import Frame, Trigger
from .lexicon import object_classes

__all__ = ["performed_regards"]

# How far up a chain of complements ("would like to be able to send") the speaker is sought.
_MAX_CLIMB = 3


def _first_person_wisher(token: Token) -> bool:
    """Whether a verb above ``token`` through open complements has a first-person subject."""
    current = token
    for _ in range(_MAX_CLIMB):
        if current.dep_ != "xcomp" or current.head is current:
            return False
        current = current.head
        subjects = [c for c in children_of(current) if c.dep_ == "nsubj"]
        if subjects:
            return all(s.morph.get("Person", []) == ["1"] for s in subjects)
    return False


@lru_cache(maxsize=1)
def _regards() -> frozenset[str]:
    """The ``@regards`` words of ``object_classes.tsv`` (built once per process)."""
    return frozenset(object_classes().get("regards", ()))


def performed_regards(trigger: Trigger, frame: Frame) -> Frame:
    """The frame of ``trigger`` without its intent when it sends regards the speaker
    wishes to send ("I wish to send my condolences"); else ``frame`` unchanged."""
    if not frame.intent or frame.negated or frame.hypothetical or frame.governor is not None:
        return frame
    regards = _regards()
    objects = [c for c in children_of(trigger.token) if c.dep_ == "dobj"]
    if not objects or not all({o.lemma_.lower(), o.lower_} & regards for o in objects):
        return frame
    if not _first_person_wisher(trigger.token):
        return frame
    return replace(frame, intent=False, scheduled=False)
