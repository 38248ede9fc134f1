"""Undergone clauses: the people an outcome verb leaves or sees harmed are no doers.

Read by :func:`newsgraph.events.doers._subject`. "The clash left four soldiers dead
and six troops [injured]", "the unrest saw the consulate [torched]", "last week saw
seven soldiers [killed]": the parser often takes the noun before the participle for
its subject, but the sentence tells what befell it; the one who did it is not named
there. A clause of its own with an object ("saw rebels burn the flag") or an
auxiliary ("saw that rebels had burned it") keeps its subject. The words are data:
the ``outcome_holder`` and ``undergone_verb`` kinds of ``cue_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words

__all__ = ["undergone"]

# Verbs that hold what befell someone: "left ten dead", "saw the town shelled".
_HOLDERS = cue_words("outcome_holder")
# Verbs of harm or seizure whose bare participle tells what was done to its noun.
_UNDERGONE = cue_words("undergone_verb")


def undergone(verb: Token) -> bool:
    """Whether ``verb``'s subject underwent it in a clause an outcome verb holds: the
    second of "left X dead and Y [captured]", or "saw Y [torched]"."""
    if verb.lemma_.lower() not in _UNDERGONE or verb.tag_ not in ("VBN", "VBD"):
        return False
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in _HOLDERS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in children_of(verb)):
        return False
    if verb.dep_ == "conj":
        # "left four soldiers dead and six troops injured": a result like the first
        return any(c.dep_ == "oprd" for c in children_of(head))
    return verb.dep_ == "ccomp"
