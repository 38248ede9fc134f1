"""Polls: what a share of those asked holds is an opinion, not an act of anyone.

A screen of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest
of :mod:`newsgraph.events.screening`. "Only 31 percent of those questioned backed
the mayor", "over 60% agreed the army should leave", "recent polls have shown growing
support for the treaty", "a survey found that most Britons oppose the war": a share of
respondents, or a poll, reports views, and no party approved, agreed, supported or
opposed anything. What the respondents believe is their view too ("52% believe that
Iran threatens its neighbours" reports no threat). Votes are acts ("63% voted against
the treaty"). A share of a body that is no poll ("a majority of the senators backed
the bill") names people who acted, and stays; so does a share as a patient ("sixty
percent of the town was destroyed"). The words are data: the ``poll_share``,
``polling`` and ``ballot`` kinds of ``cue_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .frames import Trigger

__all__ = ["polled"]

# Words that make a subject a statistic or poll respondents: "percent", "%", "respondent".
_SHARES = cue_words("poll_share")
# Words of a poll, as nouns ("a survey found") or participles ("those polled").
_POLLING = cue_words("polling")
# Acts that are a stance or a word, which a poll reports as a view.
_VIEWS = frozenset({"SUPPORT", "AGREE", "ACCUSE", "REJECT", "REQUEST"})
# How the content of a view or of a finding hangs from the verb above it.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "conj"})
# Votes are cast, not views: "63% voted against the treaty" reports ballots.
_BALLOTS = cue_words("ballot")
# How far up a chain of clauses a poll is looked for ("a survey found that most of
# them said they oppose ..." is three clauses up).
_MAX_UP = 4


def polled(trigger: Trigger, type_: str) -> bool:
    """Whether a verb act reports what a share of poll respondents or a poll holds.

    The trigger's own subject, when it is a share or a poll, drops a stance or word
    ("31 percent approved", "polls have shown support"); a share above it, as the
    one who believes or says, drops any act ("70% said the army attacked civilians");
    a poll above it drops a stance ("a survey found that most oppose the war").
    """
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.lemma_.lower() in _BALLOTS:
        return False
    verb, steps = token, 0
    while True:
        subjects = _subjects(verb)
        own = verb.i == token.i
        if any(_share(s, verb) for s in subjects) and (type_ in _VIEWS or not own):
            return True
        if type_ in _VIEWS and any(_a_poll(s) for s in subjects):
            return True
        if verb.dep_ not in _CONTENT_DEPS or verb.head.i == verb.i or steps >= _MAX_UP:
            return False
        if verb.dep_ == "conj" and subjects:
            return False  # "68% wanted him out and many politicians called for it"
        verb, steps = verb.head, steps + 1


def _subjects(verb: Token) -> list[Token]:
    """Who holds or does what ``verb`` says: its subject; the noun a participle or a
    relative clause describes ("31 percent of those polled [approved]", parsed as a
    modifier); or, for a clause with no subject of its own, the object of the verb it
    hangs from ("found 71% [believe] that ...")."""
    found = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "agent" for c in children_of(verb)):
        found.append(verb.head)
    if not found and verb.dep_ == "ccomp":
        found.extend(c for c in children_of(verb.head) if c.dep_ == "dobj")
    return found


def _share(word: Token, verb: Token) -> bool:
    """Whether ``word`` is a share of people counted by a poll: a percentage ("over
    60%", "31 percent of voters") or respondents ("a majority of respondents", "most
    of those surveyed"). ``verb`` may hang from ``word`` ("31 percent of those polled
    [approved]") and is not read as part of it."""
    if _counted(word):
        return True
    if word.dep_ == "pobj" and word.head.lower_ == "of" and _counted(word.head.head):
        return True  # "percent of [those] polled"
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_counted(p) for p in children_of(c))
        for c in children_of(word)
        if c.i != verb.i
    )


def _counted(word: Token) -> bool:
    """A share word, a respondent, or those a poll describes ("those [polled]")."""
    if word.lemma_.lower() in _SHARES or word.lower_ in _SHARES:
        return True
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _POLLING
        for c in children_of(word)
    )


def _a_poll(word: Token) -> bool:
    """Whether ``word`` is a poll or a survey ("recent polls have shown ...")."""
    return word.lemma_.lower() in _POLLING and word.tag_ in ("NN", "NNS")
