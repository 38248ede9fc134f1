"""Frames: how the clause around a trigger frames it; the entry point of trigger lookup.

After :mod:`newsgraph.events.triggers` has found a sentence's triggers,
:func:`frame_of` reads the clause around each one: whether the event happened
or is negated ("did not attack"), hypothetical ("could attack", "if ...
attacked"), intended ("will attack", "vowed to attack"), or embedded under
another trigger ("threatened to attack", "urged them to attack"), in which case
the governing trigger is the event. :mod:`newsgraph.events.extract` then codes
the events from each trigger and its :class:`Frame`. The lookup names
(:class:`Trigger`, :func:`find_triggers`, :func:`marked`, :func:`matching`,
:func:`object_tokens`, :func:`token_hashes`) are re-exported here, so callers
import the whole step from this module. The small cues it asks of a verb or
noun on the way ("did not", "until ...", "take part in") live in
:mod:`newsgraph.events.clause_cues`; the climb itself is here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ._tokens import children_of
from .aims import (
    _arranged,
    _be_to,
    _expected_meeting,
    _founded_for,
    _must_now,
    _planned_content,
    _provided_for,
    _to_be_completed,
    _told_to,
    _unproven,
    _what_is_sought,
)
from .awaited_acts import awaited_by_clause
from .clause_cues import (
    _awaited,
    _conditioned,
    _contrasted,
    _copular_modality,
    _lapsed,
    _light_verb,
    _nor,
    _object_of_verb,
    _scheduled_setting,
    _shares_auxes,
    _someone_else,
    _sought_by_causative,
    _sourced,
    _unasserted,
    _verb_auxes,
    _verb_modality,
    _yet_to,
)
from .cue_words import cue_words
from .lexicon import Lexicon
from .modality import _NOUN_ONLY, _QUALIFIERS, _modal_kind, _own_modality
from .screening_denials import denied_claim
from .token_marks import marked, matching, token_hashes
from .triggers import (
    _PREP_DEPS,
    _PRT_DEPS,
    Trigger,
    _infinitive_advcl,
    find_triggers,
    object_tokens,
)

__all__ = [
    "Frame",
    "Trigger",
    "find_triggers",
    "frame_of",
    "marked",
    "matching",
    "object_tokens",
    "token_hashes",
]

# Dependencies along which an event is the content of the word above it
# ("threatened [to strike]", "accused them [of spying]", "reluctance [to allow]").
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl", "pcomp", "prep", "pobj", "advcl"})
# Prepositions that introduce the content of a word ("accused of", "called for").
_CONTENT_PREPS = frozenset({"of", "for", "from", "to", "about", "against"})
_UPWARD_LIMIT = 6
# Modality words that qualify only an infinitive they take: "to find a way to talk" has
# not talked, but "gave way to protests" did protest; "the failure to reach agreement"
# reached none, but "the failure of the talks" says how talks that took place ended.
_INFINITIVE_ONLY = cue_words("infinitive_only")


@dataclass(frozen=True, slots=True)
class Frame:
    """How the clause frames a trigger.

    ``governor`` is the trigger this one is embedded under (or None);
    ``negated``/``hypothetical``/``intent`` come from the trigger's own
    auxiliaries and from modality words above it up to that governor.
    """

    governor: Trigger | None
    negated: bool
    hypothetical: bool
    intent: bool
    scheduled: bool = False  # the intent comes only from the trigger's own "will"/"would"
    # Only a plain "did not"/"has not" on the trigger itself negates it: what did not
    # take place ("did not meet", "haven't worked with him"), no refusal.
    lapsed: bool = False


# Triggers whose object noun is only asked for or threatened ("demanded his resignation").
_ASKING = frozenset({"REQUEST", "THREATEN"})


def frame_of(trigger: Trigger, triggers: dict[int, Trigger], lexicon: Lexicon) -> Frame:
    """Work out the governor, negation, hypothesis and intent of ``trigger``.

    Walks up from the trigger through complement links until it meets another
    trigger (the governor) or leaves the clause; modality words met on the way
    ("vowed to", "refused to", "could", "if") qualify the event.
    """
    token = trigger.token
    classes, own_intent = _trigger_modality(trigger, lexicon)
    current = _clause_start(trigger, triggers)
    asked = _asked_for(trigger, triggers)
    if asked is not None:
        # "demanded Arroyo's resignation", "threatened a strike": what is asked for or
        # threatened has not taken place; the demand or threat is the event.
        return Frame(asked, False, False, False)
    above, governor = _climb(current, triggers, lexicon)
    above -= _expected_meeting(current, trigger.entry.type, lexicon)  # as "will meet"
    classes = _settled(trigger, classes | above, lexicon)
    if _in_condition(token, lexicon):
        classes.add("hypothetical")  # "will be held if they go on with the march"
    if _imperative(token):
        classes.add("obligation")  # "Abolish the Patriot Act": asked for, not done
    return Frame(
        governor=governor,
        lapsed=_lapsed(token, classes, lexicon),
        negated="negative" in classes,
        # What someone must do is not done (the demand is coded instead).
        hypothetical=bool(classes & {"hypothetical", "obligation"}),
        intent=own_intent or "intent" in classes,
        scheduled=own_intent and "intent" not in classes,
    )


def _trigger_modality(trigger: Trigger, lexicon: Lexicon) -> tuple[set[str], bool]:
    """The modality classes on the trigger itself (and its light verb), without intent,
    and whether its own words carry intent: that intent alone makes it ``scheduled``."""
    token = trigger.token
    # A noun's light verb carries its auxiliaries ("will hold talks" is scheduled).
    classes = _copular_modality(token, trigger, lexicon) | _verb_auxes(token, lexicon)
    if trigger.entry.type == "CONSULT":
        classes |= _occurring_auxes(token, lexicon)
    classes |= _onset_unrealised(trigger, lexicon) | _coming(trigger, lexicon)
    start = _clause_start(trigger, {})
    if _be_to(start) or _arranged(start) or _expected_meeting(start, trigger.entry.type, lexicon):
        classes.add("intent")  # "is to withdraw", "is going to release": as "will"
    if _scheduled_setting(token, lexicon):
        # "will meet him during the summit": a meeting still to come is a scheduled one
        # (as "will hold a summit"); "will fight at the rally" vows no rally of its own
        # (the fight is the vow): the rally is still to come, not coded
        classes.add("intent" if trigger.entry.type == "CONSULT" else "hypothetical")
    if _nor(token):
        classes.add("negative")  # "..., nor do we hand over people": not done either
    if _awaited(token, lexicon):
        classes.add("hypothetical")  # "until all nations have disarmed": still awaited
    own_intent = "intent" in classes
    classes.discard("intent")
    classes |= _verb_modality(token, lexicon)
    return classes, own_intent


def _occurring_auxes(noun: Token, lexicon: Lexicon) -> set[str]:
    """ "talks will resume next week", "the negotiations will start on Monday": a meeting
    noun that is the subject of a verb of occurring (modality.tsv occur) is still to come
    with that verb's "will" or "would", as with a light verb's ("will hold talks"), a
    scheduled meeting. Only the intent is read: "the meeting could not continue" met, and
    "violence will spread" says violence is going on (read only for CONSULT)."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return set()
    if _modal_kind(verb, lexicon) != "occur":
        return set()
    return _own_modality(verb, lexicon) & {"intent"}


def _onset_unrealised(trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """ "fighting could erupt again", "the attack could start at dawn", "fighting did not
    break out": a noun that is the subject of a verb that begins it (modality.tsv onset)
    with that verb's "could", "will", "not" or "if" has not taken place. A meeting's
    "will" is left to :func:`_occurring_auxes` (a scheduled meeting); a continuing verb
    ("violence will spread") is no onset: the act is going on."""
    noun = trigger.token
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return set()
    lemma = verb.lemma_.lower()
    particles = {f"{lemma}_{c.lower_}" for c in children_of(verb) if c.dep_ in _PRT_DEPS}
    if not (particles | {lemma}) & lexicon.onsets:
        return set()
    own = _own_modality(verb, lexicon) & _QUALIFIERS
    if trigger.entry.type == "CONSULT":
        own.discard("intent")
    return {"hypothetical"} if own else set()


def _coming(trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """ "the upcoming summit", "in its forthcoming meeting", "the planned attack", "an
    impending strike": a noun act with an adjective that puts it ahead (modality.tsv
    coming) is still to come, a scheduled meeting or an act not yet done."""
    token = trigger.token
    if trigger.entry.pos != "NOUN" or not any(
        c.dep_ == "amod" and c.lower_ in lexicon.coming for c in children_of(token)
    ):
        return set()
    return {"intent"} if trigger.entry.type == "CONSULT" else {"hypothetical"}


def _clause_start(trigger: Trigger, triggers: dict[int, Trigger]) -> Token:
    """Where the walk up starts: a noun's light verb (when no trigger) stands for it in
    the clause, else the trigger itself."""
    token = trigger.token
    verb = _light_verb(token) if trigger.entry.pos == "NOUN" else None
    if verb is not None and verb.i not in triggers:
        # "appealed to Britain to renew negotiations", "vowed to carry out attacks",
        # "refused to take part in the talks": the light verb's place in the clause
        # frames its noun.
        return verb
    return token


def _asked_for(trigger: Trigger, triggers: dict[int, Trigger]) -> Trigger | None:
    """The demand or threat whose object noun the trigger is, which is then the event."""
    token = trigger.token
    if trigger.entry.pos == "NOUN" and _object_of_verb(token) and token.head.i in triggers:
        asked = triggers[token.head.i]
        if asked.entry.type in _ASKING:
            return asked
    return None


# Nouns that, after "in", say why the act of their verb was done, not a second act.
_REPRISALS = cue_words("reprisal")


def _reprisal_of(noun: Token, prep: Token, triggers: dict[int, Trigger]) -> bool:
    """ "fired rockets in retaliation", "has the right to hit back in retaliation":
    a reprisal noun trigger under "in" on a trigger verb names that verb's act, which is
    coded (or not: a right, a threat) in its own frame; an act the reprisal is for ("in
    revenge for Israel's offensive") is not its content and keeps its own frame."""
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in _REPRISALS
        and prep.lower_ == "in"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "VERB"
        and prep.head.i in triggers
    )


def _link_up(
    current: Token, triggers: dict[int, Trigger], lexicon: Lexicon, classes: set[str]
) -> str | None:
    """The link the walk follows from ``current`` up to its head, or None where the walk
    stops; a "for ... to" clause under no trigger adds ``hypothetical`` to ``classes``."""
    if _for_to(current) and current.head.i not in triggers:
        classes.add("hypothetical")  # "made calls for the minister to be impeached"
    dep = "xcomp" if _infinitive_advcl(current) else current.dep_
    if dep == "relcl" and _modal_infinitive(current, lexicon):
        dep = "acl"  # "a way to talk", "a chance to negotiate" parsed as relative
    if (dep not in _EMBED_DEPS and dep != "conj") or current.head.i == current.i:
        return None
    if _describes(current, dep) and current.head.i not in triggers:
        return None  # "the budget proposal accepted by the cabinet": no content of the noun
    return dep


def _climb(
    start: Token, triggers: dict[int, Trigger], lexicon: Lexicon
) -> tuple[set[str], Trigger | None]:
    """Walk up through complement links from ``start``: the modality classes met on the
    way and the governing trigger, if the walk ends at one."""
    classes: set[str] = set()
    current = start
    for _ in range(_UPWARD_LIMIT):
        dep = _link_up(current, triggers, lexicon, classes)
        if dep is None:
            break
        below, current = current, current.head
        if _forgone(below, current, lexicon):
            classes.add("hypothetical")  # "rather than condemning the attack": not done
            break
        if dep == "conj" and current.i in triggers:
            shared, governor = _sibling(below, current, triggers, lexicon)
            return classes | shared, governor
        if current.dep_ in _PREP_DEPS and _conditioned(current, lexicon):
            classes.add("hypothetical")  # "is conditional upon Iran renouncing ...": not done
            break
        if below.i == start.i and _reprisal_of(below, current, triggers):
            # "would strike back in retaliation": the act the reprisal names is the event
            return classes, triggers[current.head.i]
        if _means(below, current):
            above, governor = _means_modality(current.head, triggers, lexicon)
            return classes | above, governor
        if current.dep_ in _PREP_DEPS and current.lower_ not in _CONTENT_PREPS:
            if _aimed_at(below, current, lexicon):
                classes.add("hypothetical")  # "working toward freeing them": not freed yet
            break  # "during a meeting", "after the attack": circumstance, not content
        if current.i in triggers:
            # An adverbial clause ("..., killing five") is a second event, not content.
            governor = None if dep == "advcl" else triggers[current.i]
            return classes | _governed_modality(current, governor, lexicon), governor
        if dep == "advcl":
            break
        classes |= _step_modality(below, current, dep, lexicon)
    return classes, None


def _imperative(token: Token) -> bool:
    """ "Abolish the Patriot Act and close the prison", "Protect the children": a bare verb
    that opens its sentence with no subject or auxiliary (or one conjoined to it) asks for
    the act; it does not report it."""
    verb = token
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
        verb = verb.head
    if verb.dep_ != "ROOT" or verb.tag_ != "VB" or token.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in children_of(verb)):
        return False
    words = [t for t in verb.sent if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].i == verb.i


def _in_condition(token: Token, lexicon: Lexicon) -> bool:
    """ "will be held if they go on with the march", "unless the talks with Iran
    succeed": an act named inside an "if" or "unless" clause (modality.tsv), below the
    clause's verb (whose own "if" marks it already), is only supposed. A relative clause or
    a past participle inside it reports its own act ("if the men who attacked the base are
    caught", "unless Ruritania pulls its troops out of the force sent to Vasta"), and so
    does a noun with its own source ("if the makers do not meet the government's requests")."""
    if token.pos_ == "NOUN" and _sourced(token):
        return False
    current = token
    for _ in range(_UPWARD_LIMIT):
        if current.dep_ in ("relcl", "ROOT") or current.head.i == current.i:
            return False
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return False
        current = current.head
        if current.dep_ == "advcl" and any(
            m.dep_ == "mark" and lexicon.modality.get(m.lower_) == "hypothetical"
            for m in children_of(current)
        ):
            return True
    return False


def _for_to(clause: Token) -> bool:
    """ "calls for the minister to resign", "made calls for him [to be impeached]", "it is
    vital for the army to withdraw": an infinitive whose subject "for" brings in is wished,
    planned or weighed, not reported as done; "it took a week for the army to withdraw" is
    (a governing trigger frames its content itself)."""
    children = list(children_of(clause))
    return (
        clause.head.i != clause.i
        and clause.head.lemma_.lower() != "take"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    )


def _forgone(below: Token, current: Token, lexicon: Lexicon) -> bool:
    """ "rather than condemning the attack, Russia praised it", "chose to fight rather than
    surrender": the act set aside for another (modality.tsv "rather_than", read as the
    preposition or conjunction with its adverb) is not done."""
    if below.dep_ == "pcomp":
        words = [current]
    elif below.dep_ == "conj":
        words = [c for c in children_of(current) if c.dep_ == "cc" and current.i < c.i < below.i]
    else:
        return False
    return any(
        lexicon.modality.get(f"{a.lower_}_{w.lower_}") == "hypothetical"
        for w in words
        for a in children_of(w)
        if a.dep_ == "advmod"
    )


def _aimed_at(below: Token, prep: Token, lexicon: Lexicon) -> bool:
    """ "continue working toward freeing the hostages", "a step towards ending the war": a
    gerund after a preposition of aim (modality.tsv) is what is worked for, not yet done."""
    return (
        below.dep_ == "pcomp"
        and below.tag_ == "VBG"
        and lexicon.modality.get(prep.lower_) == "hypothetical"
    )


def _means(below: Token, prep: Token) -> bool:
    """ "intends to expand its presence [by] sending forces": a gerund under "by" on a verb
    is the means of that verb's act, whatever the clause makes of it."""
    return (
        below.dep_ == "pcomp"
        and below.tag_ == "VBG"
        and prep.lower_ == "by"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _means_modality(
    verb: Token, triggers: dict[int, Trigger], lexicon: Lexicon
) -> tuple[set[str], Trigger | None]:
    """What the clause of the verb a means gerund hangs on makes of the means: "will
    retaliate by bombing", "intends to expand ... by sending forces" (intended), "did not
    respond by sending troops" (not known to be done), "threatened to respond by sending
    troops" (the threat is the event). The verb itself, a trigger or not, is a second act,
    not the governor: "retaliated by bombing the base" did both. A "not" above the means
    may deny the verb only ("are not admitting defeat by withdrawing" withdrew), so it
    leaves the means unknown rather than refused."""
    classes, governor = _climb(verb, triggers, lexicon)
    classes = classes | _own_modality(verb, lexicon)
    if "negative" in classes:
        classes = (classes - {"negative"}) | {"hypothetical"}
    if governor is not None and governor.entry.governs == "intent":
        classes.add("intent")  # "promised to help by sending troops": the promise's content
    return classes, governor


def _describes(clause: Token, dep: str) -> bool:
    """ "the budget proposal [accepted] by the cabinet", "the plan, [backed] by Canada", "a
    letter [asking] for an inquiry": a participle that modifies a noun says what was done
    with it or what it does, not what it aims at ("a proposal [to suspend] ..."), so the
    noun's modality does not reach it (a noun that is a trigger still governs it)."""
    if dep != "acl" or any(c.dep_ in ("aux", "mark") for c in children_of(clause)):
        return False
    # "contingent on the rebels releasing the hostages": a gerund with its subject after
    # a preposition, parsed as a modifier, is the content
    return clause.tag_ == "VBN" or (clause.tag_ == "VBG" and clause.head.dep_ != "pobj")


def _modal_infinitive(clause: Token, lexicon: Lexicon) -> bool:
    """An infinitive with no subject of its own that a modality noun takes ("a way to
    talk", "the chance to negotiate"), which the parser may label a relative clause."""
    return (
        clause.head.pos_ == "NOUN"
        and _modal_kind(clause.head, lexicon) is not None
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))
    )


def _sibling(
    below: Token, current: Token, triggers: dict[int, Trigger], lexicon: Lexicon
) -> tuple[set[str], Trigger | None]:
    """A trigger conjoined to a trigger: the classes it shares with that sibling, and the
    sibling's governor."""
    # "attacked the town and killed five": two events side by side; but "did
    # not concede or admit defeat" shares its "not" (unless "but" contrasts).
    # "demanded that X apologise and pledge ...": a sibling of an act
    # embedded under another trigger is embedded under it too.
    sibling = frame_of(triggers[current.i], triggers, lexicon)
    if not _shares_auxes(below, current):
        return set(), sibling.governor
    # "want her to quit or be removed": wished for, both of them
    shared = {
        kind
        for kind, holds in (
            ("negative", sibling.negated),
            ("hypothetical", sibling.hypothetical),
            ("intent", sibling.intent),
        )
        if holds
    }
    return shared, sibling.governor


def _governed_modality(current: Token, governor: Trigger | None, lexicon: Lexicon) -> set[str]:
    """What an intent governor's own modality makes of its content (nothing for others)."""
    if governor is None or governor.entry.governs != "intent":
        return set()
    # "is not prepared to negotiate", "did not offer to mediate": the intent
    # word's "not" (or "could") is its content's.
    classes = _copular_modality(current, governor, lexicon) - {"intent"}
    if governor.entry.pos == "NOUN":
        # "never had any intention to strike", "showed no willingness to
        # negotiate": the intent noun's "no" or its verb's "never" is too.
        classes |= (
            _own_modality(current, lexicon)
            | _verb_auxes(current, lexicon)
            | _verb_modality(current, lexicon)
        ) - {"intent"}
    return classes


def _step_modality(below: Token, current: Token, dep: str, lexicon: Lexicon) -> set[str]:
    """The classes one step up adds: the meaning of the word above and its own function
    words, as far as they reach the clause below."""
    classes: set[str] = set()
    # "Brown did not attend, and Miliband signed": a conjoined clause with a subject
    # of its own shares no "not", though it shares what governs both ("alleged that
    # X ... and that Y ...").
    own_clause = dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(below))
    # "would have faced impeachment but resigned": a contrasted conjunct with no
    # auxiliary of its own took place, whatever the first verb's "would"
    own_clause = own_clause or (dep == "conj" and _contrasted(below, current))
    if _sought_by_causative(below, current):
        classes.add("hypothetical")  # "tried to have him released": not done (yet)
    kind = _step_kind(below, current, dep, lexicon)
    if kind in _QUALIFIERS:
        classes.add(kind)
    above = set() if own_clause else _own_modality(current, lexicon)
    if "negative" in above and kind == "tell":
        # "did not announce whom they would support": unknown, not refused
        above = (above - {"negative"}) | {"hypothetical"}
    if _unproven(current, above, lexicon) or denied_claim(current):
        classes.add("hypothetical")  # "found no evidence that rebels attacked": unknown
    if current.pos_ == "NOUN" and kind != "intent":
        # "no knowledge of these donations" does not deny the donations, but
        # "no plans to withdraw" denies the withdrawal.
        above.discard("negative")
    return classes | above


def _step_kind(below: Token, current: Token, dep: str, lexicon: Lexicon) -> str | None:
    """The modality class the word above means for the act below it, if any."""
    # A conjoined verb is a sibling act ("sought the nomination but withdrew"):
    # its own meaning qualifies nothing, though auxiliaries it shares do ("will
    # attack and kill").
    kind = _modal_kind(current, lexicon) if dep != "conj" else None
    if current.lemma_.lower() in _NOUN_ONLY and current.pos_ != "NOUN":
        kind = None
    if current.lemma_.lower() in _INFINITIVE_ONLY and not (
        dep == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(below))
    ):
        kind = None
    if _what_is_sought(below, current, dep) or _planned_content(current, dep, lexicon):
        kind = "hypothetical"  # "the plan was to attack the base": sought, not done
    if _founded_for(below, current, dep) or _provided_for(below, current, dep, lexicon):
        kind = "hypothetical"  # "set up a committee to negotiate", "a bill to ban": a purpose
    if _must_now(below, current, dep):
        kind = "obligation"  # "the agency has to approve the deal": not done either
    if _told_to(below, current, dep):
        kind = "obligation"  # "told Iran to withdraw": demanded of Iran, not done
    if _suggested_doing(below, current, dep):
        kind = "hypothetical"  # "suggested sending troops": a suggestion, not done
    if kind == "intent" and _forecast(current):
        kind = "hypothetical"  # "Iran is expected to attack": others' forecast, no threat
    if kind == "intent" and _someone_else(below, current):
        kind = "hypothetical"  # "staff want him to resign": his act is only wished for
    elif kind == "prevent":
        kind = "negative"  # "stop attacking each other", "prevented them from leaving"
    elif kind == "negative" and current.dep_ == "amod":
        kind = None  # "stopped short of condemning", but "nothing short of insulting"
    return kind


def _suggested_doing(below: Token, current: Token, dep: str) -> bool:
    """ "suggested sending troops": a gerund suggested is only put forward, though "reports
    suggest the bomber detonated it" (a clause) says what likely took place."""
    return current.lemma_.lower() == "suggest" and dep == "xcomp" and below.tag_ == "VBG"


# Verbs of intent that, passive, forecast rather than intend: "Iran is expected to attack"
# is what others expect of Iran, not a threat Iran made ("Iran expects to sign" is).
_FORECASTS = cue_words("forecasting")


def _forecast(current: Token) -> bool:
    """ "is expected to attack": a passive verb of expecting, someone else's forecast."""
    return current.lemma_.lower() in _FORECASTS and any(
        c.dep_ == "auxpass" for c in children_of(current)
    )


def _settled(trigger: Trigger, classes: set[str], lexicon: Lexicon) -> set[str]:
    """The classes after the trigger's own last word: a noun's own source, "yet to",
    and "not yet" override or adjust what the clause above said."""
    token = trigger.token
    if trigger.entry.pos == "NOUN" and _sourced(token):
        # A noun act with its own source ("a demand from the US", "Iran's offer") took
        # place whatever the clause above does with it ("refused to respond to ...").
        # "could lead to penalties by the league": its own verb still says it may not happen
        own = _own_modality(token, lexicon) | _unasserted(token, trigger, lexicon)
        # though what a clause plans or prepares for is still to come (awaited_acts)
        classes = (own | _coming(trigger, lexicon) | awaited_by_clause(token)) - {"intent"}
    if _to_be_completed(token):
        classes = classes | {"hypothetical"}  # "efforts to complete the withdrawal"
    if _yet_to(token):
        classes = classes | {"hypothetical"}  # "has yet to concede": not done
    if "negative" in classes and any(c.lower_ == "yet" for c in children_of(token)):
        # "have not yet agreed": still open, neither done nor refused
        classes = (classes - {"negative"}) | {"hypothetical"}
    return classes
