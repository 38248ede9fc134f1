"""What a plan or a bill would do: the content of a text, not an act of anyone's.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "The plan calls for the army to withdraw", "the
new legislation would urge banks to lower fees", "one proposed change will deny
benefits to anyone who refuses work", "the bill would ban imports": a verb whose doer
(:func:`newsgraph.events.screening_forces._doer`) is an instrument (``instrument`` in
``cue_words.tsv``: plan, proposal, deal, bill, reform, change ...) or a standing text
(a ``rule`` or ``norm`` word of ``modality.tsv``: law, treaty, provision ...), in
the simple present or under a modal, says what the text holds or would bring about;
no party did it. :func:`newsgraph.events.screening.standing_rule` reads a standing
text's simple present already; this adds instruments and modals. A text's act in the
past ("the law banned smoking", "the deal has lifted the embargo") and a participle
on it ("a resolution imposing sanctions on Iran", how an act of the Council is
reported) stay, as does every named doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger
from .lexicon import load_lexicon
from .screening_background import _ACTING_ENTS
from .screening_forces import _doer

__all__ = ["done_by_a_text"]

# Instruments as doers: "the plan calls for", "the reform would deny".
_INSTRUMENTS = cue_words("instrument")
# Prepositions that name a text's owner: "the proposal by the EU", "the plan of Egypt".
_OWNER_PREPS = frozenset({"by", "from", "of"})
# How far up a chain of complements ("is expected to ban") the doer's verb is sought.
_MAX_STEPS = 3


def done_by_a_text(trigger: Trigger) -> bool:
    """Whether a verb trigger's doer is a plan, a bill or a law, in the simple present
    or under a modal."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.dep_ == "acl":
        return False
    doer = _doer(token)
    if doer is None or doer.ent_type_ in _ACTING_ENTS or doer.pos_ == "PROPN":
        return False
    if not _a_text(doer) or _owned(doer):
        return False
    return _present_or_modal(token, doer)


def _a_text(word: Token) -> bool:
    """An instrument or a standing text (``rule`` or ``norm`` of ``modality.tsv``)."""
    lemma = word.lemma_.lower()
    return lemma in _INSTRUMENTS or load_lexicon().is_text(lemma)


def _owned(text: Token) -> bool:
    """ "Iran's proposal calls for", "the plan by the three EU members urges": a text a
    named party owns says what that party asks or offers."""
    for child in children_of(text):
        if child.dep_ == "poss" and child.ent_type_ in _ACTING_ENTS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in _OWNER_PREPS
            and any(w.ent_type_ in _ACTING_ENTS for w in child.subtree)
        ):
            return True
    return False


def _present_or_modal(verb: Token, doer: Token) -> bool:
    """Whether a verb on the way from ``verb`` up to the clause of ``doer`` has a modal
    ("would urge", "will deny"), or that clause is in the simple present ("calls for");
    a past on the way ("was to ban", "aimed to deny") makes it a past act."""
    for _ in range(_MAX_STEPS):
        children = children_of(verb)
        if any(c.tag_ == "MD" for c in children):
            return True
        if verb.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children
        ):
            return False
        if _clause_of(verb, doer):
            auxiliaries = any(c.dep_ in ("aux", "auxpass") for c in children)
            return verb.tag_ in ("VBZ", "VBP") and not auxiliaries
        if any(c.dep_ == "aux" and c.tag_ not in ("MD", "TO") for c in children):
            return False  # "[the groups] are demanding": a tense of its own, its own doer
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _clause_of(verb: Token, doer: Token) -> bool:
    """Whether ``doer`` is the subject or the passive agent of ``verb``, or the noun its
    relative clause modifies."""
    head = doer.head
    if head.i == verb.i or (verb.dep_ == "relcl" and verb.head.i == doer.i):
        return True
    return head.dep_ == "agent" and head.head.i == verb.i
