"""Things that give: what a plan, a deal or a law provides is no offer or aid by anyone.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "The new plan offers relief to farmers", "the
deal gives Ruritania access to the port", "this will give tenants some relief", "a
programme that provides loans to students": a verb of giving (``providing`` in
``cue_words.tsv``) whose subject is an instrument (``instrument``: plan, deal, bill,
programme, system ...), a standing text (a ``rule`` or ``norm`` word of
``modality.tsv``: law, treaty, constitution) or a bare demonstrative says what the
thing does or holds, and no party offered or gave anything. "Ruritania offered aid",
"the ministry provided tents" and "the plan was offered by the mayor" stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger
from .lexicon import load_lexicon
from .screening_background import _ACTING_ENTS

__all__ = ["given_by_a_thing"]

# Verbs of giving or offering something to someone.
_PROVIDING = cue_words("providing")
# Things that provide, as subjects of those verbs: "the plan offers", "the deal gives".
_INSTRUMENTS = cue_words("instrument")
# "This will give them relief": a demonstrative standing alone points to a thing.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which"})


def given_by_a_thing(trigger: Trigger) -> bool:
    """Whether a verb of giving has a thing, not a party, as its subject."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.lemma_.lower() not in _PROVIDING:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in children_of(token)):
        return False  # "the aid was provided by Ruritania": the agent is the giver
    subject = _subject(token)
    return subject is not None and _a_thing(subject)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``; of the verb it is the infinitive of ("the plan aims to
    [provide]") or of the clause a participle hangs from ("controls distort prices,
    while [providing] aid"); or the noun it describes ("a scheme [providing] loans", "a
    fund which [gives] grants", "the account set up to [provide] benefits")."""
    first = verb
    while True:
        found = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if found is not None and found.tag_ == "WDT" and verb.dep_ == "relcl":
            return verb.head  # "a fund which gives grants"
        if found is not None:
            return found
        if verb.dep_ == "acl" and not _infinitive(verb):
            return verb.head  # "a scheme providing loans", "the fund set up to provide"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i == first.i:
            verb = verb.head  # "subsidies distort prices, while providing aid ..."
        elif verb.dep_ == "xcomp" and not _object_of(verb.head):
            verb = verb.head
        else:
            return None  # "prompting the minister to offer": the minister offers


def _infinitive(verb: Token) -> bool:
    """ "an agreement to provide troops": what a noun's infinitive says is its content."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _object_of(verb: Token) -> bool:
    """Whether ``verb`` has an object, who then does what its infinitive says."""
    return any(c.dep_ in ("dobj", "dative") for c in children_of(verb))


def _a_thing(word: Token) -> bool:
    """An instrument, a standing text or a bare demonstrative; never a named party."""
    if word.ent_type_ in _ACTING_ENTS or word.pos_ == "PROPN":
        return False
    if word.tag_ == "DT":
        return word.lower_ in _DEMONSTRATIVES  # "this will give them relief"
    lemma = word.lemma_.lower()
    if lemma in _INSTRUMENTS:
        return True
    return load_lexicon().is_text(lemma)
