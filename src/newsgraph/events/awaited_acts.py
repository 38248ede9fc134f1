"""Noun acts of others that a clause plans, seeks or prepares for: still to come.

A noun act with a doer of its own ("a protest by the judges", "Iran's help") took
place whatever the clause above does with it when that clause reacts to it
("rejected an offer by the EU", "will respond to his insults"): :mod:`frames`
drops the clause's modality for such a noun. A verb of planning or wanting
(cue_words.tsv planning) looks ahead instead: "lawyers are preparing for a protest
by the judges", "the party wants Moscow's support", "seeks the minister's
resignation" name an act that has not taken place. Its doer is not the planner, so
the act is only awaited (hypothetical), not anyone's stated intent.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .clause_cues import _intending

__all__ = ["awaited_by_clause"]

# The preposition through which a verb of planning names what it looks ahead to
# ("prepare for the vote", "wish for peace").
_AHEAD_PREPS = frozenset({"for"})

# A clause of its own on the verb is what it seeks, with the noun only its subject.
_SOUGHT_CLAUSES = frozenset({"xcomp", "ccomp"})


def awaited_by_clause(noun: Token) -> set[str]:
    """``{"hypothetical"}`` when ``noun`` is the object of a present or future verb of
    planning or wanting, directly ("seeks X's resignation") or through "for"
    ("preparing for a strike by nurses"); otherwise an empty set.

    Args:
        noun: a noun event with a source of its own.

    Returns:
        The class the looking-ahead verb leaves on the noun act.
    """
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in _AHEAD_PREPS and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return set()
    if verb.pos_ not in ("VERB", "AUX") or not _intending(verb):
        return set()
    if any(c.dep_ in _SOUGHT_CLAUSES for c in children_of(verb)) or _infinitive_on(noun):
        return set()  # "want his conviction to be reviewed": the review is what is sought
    return {"hypothetical"}


def _infinitive_on(noun: Token) -> bool:
    """ "his conviction to be reviewed": an infinitive hung on the noun says what is
    sought of the act, which itself took place."""
    return any(
        c.dep_ in ("acl", "relcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        for c in children_of(noun)
    )
