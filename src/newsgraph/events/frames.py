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
import the whole step from this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ._tokens import children_of
from .aims import (
    _arranged,
    _be_to,
    _founded_for,
    _must_now,
    _planned_content,
    _to_be_completed,
    _told_to,
    _unproven,
    _what_is_sought,
)
from .lexicon import Lexicon
from .modality import _NOUN_ONLY, _QUALIFIERS, _modal_kind, _own_modality
from .triggers import (
    _PREP_DEPS,
    Trigger,
    _infinitive_advcl,
    find_triggers,
    marked,
    matching,
    object_tokens,
    token_hashes,
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
_INFINITIVE_ONLY = frozenset({"way", "failure"})


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
# Auxiliaries of a past or perfect act ("did not meet", "has not worked with").
_PAST_AUXES = frozenset({"did", "has", "have", "had"})


def _copular_modality(token: Token, trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """The token's own modality; an adjective's also comes from its copula ("is not
    prepared to", "would be willing to")."""
    classes = _own_modality(token, lexicon)
    if trigger.entry.pos == "ADJ" and token.dep_ == "acomp":
        classes |= _own_modality(token.head, lexicon)
    return classes


def _conditioned(prep: Token, lexicon: Lexicon) -> bool:
    """Whether a preposition states a condition ("conditional upon", "contingent on",
    "eligible for"), hung from the adjective or from its copula beside it."""
    head = prep.head
    words = [head, *(c for c in children_of(head) if c.dep_ == "acomp" and c.i < prep.i)]
    return any(lexicon.modality.get(w.lemma_.lower()) == "hypothetical" for w in words)


def _sought_by_causative(clause: Token, verb: Token) -> bool:
    """ "tried to have him released", "a bid to have him freed": an act someone
    seeks to have done by others, in an infinitive of causative "have"/"get", has not
    been done ("had him arrested", finite, reports the arrest)."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ == "VBN"
        and verb.lemma_ in ("have", "get")
        and verb.dep_ in ("xcomp", "acl", "advcl")  # "tried to", "a bid to", "in order to"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    )


def _sourced(noun: Token) -> bool:
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in children_of(noun)
    )


# Verbs of planning or wanting whose object noun is an act still to come ("planning a
# coup", "seeks talks"); light verbs that report an act ("committed a massacre") stay out.
_PLANNING = frozenset({"plan", "intend", "prepare", "seek", "want", "wish", "desire"})
_NOT_PAST = frozenset({"VB", "VBG", "VBP", "VBZ"})


def _intending(verb: Token) -> bool:
    """Whether a verb of planning or wanting makes its object an act still to come.

    A negated one ("not planning an attack") keeps the usual negation conventions
    (a denial, not a vow of restraint), and a bare participle hung from a past verb
    ("spent a week planning the attack before ...") narrates the past like "planned".
    """
    if verb.lemma_.lower() not in _PLANNING or verb.tag_ not in _NOT_PAST:
        return False
    children = list(children_of(verb))
    if any(c.dep_ == "neg" for c in children):
        return False
    return not (
        verb.tag_ == "VBG"
        and verb.dep_ in ("xcomp", "advcl")
        and verb.head.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "mark", "nsubj") for c in children)
    )


def _object_of_verb(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")


# Verbs of taking part whose "in" names the act they join ("engage in violence").
_TAKING_PART = frozenset({"engage", "participate", "join"})


def _light_verb(noun: Token) -> Token | None:
    """The verb that carries a noun event in the clause: the one it is the object of
    ("will hold talks"), or one of taking part it follows "in" ("will take part in the
    talks", "might engage in violence", "to participate in the protest")."""
    if _object_of_verb(noun):
        return noun.head
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "take part in", the "in" hung from "part"
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return (
            verb
            if any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(verb))
            else None
        )
    return verb if lemma in _TAKING_PART else None


def _verb_auxes(noun: Token, lexicon: Lexicon) -> set[str]:
    """The auxiliaries of the verb that carries a noun event ("did not hold talks", "will
    take part in the talks")."""
    verb = _light_verb(noun)
    return _own_modality(verb, lexicon) if verb is not None else set()


# Conjunctions whose clause, in the present tense, is still awaited.
_AWAITING = frozenset({"until", "till", "before"})


def _awaited(verb: Token) -> bool:
    """ "will fight on until the army withdraws", "until all nations have disarmed", "it
    may not be long before both men are hanged": a present-tense "until" or "before"
    clause waits for its act ("stayed until the army withdrew", "fled before the army
    attacked" report that it did), and so does one in the past under a "would" or "will"
    of reported speech ("said the raids would go on until the foreign troops were
    withdrawn")."""
    if not (
        any(c.dep_ == "mark" and c.lower_ in _AWAITING for c in children_of(verb)) or _once(verb)
    ):
        return False
    if verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "’ll", "shall")
        for c in children_of(verb.head)
    ):
        return True
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return auxes[0].tag_ in ("VBP", "VBZ")
    return verb.tag_ in ("VBP", "VBZ")


def _once(verb: Token) -> bool:
    """ "talks will be held as soon as Iran suspends enrichment", "once the army withdraws,
    talks will begin": a clause the main act waits for, like "until" ("he once attacked"
    is no such clause: "once" must open it, before its subject)."""
    if verb.dep_ != "advcl":
        return False
    children = list(children_of(verb))
    if verb.head.lower_ == "soon" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return True
    subjects = [c.i for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ == "once" and subjects and c.i < min(subjects)
        for c in children
    )


# Prepositions that place an act at the time of the clause's own act ("will speak at
# the rally", "will meet him during the summit"); "before"/"after" set it apart.
_ALONGSIDE = frozenset({"at", "during"})


def _scheduled_setting(noun: Token, lexicon: Lexicon) -> bool:
    """ "will speak at the rally", "will meet Putin during the summit", "will give a
    speech at the protest": a noun event that is the setting of a verb's act in the
    future ("will", "would") is still to come with it, as a scheduled act; "was
    arrested at the rally", "did not speak at the rally" report one that took place."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in _ALONGSIDE:
        return False
    verb = noun.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "will give a speech at the rally"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "aux" and lexicon.modality.get(c.lower_) == "intent" for c in children_of(verb)
    )


def _verb_modality(noun: Token, lexicon: Lexicon) -> set[str]:
    """What the verb a noun event is the object of means for it: "is considering
    sanctions" (hypothetical), "denied the attack" (negated). Intent verbs are left
    out: as light verbs they report the act ("committed a massacre"), and as
    triggers ("offered aid") they govern it already."""
    if not _object_of_verb(noun):
        return set()
    verb = noun.head
    kind = lexicon.modality.get(verb.lemma_.lower())
    if _intending(verb):
        # "are planning a coup", "wants talks": the act is intended, not done; a past
        # "planned the attacks" names who organised acts that took place.
        return {"intent"}
    return {kind} if kind in ("hypothetical", "negative") else set()


def _lapsed(token: Token, classes: set[str], lexicon: Lexicon) -> bool:
    """ "did not meet", "haven't worked with him": a plain negation of a past act on the
    trigger itself, with no refusal ("refused to"), intent or condition above it."""
    if classes - {"negative"} or "negative" not in classes:
        return False
    children = list(children_of(token))
    if not any(c.dep_ == "neg" for c in children) and not _nor(token):
        return False
    if any(lexicon.modality.get(c.lower_) == "intent" for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PAST_AUXES for c in children)


def _nor(token: Token) -> bool:
    """ "..., nor did she help me": a verb joined by "nor" is negated like its head, and
    "neither condemned nor supported" negates the first verb too."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children_of(token)):
        return True
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i for c in children_of(token.head)
    )


def _yet_to(token: Token) -> bool:
    """ "Trump has yet to concede": the act is still to come."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_ in ("have", "be")
        and any(c.lower_ == "yet" for c in children_of(head))
    )


def _someone_else(clause: Token, verb: Token) -> bool:
    """ "want him to resign", "expects Iran to comply", "hope Iran will agree": the
    complement has a doer of its own, so the intent is not the doer's."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        return True
    return clause.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in children_of(verb))


def _contrasted(conj: Token, head: Token) -> bool:
    """ "would have faced X but resigned": a conjunct set against its head by "but" or
    "yet", with no auxiliary of its own, keeps none of the head's."""
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(conj)) and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conj.i for c in children_of(head)
    )


def _shares_auxes(conj: Token, head: Token) -> bool:
    """Whether a conjoined verb shares the first verb's auxiliaries ("did not X or Y")."""
    # Its own subject, finite auxiliary or negation breaks the sharing ("Brown did not
    # attend, and Miliband signed"); a bare passive "be" ("to resign or be impeached")
    # does not.
    # An infinitive's own "to" ("to resign or to be impeached") is no auxiliary of its own.
    if any(
        (c.dep_ == "aux" and c.lower_ != "to")
        or c.dep_ in ("neg", "nsubj", "nsubjpass")
        or (c.dep_ == "auxpass" and c.tag_ != "VB")
        for c in children_of(conj)
    ):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children_of(head))


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
    classes = _settled(trigger, classes | above, lexicon)
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
    start = _clause_start(trigger, {})
    if _be_to(start) or _arranged(start):
        classes.add("intent")  # "is to withdraw", "is going to release": as "will"
    if _scheduled_setting(token, lexicon):
        # "will meet him during the summit": a meeting still to come is a scheduled one
        # (as "will hold a summit"); "will fight at the rally" vows no rally of its own
        # (the fight is the vow): the rally is still to come, not coded
        classes.add("intent" if trigger.entry.type == "CONSULT" else "hypothetical")
    if _nor(token):
        classes.add("negative")  # "..., nor do we hand over people": not done either
    if _awaited(token):
        classes.add("hypothetical")  # "until all nations have disarmed": still awaited
    own_intent = "intent" in classes
    classes.discard("intent")
    classes |= _verb_modality(token, lexicon)
    return classes, own_intent


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
_REPRISALS = frozenset({"retaliation", "reprisal", "revenge"})


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


def _climb(
    start: Token, triggers: dict[int, Trigger], lexicon: Lexicon
) -> tuple[set[str], Trigger | None]:
    """Walk up through complement links from ``start``: the modality classes met on the
    way and the governing trigger, if the walk ends at one."""
    classes: set[str] = set()
    current = start
    for _ in range(_UPWARD_LIMIT):
        if _for_to(current) and current.head.i not in triggers:
            classes.add("hypothetical")  # "made calls for the minister to be impeached"
        dep = "xcomp" if _infinitive_advcl(current) else current.dep_
        if dep == "relcl" and _modal_infinitive(current, lexicon):
            dep = "acl"  # "a way to talk", "a chance to negotiate" parsed as relative
        if (dep not in _EMBED_DEPS and dep != "conj") or current.head.i == current.i:
            break
        if _describes(current, dep) and current.head.i not in triggers:
            break  # "the budget proposal accepted by the cabinet": no content of the noun
        below, current = current, current.head
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
            break  # "during a meeting", "after the attack": circumstance, not content
        if current.i in triggers:
            # An adverbial clause ("..., killing five") is a second event, not content.
            governor = None if dep == "advcl" else triggers[current.i]
            return classes | _governed_modality(current, governor, lexicon), governor
        if dep == "advcl":
            break
        classes |= _step_modality(below, current, dep, lexicon)
    return classes, None


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
    if _unproven(current, above, lexicon):
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
    if _founded_for(below, current, dep):
        kind = "hypothetical"  # "set up a committee to negotiate": a purpose, not done
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
_FORECASTS = frozenset({"expect"})


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
        classes = _own_modality(token, lexicon) - {"intent"}
    if _to_be_completed(token):
        classes = classes | {"hypothetical"}  # "efforts to complete the withdrawal"
    if _yet_to(token):
        classes = classes | {"hypothetical"}  # "has yet to concede": not done
    if "negative" in classes and any(c.lower_ == "yet" for c in children_of(token)):
        # "have not yet agreed": still open, neither done nor refused
        classes = (classes - {"negative"}) | {"hypothetical"}
    return classes
