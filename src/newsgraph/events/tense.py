"""The tense of an event's clause, which places a date written without a year.

:func:`clause_tense` reads the auxiliaries and tags of the trigger's clause and of
the verbs it is an open complement of: "will meet", "is to meet", "is scheduled to
visit", "hopes to meet" are future, "said they would meet" the future of a reported
past, "was kidnapped", "had agreed", "a deal brokered in March" past.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words

__all__ = ["REPORTED_FUTURE", "clause_tense", "reported_past"]


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
# "said he would travel on Thursday": the future of a reported past ("would have" is not)
_FUTURE_IN_PAST = frozenset({"would", "'d"})
#: the tense of "said he would travel on Thursday": ahead of the paper for a weekday, but a
#: date with a month may lie before it ("threatened they would kill them by April 27" in a
#: May paper is this April, not next year's)
REPORTED_FUTURE = "reported-future"
# "is scheduled to meet on Monday", "is due to vote": an act set for a time to come
_SCHEDULE = cue_words("scheduling")
_SCHEDULE_FORMS = cue_words("scheduling_form")  # the model lemmatizes it "slat"
# "hopes to meet on Monday", "is preparing to vote on Friday", "is likely to sign": an
# intention or a likelihood now, of an act to come (not "hoped to meet": that may be past)
_INTENT = cue_words("intending")
_INTENT_FORMS = cue_words("intending_form")  # the model lemmatizes it "hop"
_PRESENT = frozenset({"VBZ", "VBP"})


def _clause_verb(trigger: Token) -> Token:
    """The verb whose tense is ``trigger``'s: a noun trigger takes its verb's ("held
    talks on Monday")."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            verb = trigger.head
        elif trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
            verb = trigger.head.head
    return verb


def _governing_verbs(verb: Token) -> list[Token]:
    """``verb`` and the verbs it is an open complement of or coordinated with, upwards:
    the auxiliaries of any of them may set the tense ("is scheduled to visit")."""
    words = [verb]
    while words[-1].dep_ in ("xcomp", "conj") and words[-1].head is not words[-1]:
        words.append(words[-1].head)
    return words


def _future_tense(words: list[Token]) -> str | None:
    """ "future" or :data:`REPORTED_FUTURE` when one of ``words`` (the clause's verbs,
    innermost first) says what is to come; None otherwise."""
    for n, word in enumerate(words):
        auxes = [c for c in children_of(word) if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_AUX for a in auxes):
            return "future"
        if any(a.lower_ in _FUTURE_IN_PAST for a in auxes) and not any(
            a.lemma_ == "have" for a in auxes
        ):
            return REPORTED_FUTURE
        governs = n > 0 and words[n - 1].dep_ == "xcomp"
        if governs and (
            word.lemma_ in _SCHEDULE
            or word.lower_ in _SCHEDULE_FORMS
            or word.lemma_ == "be"
            or (word.lemma_ == "go" and word.tag_ == "VBG")
        ):
            return "future"  # "is to meet", "is scheduled to visit", "going to sign"
        if governs and (word.lemma_ in _INTENT or word.lower_ in _INTENT_FORMS) and _present(word):
            return "future"  # "hopes to meet", "is preparing to vote", "is likely to sign"
    return None


def _present(word: Token) -> bool:
    """Whether a verb (or the adjective of "is likely") is in the present tense."""
    if word.tag_ in _PRESENT:
        return True
    if word.tag_ == "VBG":  # "is preparing"
        return any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in children_of(word))
    return word.pos_ == "ADJ" and word.head.tag_ in _PRESENT  # "is likely"


def _past_tense(words: list[Token]) -> bool:
    """Whether one of ``words`` (the clause's verbs) is in a past tense."""
    for word in words:
        auxes = [c for c in children_of(word) if c.dep_ in ("aux", "auxpass")]
        # a past tense, a perfect, or a bare participle ("a deal brokered in March")
        if word.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
            return True
    return False


def clause_tense(trigger: Token) -> str | None:
    """ "past", "future", :data:`REPORTED_FUTURE` or None (present, or no verb) for the
    clause of ``trigger``.

    Future: a modal "will"/"shall" ("will meet on Thursday"), or an act governed
    by "be to", "scheduled/set/due/expected/planned to", "going to"; past: a
    past-tense verb, a perfect or a participle ("was kidnapped", "had agreed",
    "a deal brokered in March"). A noun trigger takes the tense of its verb
    ("held talks on Monday"). "would" without "have" is the future of a reported
    past ("said they would meet on Thursday"): :data:`REPORTED_FUTURE`.
    """
    words = _governing_verbs(_clause_verb(trigger))
    future = _future_tense(words)
    if future is not None:
        return future
    return "past" if _past_tense(words) else None


def reported_past(verb: Token) -> bool:
    """Whether ``verb`` reports a past fact: past tense or a perfect or passive
    participle, with no modal, no negation and no 'if' or 'unless' of its own
    ("the siege lasted", "has lasted", "was carried out"; not "would lead to",
    "did not take place", "if it took place").

    Args:
        verb: the clause's verb.

    Returns:
        True when the clause states the act as a past fact.
    """
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    for child in children_of(verb):
        if child.dep_ == "neg" or child.tag_ == "MD":
            return False
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return False
    return True
