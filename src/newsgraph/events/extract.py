"""Assemble events: one clause at a time, trigger -> frame -> participants -> when/where.

The polarity rules follow PLOVER: a negated cooperative act ("will not accept
refugees", "failed to reach agreement") is a REJECT; a promise of restraint
("will not attack") is an AGREE; a negated conflictual act did not happen and
is dropped; hypothetical acts ("could attack") and obligations ("must
withdraw") are dropped, the latter coded as the reporter's REQUEST ("X said
Y must withdraw"); intended cooperative acts ("will provide aid", "offered to
mediate") are AGREE and intended material conflict ("will impose sanctions",
"vowed to strike") is THREATEN, both flagged ``intent``; an act embedded under
another trigger ("threatened to strike", "urged them to talk") is the
governing trigger's content, not an event of its own. A plain past negation of
a meeting, gift or joint act ("did not meet", "haven't worked with him") is no
refusal: nothing took place, and nothing is coded; "has yet to concede" is
still to come; a verb conjoined to a negated one shares its "not" ("did not
concede or admit defeat").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np
import numpy.typing as npt
from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event, Place, Quote, evidence_from
from ..nlp import doc_text
from ..nlp.dateline import find_dateline
from .arguments import Participants, actors_of
from .dates import ResolvedDate, clause_tense, is_duration, resolve_date
from .frames import (
    Frame,
    Trigger,
    find_triggers,
    frame_of,
    marked,
    matching,
    token_hashes,
)
from .lexicon import COOPERATIVE, Lexicon, TriggerEntry, load_lexicon
from .places import lookup_place
from .roles import participants, same_act
from .screening import (
    advisory,
    asked,
    asserted,
    background,
    carried_or_posted,
    concern_for_no_one,
    contrast_or_state,
    forecast,
    habitual_present,
    habitual_relative,
    interrogative,
    lone_discussion,
    naming,
    no_one_involved,
    person_noun,
    spectators,
    stance_on_a_thing,
    standing_rule,
    unspecified,
    voting_intention,
)
from .speech import quoted_demands, stances

__all__ = ["ArticleContext", "article_context", "dateline_of", "events_of_sentence"]

_MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# Cooperative acts whose plain past negation ("did not meet") is no refusal; not
# accepting, approving or agreeing is one.
_LAPSING = frozenset({"CONSULT", "AID", "COOPERATE"})
_THREAT_MODES = {
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "COERCE": "arrest",
    "SANCTION": "relations",
    "PROTEST": "restrict",
}
# The synthetic entry of a demand found from "must"/"should" (no lexicon line).
_DEMAND = TriggerEntry(lemma="", pos="VERB", type="REQUEST", mode="demand")
_ACCUSE = TriggerEntry(lemma="", pos="VERB", type="ACCUSE", mode="accuse")
# Who "must" do something in a demand: an actor, or a person ("they must leave"),
# not a thing ("the name must not cite anyone").
# "we must ..." includes the speaker: an exhortation, no demand on another.
_PERSONAL = frozenset({"he", "she", "they", "you"})
# Pronouns that stand for an addressed party ("told Iraq that it must ...").
_PRONOUNS = _PERSONAL | {"it"}
# Words that make a judging verb's predicate praise ("called him a decent man", "called the
# deal a historic breakthrough"); ``acclaim`` words are read only there, not in speech.
_ACCLAIM = frozenset({"praise", "acclaim"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# prepositions that introduce whom an act is done with or to ("met with", "fired on")
_PARTNER_PREPS = frozenset({"with", "to", "on", "against", "upon"})
# Acts done at a place, so a place they are done to is where they happened
# ("shelled Kharkiv", "visited Tbilisi", "raided the town of Jenin"); a place
# acted on from afar is not ("sanctioned Russia", "condemned Israel").
_ON_THE_GROUND = frozenset({"ASSAULT", "COERCE", "CONSULT", "MOBILIZE", "PROTEST"})


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What every event of an article shares: text, actors, places, quotes, dates, dateline.

    ``text`` is the document's text, kept here because ``Doc.text`` is rebuilt
    from every token on each access (the dominant cost when read per event).

    ``actors`` also holds place stand-ins (see :func:`_place_proxies`), which
    carry their country actor's id.
    """

    text: str
    actors: tuple[Actor, ...]
    places: Sequence[Place]
    quotes: Sequence[Quote]
    published: datetime | None
    dateline: str | None
    # Per token, computed once per doc: lemma hashes, and whether the token may be
    # a trigger or is an obligation word ("must").
    lemmas: npt.NDArray[np.uint64]
    trigger_marks: tuple[int, ...]
    obligation_marks: tuple[int, ...]
    speech_marks: tuple[int, ...]  # judgement words ("illegal", "courageous", "violate")
    ents: tuple[Span, ...]  # the doc's entities, and their start tokens
    ent_starts: tuple[int, ...]


def dateline_of(text: str) -> str | None:
    """The dateline city of an article ("BAGHDAD (Reuters) - ..."), title-cased, or None."""
    found = find_dateline(text)
    return found.city(text) if found is not None else None


def _sentence_evidence(text: str, sent: Span) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _recode(
    type_: str, mode: str | None, frame: Frame, governed_intent: bool
) -> tuple[str, str | None, bool] | None:
    """Apply polarity and modality: the (type, mode, intent) to emit, or None to drop."""
    intent = frame.intent or governed_intent
    if frame.hypothetical:
        return None
    if frame.negated:
        if frame.lapsed and type_ in _LAPSING:
            return None  # "did not meet", "haven't worked with him": nothing took place
        if type_ in COOPERATIVE:
            return "REJECT", None, intent
        if intent and type_ in _MATERIAL_CONFLICT:
            # "vowed not to retaliate", "will not attack": a commitment to restraint.
            return "AGREE", None, True
        return None
    if intent:
        # A scheduled meeting ("will meet") stays a meeting (context "future");
        # offered, promised or otherwise intended cooperation is PLOVER's AGREE.
        scheduled_meeting = type_ == "CONSULT" and frame.scheduled and not governed_intent
        if type_ in COOPERATIVE and type_ != "AGREE" and not scheduled_meeting:
            return "AGREE", None, True
        if type_ in _MATERIAL_CONFLICT:
            return "THREATEN", _THREAT_MODES.get(type_), True
    return type_, mode, intent


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
    if is_duration(ent.text):
        return False  # "a six-day strike": how long, not when
    return ent.label_ == "DATE" or (ent.label_ == "TIME" and bool(_DAY_TIME.search(ent.text)))


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
        if any(c.dep_ == "advmod" and c.lower_ == "overnight" for c in anchor.children):
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
_HAPPEN = frozenset({"happen", "occur", "take", "begin", "start", "erupt", "break", "unfold"})
# verbs whose "-ing" complement is an act going on when they do ("began shelling the city")
_ASPECT = frozenset({"begin", "start", "continue", "resume", "keep", "stop", "finish"})
# verbs a noun act is in the "in" object of when one takes part ("took part in a protest")
_TAKE_PART = frozenset({"take", "participate", "engage", "join"})


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
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
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
        and not any(c.dep_ in ("mark", "aux") for c in verb.children)
        and not any(c.dep_ == "prep" and c.i < verb.i for c in verb.children)
        and verb.i > verb.head.i
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


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
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
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
        contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.head.children)
        since = any(c.lower_ == "since" and c.dep_ == "advmod" for c in verb.children)
        if contrast or since:
            return None
        verb = verb.head
        for ent in ents:
            if _dated(ent) and _attached_to(ent, verb):
                return ent.text
    return None


def _location(
    trigger: Token,
    ents: Sequence[Span],
    context: ArticleContext,
    type_: str,
    mode: str | None = None,
) -> str | None:
    """The place in a locative phrase on the trigger ("in Tehran"), else the place an act
    on the ground is done to ("shelled the city of Kharkiv") or a visit goes to ("his visit
    to Israel"), else the dateline."""
    anchors = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    # "attacked a police station in Kano", "met with rebel leaders in Kaduna": the place
    # of what or whom the act was done to
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ == "relcl":
        # "In Saraf, which was attacked twice": the noun the relative pronoun stands for
        objects = [trigger.head if c.tag_ in ("WDT", "WP") else c for c in objects]
    partners = {
        g: c.lower_
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    }
    found = _locative_place(anchors, through=True) or _locative_place(objects + list(partners))
    if found is None:
        # "a meeting of European ministers in Brussels", "killed dozens of militants in the
        # Mopti region": the parser hangs the place on the noun after "of"
        held = ([trigger] if trigger.pos_ == "NOUN" else []) + (
            objects if type_ in _ON_THE_GROUND else []
        )
        found = _locative_place(_of_objects(held))
    if found is None:
        # "near Pokrovsk, where troops repelled 41 assaults": where the noun is
        found = _where_place(anchors)
    if found is not None:
        return _entity_text(found, ents)
    if trigger.pos_ == "NOUN" and type_ in _ON_THE_GROUND:
        # "the Baghdad bombing", "the London talks": a place naming the act is its venue
        # (not "the Iran sanctions", decided elsewhere)
        # A country there is rather the doer ("a US airstrike", "the Iran talks").
        for child in trigger.children:
            if child.dep_ == "compound" and child.ent_type_ in _PLACE_LABELS:
                name = _entity_text(child, ents)
                entry = lookup_place(name, {a.country for a in context.actors if a.country})
                if entry is not None and entry.kind in ("city", "region"):
                    return name
    if type_ in _ON_THE_GROUND:
        # "fired on Gaza", "marched on the capital"; not "met with Iran"
        aimed = ("on", "upon", "against", "to") if mode == "visit" else ("on", "upon", "against")
        targets = [g for g, prep in partners.items() if prep in aimed]
        for obj in objects + targets:
            place = _place_token(obj)  # also when it is the recipient: "attacked Israel"
            if place is not None:
                return _entity_text(place, ents)
        if trigger.pos_ == "VERB":
            # "killed two soldiers and wounded five in Kabul": coordinated acts on the
            # ground share a place, and so do an act and its result clause ("exploded in
            # Baghdad, killing 16"); a condemnation and a warning "in Tonga" do not
            others = _coordinated(trigger)
            head = _result_head(trigger)
            if head is not None:
                others.append(head)  # "exploded in Baghdad, killing 16"
            found = _locative_place(
                others + [c for v in others for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
            )
            if found is not None:
                return _entity_text(found, ents)
    return context.dateline


def _of_objects(nouns: Sequence[Token]) -> list[Token]:
    """The objects of the "of" phrases on ``nouns`` ("a meeting of [ministers]")."""
    return [
        g
        for noun in nouns
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _where_place(anchors: Sequence[Token]) -> Token | None:
    """The place a relative clause opened by "where" stands for: "fighting continued near
    Pokrovsk, where troops repelled 41 assaults" (repelled at Pokrovsk)."""
    for anchor in anchors:
        if anchor.dep_ == "relcl" and any(
            c.lower_ == "where" and c.dep_ == "advmod" for c in anchor.children
        ):
            return _place_token(anchor.head)
    return None


def _locative_place(anchors: Sequence[Token], through: bool = False) -> Token | None:
    """The place in the first locative phrase on one of ``anchors`` ("in Tehran"); with
    ``through``, also through a place that is not one ("at a hotel in Nairobi")."""
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                place = _place_token(pobj)
                if place is None and through:
                    place = next(
                        (
                            p
                            for inner in pobj.children
                            if inner.dep_ == "prep" and inner.lower_ in _LOCATIVE
                            for g in inner.children
                            if g.dep_ == "pobj" and (p := _place_token(g)) is not None
                        ),
                        None,
                    )
                if place is not None:
                    return place
    return None


def _coordinated(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` ("killed ... and wounded"), not across "but"."""
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children):
        return []
    out = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        head = verb.head
        if not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children):
            out.append(head)
    return out


def _entity_text(token: Token, ents: Sequence[Span]) -> str:
    return next(e for e in ents if e.start <= token.i < e.end).text


# Common nouns of an area a place name before them names ("the Mopti region").
_AREA_NOUNS = frozenset(
    {
        "region", "province", "district", "state", "county", "city", "town", "village",
        "area", "governorate", "prefecture", "department", "municipality", "territory",
        "valley", "neighbourhood", "neighborhood", "suburb", "countryside", "enclave",
    }
)  # fmt: skip


def _place_token(pobj: Token) -> Token | None:
    """The place a locative object names: itself, or the place it is part of ("in the
    east of the Gaza Strip", "in the city of Mosul"), or the place naming an area ("in
    the Mopti region"; not "in the US embassy")."""
    if pobj.ent_type_ in _PLACE_LABELS:
        return pobj
    for of in pobj.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            inner = next((c for c in of.children if c.dep_ == "pobj"), None)
            if inner is not None and inner.ent_type_ in _PLACE_LABELS:
                return inner
    if pobj.lemma_.lower() in _AREA_NOUNS:
        # not "the U.S. port town of Laredo" (its "of" place, above)
        named = [c for c in pobj.children if c.dep_ == "compound" and c.ent_type_ in _PLACE_LABELS]
        if named:
            return named[-1]
    return None


def _in_direct_quote(start: int, context: ArticleContext) -> bool:
    return any(q.kind in ("direct", "partial") and q.start <= start < q.end for q in context.quotes)


def _reported_by(start: int, context: ArticleContext) -> str | None:
    for quote in context.quotes:
        if quote.speaker and quote.start <= start < quote.end:
            return quote.speaker
    return None


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What every event of one sentence shares, computed once per sentence."""

    span: Span
    ents: tuple[Span, ...]
    contexts: tuple[str, ...]  # the first two PLOVER contexts its words name
    start: int
    end: int


def _sentence(sent: Span, lexicon: Lexicon, context: ArticleContext) -> _Sentence:
    labels: list[str] = []
    for lemma in context.lemmas[sent.start : sent.end].tolist():
        label = lexicon.context_keys.get(lemma)
        if label and label not in labels:
            labels.append(label)
    start, end = _sentence_evidence(context.text, sent)
    # Span.ents walks every entity of the doc; the doc's are listed once per article.
    ents = context.ents
    first = bisect_left(context.ent_starts, sent.start)
    last = bisect_left(context.ent_starts, sent.end)
    inside = tuple(e for e in ents[first:last] if e.end <= sent.end)
    return _Sentence(sent, inside, tuple(labels[:2]), start, end)


def _context_label(where: _Sentence, intent: bool) -> str | None:
    return ",".join(where.contexts + (("future",) if intent else ())) or None


def _build(
    trigger: Trigger,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    where: _Sentence,
    lexicon: Lexicon,
    context: ArticleContext,
) -> Event:
    doc_text = context.text
    token = trigger.token
    ents = where.ents
    type_, mode, intent = coded
    cameo_override = trigger.entry.cameo if type_ == trigger.entry.type else None
    cameo, intensity = lexicon.code(type_, mode, cameo_override)
    phrase, dated = _dating(token, ents)
    tense = clause_tense(dated)
    when: ResolvedDate | None = resolve_date(phrase, context.published, tense)
    if when is not None and when.source == "published":
        shared = resolve_date(_shared_date(token, ents), context.published, tense)
        if shared is not None and shared.source == "text" and shared.precision in ("day", "week"):
            when = shared
    speaker = _reported_by(token.idx, context)
    if not parts.actors and parts.first_person and speaker:
        # "We attacked ..." inside a quote: the speaker's side did it.
        parts = Participants((speaker,), parts.recipient, True)
    if parts.recipient is not None and parts.recipient in parts.actors:
        parts = replace(parts, recipient=None)  # no one is on the receiving end of their own act
    return Event(
        type=type_,
        trigger=evidence_from(doc_text, token.idx, token.idx + len(token.text)),
        sentence=evidence_from(doc_text, where.start, where.end),
        actor=parts.actors[0] if parts.actors else None,
        recipient=parts.recipient,
        mode=mode,
        context=_context_label(where, intent),
        cameo=cameo,
        intensity=intensity,
        date=when.date if when else None,
        date_precision=when.precision if when else None,
        date_source=when.source if when else None,
        location=_location(token, ents, context, type_, mode),
        reported_by=speaker,
        intent=intent,
        actors=parts.actors,
    )


def _code_trigger(
    trigger: Trigger, frame: Frame, embedded: set[int]
) -> tuple[str, str | None, bool] | None:
    governor = frame.governor
    if governor is not None and governor.entry.governs != "intent":
        return None  # the governing trigger is the event ("threatened to strike")
    if trigger.token.i in embedded or trigger.entry.type is None:
        return None  # an intent word ("offered") whose content is coded instead
    return _recode(trigger.entry.type, trigger.entry.mode, frame, governor is not None)


#: A trigger ready to build: the trigger, its (type, mode, intent) and participants.
_Found = tuple[Trigger, tuple[str, str | None, bool], Participants]


def events_of_sentence(sent: Span, lexicon: Lexicon, context: ArticleContext) -> list[Event]:
    """The events of one sentence (one per coded trigger that is not background)."""
    triggers = find_triggers(sent, lexicon, context.trigger_marks)
    by_index = {t.token.i: t for t in triggers}
    found = _coded_triggers(triggers, by_index, lexicon, context)
    for token, parts in _demands(sent, by_index, lexicon, context):
        found.append((Trigger(token, _DEMAND), ("REQUEST", "demand", False), parts))
    found += _claims(found, by_index, lexicon, context)
    if context.quotes:
        found += _spoken(sent, lexicon, context, found)
    if not found:
        return []
    where = _sentence(sent, lexicon, context)
    events = []
    for trig, coded, parts in found:
        events.append(_build(trig, coded, parts, where, lexicon, context))
        for other in parts.others:  # one event per further coordinated recipient
            alone = replace(parts, recipient=other, others=())
            events.append(_build(trig, coded, alone, where, lexicon, context))
    return events


def _coded_triggers(
    triggers: list[Trigger],
    by_index: dict[int, Trigger],
    lexicon: Lexicon,
    context: ArticleContext,
) -> list[_Found]:
    frames = {t.token.i: frame_of(t, by_index, lexicon) for t in triggers}
    # Intent words with a coded complement ("offered to mediate") give way to it;
    # a threat takes its mode from what is threatened ("threatened to strike").
    embedded: set[int] = set()
    threatened: dict[int, str] = {}
    for trig in triggers:
        gov = frames[trig.token.i].governor
        if gov is not None and gov.entry.governs == "intent":
            embedded.add(gov.token.i)
        if gov is not None and gov.entry.type == "THREATEN" and trig.entry.type in _THREAT_MODES:
            threatened.setdefault(gov.token.i, _THREAT_MODES[trig.entry.type])
    found: list[_Found] = []
    for trig in triggers:
        coded = _code_trigger(trig, frames[trig.token.i], embedded)
        if coded is None:
            continue
        if trig.entry.governs == "intent" and trig.entry.pos in ("ADJ", "NOUN"):
            # "prepared to wait", "willing to pay more", "his intention to run for
            # president": no act is announced (an act that is a trigger is coded instead)
            continue
        if coded[0] == "THREATEN" and coded[1] is None and trig.token.i in threatened:
            coded = ("THREATEN", threatened[trig.token.i], coded[2])
        if coded[0] == "ACCUSE" and _praising(trig.token, lexicon):
            coded = ("SUPPORT", None, coded[2])  # "called Biden a decent man"
        in_quote = _in_direct_quote(trig.token.idx, context)
        speaker = _reported_by(trig.token.idx, context) if in_quote else None
        parts = participants(
            trig, by_index, context.actors, lexicon.modality, not in_quote, speaker
        )
        if (
            background(trig, parts)
            or stance_on_a_thing(trig, coded[0], parts)
            or asserted(trig, coded[0])
            or standing_rule(trig)
            or forecast(trig, coded[0])
            or lone_discussion(trig, coded[0], parts)
            or no_one_involved(trig)
            or contrast_or_state(trig)
            or habitual_relative(trig)
            or naming(trig)
            or person_noun(trig)
            or spectators(trig, coded[0])
            or carried_or_posted(trig)
            or concern_for_no_one(trig, coded[0], parts)
            or voting_intention(trig, coded[0], coded[2])
            or asked(trig)
            or unspecified(trig)
            or habitual_present(trig, coded[0])
            or advisory(trig, coded[0])
        ):
            continue
        if trig.entry.weak and not (parts.actors or parts.entity):
            continue  # "this win will allow me to ...": common words need a known doer
        if _home_visit(trig.token, coded, parts, context):
            continue
        if _session(trig.token, coded, parts, context):
            continue  # "the Senate will meet on Monday": a sitting, no consultation
        if _news_work(coded, parts, context):
            continue  # "Wikinews contacted the minister", "a BBC investigation": reporting
        found.append((trig, coded, parts))
    # "[Airstrikes] hit Sanaa": one act, coded by the noun (see ``same_act``).
    told = {t.token.head.i for t, _, _ in found if same_act(t, by_index)}
    return [f for f in found if f[0].token.i not in told]


def _news_work(
    coded: tuple[str, str | None, bool], parts: Participants, context: ArticleContext
) -> bool:
    """Whether a meeting or an inquiry is a news outlet's or a reporter's own work.

    A journalist who contacts, meets, talks to, hosts or investigates someone
    ("Wikinews contacted the candidate", "a BBC investigation found ...") reports on
    them: no consultation (CAMEO 04) or official inquiry (09). Only doers that are
    all of the media sector (MED) are read so; anyone else's act stays.
    """
    type_, mode, _ = coded
    if type_ != "CONSULT" and not (type_ == "ACCUSE" and mode == "investigate"):
        return False
    by_id = {actor.id: actor for actor in context.actors}
    doers = [by_id.get(i) for i in parts.actors]
    return bool(doers) and all(d is not None and d.sector == "MED" for d in doers)


def _home_visit(
    trigger: Token,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    context: ArticleContext,
) -> bool:
    """ "Palin flew to Ohio", "visiting the town of Pandeglang": travel to a city or
    region of one's own country is no diplomatic visit (CAMEO 042 is a visit to
    another party). A country named as the destination is left alone: "the Pope
    visited Turkey" is a visit even when the doer's country is mis-coded."""
    if coded[:2] != ("CONSULT", "visit") or not parts.actors:
        return False
    place = _destination(trigger, context)
    if place is None or place.kind not in ("city", "region") or not place.country:
        return False
    countries = {a.id: a.country for a in context.actors}
    return all(countries.get(d) == place.country for d in parts.actors)


# A body of one state sitting alone (a legislature, a cabinet, a court).
_SITTING_SECTORS = frozenset({"LEG", "GOV", "JUD"})


def _session(
    trigger: Token,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    context: ArticleContext,
) -> bool:
    """ "The Senate will meet on Monday", "during a Cabinet meeting", "a meeting of the
    Senate": a legislature, cabinet or court sitting with no one else is a session, no
    consultation between parties (CAMEO 04 needs two). Bodies of several states (the UN
    Security Council; the governments of two countries: "U.S. and Russian negotiators
    return for talks") and meetings with someone ("met with", "a meeting between") stay."""
    if coded[:2] != ("CONSULT", None) or parts.recipient is not None or not parts.actors:
        return False
    partners = ("with", "between", "among")
    if any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in partners)
        for c in trigger.children
    ):
        return False
    # "officials of the US and North Korea will meet", "foreign ministers will meet":
    # several parties, whoever the actors stage resolved
    clause = [trigger, trigger.head] if trigger.dep_ == "xcomp" else [trigger]  # "are to meet"
    subjects = [c for v in clause for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.subtree) for c in subjects):
        return False
    bodies = {a.id: a for a in context.actors}
    doers = [bodies.get(d) for d in parts.actors]
    if len({a.country for a in doers if a is not None and a.country}) > 1:
        # "U.S. and Russian negotiators return for talks": bodies of two states are two
        # parties, whatever the clause's grammar; a sitting is one state's
        return False
    return all(a is not None and a.type == "ORG" and a.sector in _SITTING_SECTORS for a in doers)


def _destination(trigger: Token, context: ArticleContext) -> Place | None:
    """The place a travel word's object or "to" phrase names ("flew to Ohio", "a visit
    to Texas", "visiting the town of X")."""
    targets = [c for c in trigger.children if c.dep_ == "dobj"] + [
        o
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    targets += [
        o
        for t in targets
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for token in targets:
        for place in context.places:
            if any(m.start <= token.idx < m.end for m in place.mentions):
                return place
    return None


def _praising(token: Token, lexicon: Lexicon) -> bool:
    """Whether a judging verb's predicate praises ("called him [a decent man]", "[wise]",
    "called the deal [a historic breakthrough]"); a censure word in it wins ("a great
    betrayal")."""
    for child in token.children:
        if child.dep_ == "dobj":
            # "called the elections "fair"": a predicate parsed as a trailing modifier
            words = [c for c in child.children if c.dep_ == "amod" and c.i > child.i]
        elif child.dep_ in ("oprd", "ccomp", "xcomp"):
            # "called it a [welcome] resolution", "a [milestone] event"
            words = [child, *(c for c in child.children if c.dep_ in ("amod", "compound"))]
        else:
            continue
        # a name is no praise ("a plan called the Great Giveaway")
        kinds = {
            lexicon.modality.get(w.lemma_.lower())
            for w in words
            if w.pos_ != "PROPN" and not (w.is_title and not w.is_sent_start)
        }
        if kinds & _ACCLAIM and "censure" not in kinds:
            return True
    return False


def _claims(
    found: list[_Found], triggers: dict[int, Trigger], lexicon: Lexicon, context: ArticleContext
) -> list[_Found]:
    """ "X claimed that Y attacked Z": asserting another's use of force accuses them (CAMEO 112).

    Only ``claim`` verbs (claim, charge, contend), not plain "said": a report
    of an attack is no accusation, a contested assertion of one is. The act
    itself stays coded as the claimant's report (``reported_by``).
    """
    out: list[_Found] = []
    for trig, coded, parts in found:
        head = trig.token.head
        if (
            trig.token.dep_ != "ccomp"
            or coded[0] not in _MATERIAL_CONFLICT
            or head.i in triggers
            or lexicon.modality.get(head.lemma_.lower()) != "claim"
        ):
            continue
        claimant = participants(Trigger(head, _ACCUSE), {}, context.actors, lexicon.modality)
        accused = next((a for a in parts.actors if a not in claimant.actors), None)
        if claimant.actors and accused:
            accusation = Participants(claimant.actors, accused, True)
            out.append((Trigger(head, _ACCUSE), ("ACCUSE", "accuse", False), accusation))
    return out


def _spoken(
    sent: Span, lexicon: Lexicon, context: ArticleContext, found: list[_Found]
) -> list[_Found]:
    """A speaker's own judgements and demands are the speaker's acts (see ``speech``)."""
    doc = sent.doc
    words = [doc[i] for i in matching(sent, context.speech_marks)]
    auxes = [doc[i] for i in matching(sent, context.obligation_marks)]
    spoken = stances(sent, words, lexicon, context.quotes, context.actors)
    spoken += quoted_demands(sent, auxes, lexicon, context.quotes, context.actors)
    done = {(coded[0], parts.actors[0]) for _, coded, parts in found if parts.actors}
    return [
        (Trigger(s.token, s.entry), (s.entry.type or "", s.entry.mode, False), s.parts)
        for s in spoken
        # "condemned it, calling it 'illegal'": already coded
        if (s.entry.type, s.parts.actors[0]) not in done
    ]


def _demands(
    sent: Span, triggers: dict[int, Trigger], lexicon: Lexicon, context: ArticleContext
) -> list[tuple[Token, Participants]]:
    """ "X said Y must Z": what someone says another must do is a demand (CAMEO 10).

    The trigger is the verb under "must"/"should"; the actor is the subject
    of the clause reporting it (or of the verb whose object carries it:
    "issued a reminder that Iraq must ..."), the recipient the one who must
    act. A reporting word that is itself a trigger ("urged", "warned") is
    already the event.
    """
    found = []
    # Only clauses with a "must"/"should" can be demands: start from those words.
    obliged = [sent.doc[i] for i in matching(sent, context.obligation_marks)]
    # "should Pierluisi remain unconfirmed": a "should" before its subject is a condition.
    clauses = dict.fromkeys(w.head for w in obliged if w.dep_ == "aux" and not _inverted(w))
    for token in clauses:
        if token.dep_ not in ("ccomp", "acl") or lexicon.modality.get(token.lemma_) == "state":
            continue  # "X said Y should feel proud": a state, no act demanded
        if any(
            c.dep_ == "mark" and lexicon.modality.get(c.lower_) == "hypothetical"
            for c in token.children
        ):
            continue  # "to determine whether Y must regulate": an open question
        head = token.head
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.i in triggers or token.head.i in triggers:
            continue
        if interrogative(head) and token.i > head.i:
            # "Why do you believe you ought to lead?": asked, no demand; but "he should
            # resign, what do you think?" demands first and asks after
            continue
        sayer = participants(Trigger(head, _DEMAND), {}, context.actors, lexicon.modality)
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        recipient = _first_other(subjects, sayer.actors, context)
        if recipient is None and any(c.lower_ in _PRONOUNS for c in subjects):
            # "told Iraq that it must ...", "a reminder to Iraq that it must ...":
            # a pronoun that must act is the one addressed.
            recipient = _first_other(_addressees(head, token.head), sayer.actors, context)
        personal = any(c.lower_ in _PERSONAL for c in subjects)
        if sayer.named and (recipient or personal):
            found.append((token, Participants(sayer.actors, recipient, True)))
    return found


def _inverted(aux: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in aux.head.children)


def _first_other(
    tokens: Sequence[Token], exclude: tuple[str, ...], context: ArticleContext
) -> str | None:
    """The first actor named by ``tokens`` that is not in ``exclude``."""
    return next(
        (a.id for t in tokens for a in actors_of(t, context.actors) if a.id not in exclude),
        None,
    )


def _addressees(*heads: Token) -> list[Token]:
    """Whom a reporting verb (or its noun) addresses: "told Iraq", "a reminder to Iraq"."""
    found = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
                found.append(child)
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _place_proxies(actors: Sequence[Actor], places: Sequence[Place]) -> tuple[Actor, ...]:
    """Stand-ins that let a place name an argument through its country's actor.

    "a visit to Beirut" or "an attack on Baghdad" is on the receiving end of
    the act; when the article has an actor for Lebanon or Iraq, the place's
    mentions point to it (CAMEO codes such targets by country).
    """
    by_country: dict[str, Actor] = {}
    for actor in actors:
        if actor.country and actor.type in ("COUNTRY", "GPE") and not actor.sector:
            best = by_country.get(actor.country)
            if best is None or (actor.type == "COUNTRY" and best.type != "COUNTRY"):
                by_country[actor.country] = actor
    proxies = []
    for place in places:
        owner = by_country.get(place.country or "")
        if owner is not None and place.mentions:
            proxies.append(replace(owner, mentions=place.mentions))
    return tuple(proxies)


def article_context(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[Place],
    quotes: Sequence[Quote],
    published: datetime | None,
) -> ArticleContext:
    """Gather what all events of ``doc`` share."""
    text = doc_text(doc)
    hashes = token_hashes(doc)
    lexicon = load_lexicon()
    ents = tuple(doc.ents)
    return ArticleContext(
        text=text,
        actors=tuple(actors) + _place_proxies(actors, places),
        places=places,
        quotes=quotes,
        published=published,
        dateline=dateline_of(text),
        lemmas=hashes[:, 0],
        trigger_marks=marked(hashes, lexicon.trigger_keys),
        obligation_marks=marked(hashes[:, 1:], lexicon.obligation_keys),
        speech_marks=marked(hashes, lexicon.speech_keys),
        ents=ents,
        ent_starts=tuple(e.start for e in ents),
    )
