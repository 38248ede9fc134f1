"""Questions: acts asked about, and views differing on a question, are no events.

Screens of :func:`newsgraph.events.extract.events_of_sentence`, read with the rest of
:mod:`newsgraph.events.screening` (which imports them back) after a trigger is coded
and its participants are found: an act named in a direct question ("Why did you quit
the party?") is asked about, not reported, and differing on how or whether something
is done ("do not agree on how inquiries work") refuses no one. Only the parse is read;
:mod:`newsgraph.events.demands` also asks :func:`interrogative` whether the verb
reporting a "should" clause asks a question ("Why do you believe you ought to lead?").
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .frames import Trigger

__all__ = ["asked", "interrogative", "open_question"]

# Question words: "why", "what", "which", "how", "who", "whose".
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_PAST_AUXES = frozenset({"did", "has", "have", "had"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"})


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause ``token`` is: itself, or the verb a noun is an argument of
    ("what is your final [plea]"); not a verb a noun is a circumstance of ("is it safer
    after the [attack]?" asks nothing about the attack)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ in _ARGUMENTS and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def interrogative(verb: Token) -> bool:
    """Whether ``verb`` heads a direct question: the question mark hangs from it and it
    opens with a question word or puts its auxiliary before its subject ("Why did you
    quit?", "Do you support the move?", "What is your plea?"). "You quit?" said with
    rising tone is left alone."""
    if not any(c.dep_ == "punct" and c.text == "?" for c in children_of(verb)):
        return False
    subjects = [c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects:
        auxes = [c.i for c in children_of(verb) if c.dep_ in _AUX_DEPS]
        if verb.pos_ == "AUX" and not auxes:
            auxes = [verb.i]  # "Is America safer?": the copula comes first
        if auxes and min(auxes) < min(subjects):
            return True
    return _wh_opened(verb)


def _wh_opened(verb: Token) -> bool:
    """ "why", "what" on the verb, or "which" on one of its arguments, before it."""
    wh = [t for c in children_of(verb) for t in (c, *children_of(c)) if t.tag_ in _WH_TAGS]
    return any(t.i < verb.i and t.dep_ != "relcl" and t.head.dep_ != "relcl" for t in wh)


# How far up from a clause a yes/no question that takes it may be.
_COMPLEMENT_STEPS = 3


def _asked_whether(verb: Token) -> bool:
    """ "Do you think Ruritania will invade Vastia?", "Shall we say the town must be
    bombed?": a clause that is the complement of a yes/no question is asked about with it,
    not reported. Under a question word the clause is most often taken as so ("Why do you
    think they attacked?", "How do you explain that attacks rose?", "Do you know why they
    attacked?") and stays, as does a clause said before the question ("They attacked
    first, do you agree?")."""
    current = verb
    for _ in range(_COMPLEMENT_STEPS):
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head.i == current.i:
            return False
        if any(c.tag_ in _WH_TAGS for c in children_of(current)):
            return False  # "Do you know why I disagree?": the act is taken as so
        current = current.head
        if interrogative(current):
            # "Iran attacked first, do you agree?" states first and asks after
            return verb.i > current.i and not _wh_opened(current)
    return False


def asked(trigger: Trigger) -> bool:
    """ "Why did you quit the party?", "Which candidates have you supported?", "What is
    your final plea to voters?": an act named in a direct question is asked about, not
    reported (interviews put many of these), and so is one in the clause a yes/no question
    takes (:func:`_asked_whether`). An act in a relative clause under the question is
    still read ("How do you explain the attacks that killed five?")."""
    verb = _clause_verb(trigger.token)
    while verb is not None and verb.dep_ == "conj" and not interrogative(verb):
        verb = verb.head  # "Which candidates have you backed and voted for?"
    if verb is None:
        return False
    if not interrogative(verb):
        # "Do you think Smith's accusation is fair?": a noun act the clause is about
        # took place; one it says there is or will be is asked about
        subject = trigger.token.dep_ in ("nsubj", "nsubjpass") and trigger.token.i != verb.i
        return not subject and _asked_whether(verb)
    # "Why did you quit the party?", "why has it refused the requests?": asking why a
    # past act was done takes it as done
    children = list(children_of(verb))
    why = any(c.lower_ == "why" for c in children)
    return not (why and any(c.dep_ == "aux" and c.lower_ in _PAST_AUXES for c in children))


_WH = frozenset({"how", "what", "whether", "who", "which", "when", "where", "why"})


def open_question(trigger: Trigger, type_: str) -> bool:
    """ "Members do not all agree on how inquiries work", "the courts disagreed as to
    whether ...": differing on a question is a difference of views, no refusal of
    anyone (a REJECT on `agree`/`disagree` with "on", "about", "over" or "as to" and a
    wh-clause); "agreed on how to share power" is an agreement and stays."""
    if type_ != "REJECT" or trigger.entry.lemma not in ("agree", "disagree"):
        return False
    for prep in children_of(trigger.token):
        if prep.dep_ == "prep" and prep.lower_ in ("on", "about", "over", "as"):
            after = [t for t in prep.subtree if t.i > prep.i][:2]
            if any(t.lower_ in _WH for t in after):
                return True
    return False
