"""Holding to blame, not holding still: "held X responsible" accuses, "held it firm" not.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest of
:mod:`newsgraph.events.screening`. The trigger lexicon reads "hold" with a predicate
("Kenya held Somalia responsible", "the officers were held accountable") as ACCUSE; but
"the line was held firm", "the old rites were held dear", "the prisoner was held
apart" and "the bank held assets worth ..." blame no one. A verb of the new
``holding`` kind of ``cue_words.tsv`` coded by its predicate frame stays an accusation
only when a predicate is a word of blame (``blame_predicate``: responsible,
accountable, liable, culpable, guilty, complicit). The predicate is the verb's
``oprd`` or an adjective the parser hung after its object ("held Somalia
[responsible]"), as the trigger lexicon reads it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger

__all__ = ["held_without_blame"]

# Verbs that blame through a predicate: "held them responsible".
_HOLDING = cue_words("holding")
# Predicates that put blame on someone: "responsible", "accountable", "liable".
_BLAME = cue_words("blame_predicate")


def held_without_blame(trigger: Trigger) -> bool:
    """Whether a "hold" coded as ACCUSE by its predicate frame has no word of blame as
    its predicate.

    Args:
        trigger: the coded trigger.
    """
    token = trigger.token
    entry = trigger.entry
    if entry.pos != "VERB" or entry.type != "ACCUSE" or "oprd" not in entry.deps:
        return False
    if token.lemma_.lower() not in _HOLDING:
        return False
    predicates = _predicates(token)
    return bool(predicates) and not any(p.lemma_.lower() in _BLAME for p in predicates)


def _predicates(verb: Token) -> list[Token]:
    """The verb's predicates: its ``oprd``, and an adjective after its object."""
    found = []
    for child in children_of(verb):
        if child.dep_ == "oprd":
            found.append(child)
        elif child.dep_ == "dobj":
            found.extend(
                a
                for a in children_of(child)
                if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > child.i
            )
    return found
