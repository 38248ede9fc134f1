"""Assemble events: one clause at a time, trigger -> frame -> participants -> when/where.

The events stage's per-sentence core: ``events.extract_events`` builds one
:class:`ArticleContext` per article (``context``) and calls
:func:`events_of_sentence` on each sentence. This module finds and codes the
triggers, screens them, adds demands (``demands``), claims and a speaker's own
judgements, and builds each ``Event``, dating it (``trigger_dates``) and placing
it (``trigger_places``); meetings that are no consultation are screened in
``meetings``.

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

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..actors.lexicon import lexicons
from ..model import Event, evidence_from
from ._tokens import children_of
from .arguments import Participants
from .context import ArticleContext, article_context, dateline_of
from .cue_words import cue_words
from .dates import ResolvedDate, clause_tense, narrated_year, resolve_date
from .demands import _DEMAND, _REPROACH, _demands, _directives, _reproaches
from .frames import Frame, Trigger, find_triggers, frame_of, matching
from .lexicon import COOPERATIVE, Lexicon, TriggerEntry
from .meetings import (
    _business_deal,
    _home_visit,
    _news_work,
    _private_dealings,
    _private_trip,
    _session,
)
from .police_raids import police_raid
from .regards import performed_regards
from .roles import civil_contest, participants, same_act
from .screening import (
    advisory,
    asked,
    asserted,
    background,
    carried_or_posted,
    concern_for_no_one,
    contrast_or_state,
    forecast,
    foreseen_doers,
    generic_gerund,
    habitual_present,
    habitual_relative,
    lone_discussion,
    naming,
    no_one_involved,
    open_question,
    person_noun,
    spectators,
    stance_on_a_thing,
    standing_rule,
    unspecified,
    voting_intention,
)
from .screening_background import a_danger
from .screening_beliefs import a_belief
from .screening_emphasis import emphasis_on_a_thing
from .screening_endanger import endangered
from .screening_fears import feared
from .screening_forces import done_by_a_force
from .screening_habits import habitual
from .screening_holding import held_without_blame
from .screening_needs import needed_or_lacking
from .screening_nouns import a_duty, singular_no_act
from .screening_polls import polled
from .screening_self_harm import self_inflicted
from .screening_texts import done_by_a_text
from .screening_things import given_by_a_thing
from .speech import SORT_NOUNS, quote_at, quoted_demands, stances
from .spoken_attacks import spoken_attack
from .trigger_dates import _attached_to as _attached_to
from .trigger_dates import _dating, _shared_date
from .trigger_places import _location
from .troops_abroad import sent_to_named_place

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
_ACCUSE = TriggerEntry(lemma="", pos="VERB", type="ACCUSE", mode="accuse")
# Words that make a judging verb's predicate praise ("called him a decent man", "called the
# deal a historic breakthrough"); ``acclaim`` words are read only there, not in speech.
_ACCLAIM = cue_words("acclaim")


def _sentence_evidence(text: str, sent: Span) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _recode(
    type_: str, mode: str | None, frame: Frame, governed_intent: bool, promised: bool = False
) -> tuple[str, str | None, bool] | None:
    """Apply polarity and modality: the (type, mode, intent) to emit, or None to drop.

    ``promised``: the act is the content of a promise verb ("committed to send troops").
    """
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
        if promised and type_ == "MOBILIZE" and mode == "troops":
            # "pledged to send troops", "is committing to deploy soldiers": a promise
            # of forces to someone is support offered (CAMEO 0312), no threat; "vowed"
            # and "ready to" deploy stay threats.
            return "AGREE", None, True
        if type_ in _MATERIAL_CONFLICT:
            return "THREATEN", _THREAT_MODES.get(type_), True
    return type_, mode, intent


def _in_direct_quote(start: int, context: ArticleContext) -> bool:
    return any(q.kind in ("direct", "partial") and q.start <= start < q.end for q in context.quotes)


def _reported_by(start: int, context: ArticleContext) -> str | None:
    quote = quote_at(start, context.quotes)
    return quote.speaker if quote else None


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
    when = _event_date(token, ents, context)
    speaker = _reported_by(token.idx, context)
    parts = _settled_parts(parts, speaker)
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


def _event_date(
    token: Token, ents: tuple[Span, ...], context: ArticleContext
) -> ResolvedDate | None:
    """The date of the trigger's clause; a day or week named for a shared phrase wins
    over a date that is only the publication's."""
    phrase, dated = _dating(token, ents)
    tense = clause_tense(dated)
    year = narrated_year(dated, phrase, context.published)
    when: ResolvedDate | None = resolve_date(phrase, context.published, tense, year)
    if when is not None and when.source == "published":
        also = _shared_date(token, ents)
        also_year = narrated_year(token, also, context.published)
        shared = resolve_date(also, context.published, tense, also_year)
        if shared is not None and shared.source == "text" and shared.precision in ("day", "week"):
            when = shared
    return when


def _settled_parts(parts: Participants, speaker: str | None) -> Participants:
    """The participants as emitted: a quoted "we" is the speaker's side, and no one is
    the recipient of their own act."""
    if not parts.actors and parts.first_person and speaker:
        # "We attacked ..." inside a quote: the speaker's side did it.
        parts = Participants((speaker,), parts.recipient, True)
    if parts.recipient is not None and parts.recipient in parts.actors:
        parts = replace(parts, recipient=None)  # no one is on the receiving end of their own act
    return parts


def _bare_offer(trig: Trigger, by_index: dict[int, Trigger]) -> bool:
    """ "Sony offered to replace the consoles", "offered to kiss the crowd": an offer
    (an intent verb whose frame needs a complement) announces a political act (CAMEO
    03) only when its complement holds a trigger ("offered to engage in a dialogue",
    "offered to help train the police"); a complement that is itself one is coded
    instead ("offered to mediate")."""
    if trig.entry.governs != "intent":
        return False
    clauses = [c for c in children_of(trig.token) if c.dep_ == "xcomp"]
    return bool(clauses) and not any(
        t.i in by_index and by_index[t.i].entry.type for c in clauses for t in c.subtree
    )


def _code_trigger(
    trigger: Trigger, frame: Frame, embedded: set[int]
) -> tuple[str, str | None, bool] | None:
    governor = frame.governor
    if governor is not None and governor.entry.governs != "intent":
        return None  # the governing trigger is the event ("threatened to strike")
    if trigger.token.i in embedded or trigger.entry.type is None:
        return None  # an intent word ("offered") whose content is coded instead
    promised = governor is not None and governor.entry.pos == "VERB"
    # "will send troops to Afghanistan": support offered, as a promise is (troops_abroad.py)
    promised = promised or sent_to_named_place(trigger.token)
    return _recode(trigger.entry.type, trigger.entry.mode, frame, governor is not None, promised)


#: A trigger ready to build: the trigger, its (type, mode, intent) and participants.
_Found = tuple[Trigger, tuple[str, str | None, bool], Participants]


def events_of_sentence(sent: Span, lexicon: Lexicon, context: ArticleContext) -> list[Event]:
    """The events of one sentence (one per coded trigger that is not background)."""
    triggers = find_triggers(sent, lexicon, context.trigger_marks)
    by_index = {t.token.i: t for t in triggers}
    found = _coded_triggers(triggers, by_index, lexicon, context)
    for token, parts in _demands(sent, by_index, lexicon, context) + _directives(
        sent, by_index, lexicon, context
    ):
        found.append((Trigger(token, _DEMAND), ("REQUEST", "demand", False), parts))
    for token, parts in _reproaches(sent, by_index, lexicon, context):
        found.append((Trigger(token, _REPROACH), ("ACCUSE", "disapprove", False), parts))
    found += _claims(found, by_index, lexicon, context)
    found += _charged_for(found)
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
    frames = {t.token.i: performed_regards(t, frame_of(t, by_index, lexicon)) for t in triggers}
    embedded, threatened = _governed(triggers, frames)
    found: list[_Found] = []
    for trig in triggers:
        coded = _code_trigger(trig, frames[trig.token.i], embedded)
        if coded is None or _announces_nothing(trig, by_index):
            continue
        coded = _recoded_by_content(trig, coded, threatened, lexicon)
        in_quote = _in_direct_quote(trig.token.idx, context)
        speaker = _reported_by(trig.token.idx, context) if in_quote else None
        parts = participants(
            trig, by_index, context.actors, lexicon.modality, not in_quote, speaker
        )
        coded = spoken_attack(trig, coded, parts, context.actors)  # "Biden attacked Trump"
        coded = police_raid(trig, coded, parts, context.actors)  # "raids by the police"
        if _screened(trig, coded, parts) or _no_political_act(trig, coded, parts, context):
            continue
        found.append((trig, coded, parts))
    # "[Airstrikes] hit Sanaa": one act, coded by the noun (see ``same_act``).
    told = {t.token.head.i for t, _, _ in found if same_act(t, by_index)}
    return [f for f in found if f[0].token.i not in told]


def _governed(triggers: list[Trigger], frames: dict[int, Frame]) -> tuple[set[int], dict[int, str]]:
    """The intent words whose complement is coded instead, and the mode each threat takes
    from what it threatens."""
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
    return embedded, threatened


def _announces_nothing(trig: Trigger, by_index: dict[int, Trigger]) -> bool:
    """Whether an intent word announces no act of its own, so nothing is coded for it."""
    if trig.entry.governs == "intent" and trig.entry.pos in ("ADJ", "NOUN"):
        # "prepared to wait", "willing to pay more", "his intention to run for
        # president": no act is announced (an act that is a trigger is coded instead)
        return True
    # "offered to sing", "offered to replace the phones": no political act
    return "xcomp" in trig.entry.deps and _bare_offer(trig, by_index)


def _recoded_by_content(
    trig: Trigger,
    coded: tuple[str, str | None, bool],
    threatened: dict[int, str],
    lexicon: Lexicon,
) -> tuple[str, str | None, bool]:
    """The code after what a trigger governs: a threat's mode, a judging verb's praise."""
    if coded[0] == "THREATEN" and coded[1] is None and trig.token.i in threatened:
        coded = ("THREATEN", threatened[trig.token.i], coded[2])
    if coded[0] == "ACCUSE" and _praising(trig.token, lexicon):
        coded = ("SUPPORT", None, coded[2])  # "called Biden a decent man"
    return coded


#: the screens that read the trigger alone (the others below also need its type or roles)
_TRIGGER_SCREENS: tuple[Callable[[Trigger], bool], ...] = (
    a_danger, standing_rule, foreseen_doers, no_one_involved, contrast_or_state,
    habitual_relative, naming, person_noun, carried_or_posted, asked, unspecified,
    given_by_a_thing, habitual, singular_no_act, a_duty, endangered, a_belief,
    held_without_blame, self_inflicted, needed_or_lacking, done_by_a_text, feared,
)  # fmt: skip


def _screened(trig: Trigger, coded: tuple[str, str | None, bool], parts: Participants) -> bool:
    """Whether a screen of :mod:`newsgraph.events.screening` finds no act took place."""
    kind = coded[0]
    return (
        background(trig, parts)
        or stance_on_a_thing(trig, kind, parts)
        or asserted(trig, kind)
        or forecast(trig, kind)
        or lone_discussion(trig, kind, parts)
        or spectators(trig, kind)
        or concern_for_no_one(trig, kind, parts)
        or voting_intention(trig, kind, coded[2])
        or habitual_present(trig, kind)
        or advisory(trig, kind)
        or open_question(trig, kind)
        or generic_gerund(trig, parts)
        or polled(trig, kind)
        or done_by_a_force(trig, coded[1])
        or emphasis_on_a_thing(trig, kind, parts)
        or any(screen(trig) for screen in _TRIGGER_SCREENS)
    )


def _kin_doer(verb: Token) -> bool:
    """ "Her father thanked the donor's family": someone's kin is a person the text names,
    though no actor (a person's kin is not that person), so a common word keeps its act
    with an unknown doer, as "rebels attacked" does."""
    kin = lexicons().kin
    return any(
        c.dep_ == "nsubj" and c.lower_ in kin and any(p.dep_ == "poss" for p in children_of(c))
        for c in children_of(verb)
    )


def _no_political_act(
    trig: Trigger,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    context: ArticleContext,
) -> bool:
    """Whether the act is no political one: a common word with no known doer, a private
    visit or trip, a sitting, news work or commerce."""
    if trig.entry.weak and not (parts.actors or parts.entity or _kin_doer(trig.token)):
        return True  # "this win will allow me to ...": common words need a known doer
    if _home_visit(trig.token, coded, parts, context) or _private_trip(
        trig.token, coded, parts, context
    ):
        return True
    if _private_dealings(coded, parts, context):
        return True  # "he met guitarist Jo Doe as a teenager": private persons
    if _session(trig.token, coded, parts, context):
        return True  # "the Senate will meet on Monday": a sitting, no consultation
    if civil_contest(trig.token, coded[0], parts, context.actors):
        return True  # "a battle between Bush and Congress": politics, no assault
    if _news_work(trig.token, coded, parts, context):
        return True  # "Wikinews contacted the minister", "a BBC investigation": reporting
    # "Toyota is working with suppliers": commerce
    return _business_deal(coded, parts, context)


def _praising(token: Token, lexicon: Lexicon) -> bool:
    """Whether a judging verb's predicate praises ("called him [a decent man]", "[wise]",
    "called the deal [a historic breakthrough]"); a censure word in it wins ("a great
    betrayal")."""
    for child in children_of(token):
        if child.dep_ == "dobj":
            # "called the elections "fair"": a predicate parsed as a trailing modifier
            words = [c for c in children_of(child) if c.dep_ == "amod" and c.i > child.i]
        elif child.dep_ in ("oprd", "ccomp", "xcomp"):
            # "called it a [welcome] resolution", "a [milestone] event"
            words = [child, *(c for c in children_of(child) if c.dep_ in ("amod", "compound"))]
        else:
            continue
        # a name is no praise ("a plan called the Great Giveaway")
        kinds = {
            lexicon.modality.get(w.lemma_.lower())
            for w in words
            if w.pos_ != "PROPN"
            and not (w.is_title and not w.is_sent_start)
            and not (w.pos_ == "NOUN" and w.lower_ in SORT_NOUNS)  # "some kind of ploy"
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


# Verbs of arresting: whom they hold is suspected, not yet judged ("jailed", "sentenced"
# punish a wrong already judged, no allegation).
_ARRESTING = cue_words("arresting")
# What someone is held "for" that states no wrong: "detained for questioning".
_NO_CHARGE = cue_words("no_charge")


def _charged_for(found: list[_Found]) -> list[_Found]:
    """ "was arrested for collaborating with Israel", "police detained him for spying":
    the reason for an arrest names the wrong its target is suspected of, an accusation
    (CAMEO 112) by the same doer beside the arrest, on the act it names; "detained for
    questioning" states none, "for ten days" is no act, and "was sentenced (jailed) for
    spying" punishes a wrong already judged: the punishment is the one event."""
    out: list[_Found] = []
    for trig, coded, parts in found:
        if coded[0] != "COERCE" or coded[2] or trig.token.lemma_.lower() not in _ARRESTING:
            continue
        acts = [
            c
            for prep in children_of(trig.token)
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for c in children_of(prep)
            if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() not in _NO_CHARGE
        ]
        if acts:
            out.append((Trigger(acts[0], _ACCUSE), ("ACCUSE", "accuse", False), parts))
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
