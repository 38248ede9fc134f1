"""Which date phrase dates a trigger: attached to it, to the verb it completes, or shared.

The events stage's "when" step: after a trigger is coded and its participants
found, ``extract._build`` asks :func:`_dating` for the date phrase on the
trigger (or on the verb whose clause it completes or happens by) and, when that
gives only the publication date, :func:`_shared_date` for a date the trigger
shares with a coordinated act, a dated subject or the act whose result it is.
``dates.resolve_date`` then turns the phrase into a calendar date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ._tokens import children_of
from .cue_words import cue_words
from .dates import is_duration

_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# A TIME entity that names a day ("Sunday night", "late Tuesday", "last night"),
# not a clock time alone ("12:35 a.m.")
_DAY_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tonight|"
    r"last night)\b",
    re.IGNORECASE,
)


_NOUN_DATE_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _dated(ent: Span) -> bool:
    label = ent.label_
    if label not in ("DATE", "TIME"):
        return False  # (read first: a Span's text is built from its tokens at each call)
    text = ent.text
    if is_duration(text):
        return False  # "a six-day strike": how long, not when
    return label == "DATE" or bool(_DAY_TIME.search(text))


def _attached_to(ent: Span, anchor: Token) -> bool:
    """Whether a date phrase modifies ``anchor`` directly ("on Wednesday", "last week").

    A date inside another noun phrase ("after the October 7 massacre") dates
    that noun, not the event.
    """
    root = ent.root
    if root.dep_ in ("compound", "amod") and root.head.lower_ in _PARTS_OF_DAY:
        root = root.head  # "Thursday" of "Thursday evening", which modifies the verb
    if root.head.i == anchor.i and root.dep_ in ("npadvmod", "tmod", "obl", "advmod", "nmod"):
        return True
    if root.head.i == anchor.i and anchor.pos_ == "NOUN" and root.dep_ in _NOUN_DATE_DEPS:
        return True  # "Saturday's attack", "last week's vote", "the March 3 bombing"
    if root.dep_ == "npadvmod" and _qualifies(root.head, anchor):
        return True  # "seized it earlier this month": "month" under the adverb "earlier"
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.head.i == anchor.i or _qualifies(prep.head, anchor):
        return True  # "on Friday"; "late on Friday", "early on Monday"
    # "arrested two men in Paris on Tuesday": the date the parse hangs on the place
    place = prep.head
    return (
        place.ent_type_ in ("GPE", "LOC", "FAC")
        and place.dep_ == "pobj"
        and place.head.dep_ == "prep"
        and place.head.head.i == anchor.i
    )


_TIME_ADVERBS = frozenset({"early", "earlier", "late", "later"})


def _qualifies(word: Token, anchor: Token) -> bool:
    """Whether ``word`` is an adverb of time on ``anchor`` ("late" of "late on Friday")."""
    return word.dep_ == "advmod" and word.head.i == anchor.i and word.lower_ in _TIME_ADVERBS


def _date_phrase(trigger: Token, ents: Sequence[Span]) -> str | None:
    """The DATE entity (or a TIME naming a day: "Sunday night") attached to the trigger or its
    light verb ("held talks on Monday")."""
    anchors = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        anchors.append(trigger.head)
    for anchor in anchors:
        for ent in ents:
            if _dated(ent) and _attached_to(ent, anchor):
                return ent.text
        if any(c.dep_ == "advmod" and c.lower_ == "overnight" for c in children_of(anchor)):
            return "overnight"  # "rebels attacked the base overnight": the paper's night
    return None


def _dating(trigger: Token, ents: Sequence[Span]) -> tuple[str | None, Token]:
    """The trigger's date phrase and the word whose clause it dates: the trigger's own, else
    that of the verb it completes or happens by ("On Monday, rebels tried to storm the
    base", "the attack took place on Monday"), whose tense then reads the date ("On March
    24 we did not plan to seize it" is a past day, not a planned one)."""
    word: Token | None = trigger
    while word is not None:
        phrase = _date_phrase(word, ents)
        if phrase is not None:
            return phrase, word
        word = _governor(word)
    return None, trigger


# verbs a noun act is the subject of when it happens ("the attack took place on Monday")
_HAPPEN = cue_words("happening")
# verbs whose "-ing" complement is an act going on when they do ("began shelling the city")
_ASPECT = cue_words("aspect")
# verbs a noun act is in the "in" object of when one takes part ("took part in a protest")
_TAKE_PART = cue_words("taking_part")


def _governor(trigger: Token) -> Token | None:
    """The verb whose date ``trigger`` shares when it has none of its own: the verb an
    xcomp trigger completes ("tried to storm"), and the verb a noun act happens or is
    taken part in by ("the attack took place", "took part in a protest")."""
    head = trigger.head
    if head.i == trigger.i or head.pos_ not in ("VERB", "AUX"):
        if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
            verb = head.head
            if verb.pos_ == "VERB" and verb.lemma_ in _TAKE_PART and trigger.pos_ == "NOUN":
                return verb
        return None
    if trigger.dep_ == "xcomp" and trigger.pos_ == "VERB":
        # "tried to storm", "began shelling"; not what "admitted using" or "denied
        # ordering" tells of, which happened before the admission
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger))
        return head if infinitive or head.lemma_ in _ASPECT else None
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass"):
        return head if head.lemma_ in _HAPPEN else None
    return None


def _result_participle(verb: Token) -> bool:
    """A subjectless "-ing" clause that tells what its head's act did ("two cars exploded,
    killing 16"): it happened when the head did. Not one opened by a word of time or
    purpose ("before leaving", "after meeting"), which may be another day."""
    return (
        verb.tag_ == "VBG"
        and not _has_subject(verb)
        and not any(c.dep_ in ("mark", "aux") for c in children_of(verb))
        and not any(c.dep_ == "prep" and c.i < verb.i for c in children_of(verb))
        and verb.i > verb.head.i
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))


def _result_head(trigger: Token) -> Token | None:
    """The act whose result clause ``trigger`` is, or is coordinated into with no subject
    of its own ("a bomb went off in Kabul, killing six and wounding ten": went off)."""
    verb = trigger
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _has_subject(verb):
        verb = verb.head
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and _result_participle(verb):
        return verb.head
    return None


def _shared_date(trigger: Token, ents: Sequence[Span]) -> str | None:
    """The date of the verb ``trigger``'s clause is coordinated with, when the two
    acts share a day: "On Friday, twin attacks killed 72 people and wounded 149"; or
    the date of its subject when that is a dated act ("Saturday's blast killed 12"); or the
    date of the act whose result clause it is ("exploded on Monday, killing six").

    Not across "but" or "since" ("peaked on July 24 but has since declined"); the
    caller keeps it only when it names a day or a week ("made in 2000 and
    released ..." may be years apart).
    """
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    # "Saturday's blast killed twelve": a dated act as the subject dates what it did
    for subject in (c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        for ent in ents:
            if _dated(ent) and _attached_to(ent, subject):
                return ent.text
    while verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "advcl":
            if not _result_participle(verb) or _has_subject(trigger):
                return None
            verb = verb.head
            for ent in ents:
                if _dated(ent) and _attached_to(ent, verb):
                    return ent.text
            continue
        contrast = any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children_of(verb.head)
        )
        since = any(c.lower_ == "since" and c.dep_ == "advmod" for c in children_of(verb))
        if contrast or since:
            return None
        verb = verb.head
        for ent in ents:
            if _dated(ent) and _attached_to(ent, verb):
                return ent.text
    return None
