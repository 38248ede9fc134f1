"""Needs and lacks: aid, help or talks that are needed or missing were not given or held.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "The villages need humanitarian assistance",
"districts that require urgent aid", "help is needed", "families in need of food aid",
"a lack of cooperation from the police", "the need for talks": a noun act that is the
object (or a passive's subject) of a verb of needing (``needing`` in ``cue_words.tsv``:
need, require, lack), or comes after "of" or "for" on a noun of want (``want_noun``:
need, lack, absence, shortage), names what is missing, and no one gave, held or did
it. A denial of need ("does not require outside assistance") is no refusal either.
The act a need was met by stays: "the aid they needed arrived", "sent the help the
towns needed" (the noun is no object of "need" there).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_words import cue_words
from .frames import Trigger

__all__ = ["needed_or_lacking"]

# Verbs whose object is wanted, not had: "need aid", "require assistance", "lack support".
_NEEDING = cue_words("needing")
# Nouns of want whose "of" or "for" names what is missing: "in need of aid", "lack of".
_WANT_NOUNS = cue_words("want_noun")
# Prepositions after a noun of want that name what is wanted.
_WANT_PREPS = frozenset({"of", "for"})


def needed_or_lacking(trigger: Trigger) -> bool:
    """Whether a noun trigger names an act needed or missing, not one done."""
    if trigger.entry.pos != "NOUN":
        return False
    token = _first_conjunct(trigger.token)
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass"):
        # "need food and medical aid", "assistance is urgently required"
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _NEEDING
    if token.dep_ == "pobj" and head.lower_ in _WANT_PREPS and head.dep_ == "prep":
        noun = head.head  # "in need of aid", "the lack of cooperation", "the need for talks"
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in _WANT_NOUNS
    return False


def _first_conjunct(word: Token) -> Token:
    """The first of the nouns ``word`` is coordinated with ("food and [aid]": "food")."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word
