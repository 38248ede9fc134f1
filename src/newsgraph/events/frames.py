"""Triggers and their clause: which tokens signal an event, and how the clause frames it.

A trigger is a verb, noun or adjective whose lemma (and frame: particle,
preposition, object, modifier) is in the lexicon. The clause around it says
whether the event happened: negated ("did not attack"), hypothetical ("could
attack", "if ... attacked"), intended ("will attack", "vowed to attack"), or
embedded under another trigger ("threatened to attack", "urged them to
attack"), in which case the governing trigger is the event.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, TriggerEntry, load_lexicon

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

_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass", "obj", "dative", "xcomp"})
_QUALIFIERS = frozenset({"intent", "negative", "hypothetical", "obligation"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Dependencies along which an event is the content of the word above it
# ("threatened [to strike]", "accused them [of spying]", "reluctance [to allow]").
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl", "pcomp", "prep", "pobj", "advcl"})
# Prepositions that introduce the content of a word ("accused of", "called for").
_CONTENT_PREPS = frozenset({"of", "for", "from", "to", "about", "against"})
_UPWARD_LIMIT = 6
# Modality words that qualify only as nouns: "the right to protest" is no protest, but
# "..., right?" and "was right to protest" do not doubt the act.
_NOUN_ONLY = frozenset({"right"})
_PRT_DEPS = frozenset({"prt", "advmod"})
_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
_RATES = frozenset({"MONEY", "PERCENT"})
# Verbs that also say how prices and markets move ("retreated", "hit", "rallied").
_MARKET_PRONE = frozenset({"RETREAT", "ASSAULT", "PROTEST"})
# Prepositions of path and position name where an act goes, never what it handles:
# "flew [across] the water" carries no water; nor does a concession ("met X [despite]
# criticism" meets no criticism).
_PATH_PREPS = frozenset(
    {"across", "over", "through", "along", "around", "near", "past", "via", "beyond",
     "above", "below", "inside", "outside", "within", "behind", "beside", "throughout", "amid",
     "despite"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token that matched a lexicon entry, and the object tokens its frame consumed."""

    token: Token
    entry: TriggerEntry
    consumed: tuple[int, ...] = ()


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
# Relative pronouns that stand for the noun a relative clause modifies.
_RELATIVE_OBJECTS = frozenset({"that", "which", "whom", "who"})


# Entity labels of names whose words are no triggers.
_NAMES = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "FAC", "EVENT"})


def _pos(token: Token) -> str | None:
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
        return "VERB"
    if token.pos_ == "NOUN":
        return "NOUN"
    if token.pos_ == "ADJ":
        return "ADJ"
    return None


def object_tokens(token: Token) -> list[Token]:
    """Objects of ``token``: direct, attribute and prepositional objects, with conjuncts.

    Quantities are looked through ("700 kg of medicine" gives "medicine" too)
    and noun compounds count ("aid deliveries" gives "aid").
    """
    found: list[Token] = []
    if token.dep_ == "acl" and not any(c.dep_ == "dobj" for c in token.children):
        found.append(token.head)  # "a statement [released] by X": the noun is the object
    elif token.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in token.children
    ):
        found.append(token.head)  # "the benefits [that] the government offers"
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            found.append(child)
            if child.dep_ == "dative":
                # "offered financing [to] clients": a dative preposition's object
                found.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in _PREP_DEPS and child.lower_ not in _PATH_PREPS:
            # "used by the Royal Air Force": a named agent is the doer, not an object.
            named = child.dep_ == "agent"
            found.extend(
                c
                for c in child.children
                if c.dep_ in ("pobj", "pcomp") and not (named and c.ent_type_)
            )
            # "pulled [out] of the treaty": a particle parsed as a preposition holds
            # the real one, whose object is the verb's.
            found.extend(
                o
                for p in child.children
                if p.dep_ == "prep" and not any(c.dep_ == "pobj" for c in child.children)
                for o in p.children
                if o.dep_ == "pobj"
            )
        elif child.dep_ == "ccomp":
            # "allowed [inspectors] to visit" parsed with the object as the clause's subject
            found.extend(c for c in child.children if c.dep_ == "nsubj" and c.i < child.i)
    for tok in list(found):
        found.extend(c for c in tok.conjuncts if c.i > tok.i)
    for tok in list(found):
        # "$5 million in aid" is aid as much as "700 kg of medicine" is medicine.
        looked_through = ("of", "in") if tok.ent_type_ in _AMOUNT_ENTS else ("of",)
        for child in tok.children:
            if child.dep_ == "compound":
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in looked_through:
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _subjects(token: Token, agents: bool = False) -> list[Token]:
    """Subject tokens of ``token``, looking through quantities ("thousands of students").

    A relative pronoun stands for the noun its clause modifies, and that noun's "of"
    head with it ("a fire [that] killed two", "the collapse of a roof [that] killed
    six"); with ``agents``, the "by" agent of a passive is its doer ("were killed by
    the fire").

    A purpose infinitive without a subject of its own shares its head verb's ("5,000
    people gathered ... [to protest] the war"), and a present participle modifying a
    noun has that noun ("demonstrators [protesting] the result"); a complement of a
    raising or aspect verb ("were reported to have abandoned", "continue to search") does
    not count here.
    """
    found = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    purpose = token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )
    if not found and purpose and token.head.pos_ in ("VERB", "AUX"):
        found = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and token.dep_ == "acl" and token.tag_ == "VBG":
        found = [token.head]  # "demonstrators [protesting] the result": the noun does it
    if not found and token.dep_ == "xcomp" and _controls(token.head):
        # "workers voted [to strike]": the infinitive's doer is the voter's
        found = [c for c in token.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "relcl" and any(c.tag_ in _RELATIVE_TAGS for c in found):
        noun = token.head
        found.append(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            found.append(noun.head.head)
    if agents:
        found.extend(_causes(token, found))
    for tok in list(found):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


_RELATIVE_TAGS = ("WDT", "WP")
_CAUSE_MARKS = ("when", "after", "as")


def _causes(token: Token, found: list[Token]) -> list[Token]:
    """What did the deed of a doerless verb: a passive's "by" agent ("were killed by the
    fire"); for a passive with none, the subject of a "when" clause or its intransitive
    mishap verb ("were killed when their helicopter crashed", "when a fire broke out"); for
    a subjectless "-ing" clause, its head act's ("a ferry capsized, killing ten", "a
    storm hit the coast, killing five"). The frame's ``subjects`` still decide."""
    out: list[Token] = []
    if any(c.dep_ == "auxpass" for c in token.children):
        for agent in (c for c in token.children if c.dep_ == "agent"):
            out.extend(c for c in agent.children if c.dep_ == "pobj")
        if not out:
            for clause in (c for c in token.children if c.dep_ == "advcl"):
                if any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKS
                    for m in clause.children
                ):
                    out.extend(_cause_of(clause))
    elif not found and token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB":
        out.extend(_cause_of(token.head))
    return out


def _cause_of(verb: Token) -> list[Token]:
    """The subjects of ``verb``, and the verb itself when it is a mishap ("crashed",
    "collapsed"; not "fired", whose lemma is also the noun of a blaze). Crashing into
    something may be ramming it ("a bomber drove his car into three police trucks")."""
    out = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # A road vehicle that crashes into another with no one steering it there ("a bus
    # crashed into a lorry") has an accident; a driver who crashes his car into a
    # checkpoint, or a plane that crashes into a tower, may attack.
    rams = any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in verb.children) and (
        any(c.dep_ == "dobj" for c in verb.children)
        or not any(o.lemma_.lower() in _ROAD_VEHICLES and not o.ent_type_ for o in out)
    )
    if verb.lemma_.lower() in _MISHAP_VERBS and not rams:
        out.append(verb)
    if not out and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "a carriage derailed and burst into flames, injuring ten": the shared subject
        # and the first verb speak for the second.
        out.extend(_cause_of(verb.head))
    return out


_ROAD_VEHICLES = ("bus", "coach", "minibus", "lorry", "truck", "van", "train", "tram", "taxi")
_MISHAP_VERBS = ("crash", "collapse", "capsize", "sink", "derail", "collide")


def _controls(verb: Token) -> bool:
    """Whether an active verb lends its subject to its infinitive ("voted to strike",
    "threatened to walk out"); a passive or a verb of saying does not ("were reported
    to have abandoned": a report, not their act)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return load_lexicon().modality.get(verb.lemma_.lower()) != "report"


def _temporal(prep: Token) -> bool:
    """A preposition whose object is a date or time ("a strike on Monday")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _particle(token: Token) -> bool:
    if token.dep_ in _PRT_DEPS:
        return True
    return token.dep_ == "prep" and not any(c.dep_ == "pobj" for c in token.children)


def _content_mark(clause: Token) -> str | None:
    """ "called [for] Muslims to attack": "for" parsed as the marker of the clause asked for."""
    if clause.dep_ not in ("advcl", "ccomp", "xcomp"):
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    return mark.lower_ if mark is not None and mark.lower_ == "for" else None


# "agreed that both sides should withdraw": a clause of what is to be done
_MODALS = frozenset({"will", "would", "should", "shall", "must", "'ll", "wo"})


def _modal_clause(child: Token) -> bool:
    """A complement clause that says what will or should be done ("that troops would
    withdraw"), not what is so ("that the result was poor"), nor what should have been
    ("that we should not have invaded")."""
    auxes = [a.lower_ for a in child.children if a.dep_ == "aux"]
    return child.dep_ == "ccomp" and any(a in _MODALS for a in auxes) and "have" not in auxes


def _predicated(obj: Token) -> bool:
    """An object followed by an adjective parsed as its modifier ("held Hamas responsible"):
    a predicate on a named object, which a bare name ("a device called Flyboard") lacks."""
    return obj.dep_ == "dobj" and any(
        a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > obj.i for a in obj.children
    )


def _has_dep(child: Token, deps: tuple[str, ...]) -> bool:
    # "fought [to bring] ...": an infinitive parsed as an adverbial clause is a complement.
    if child.dep_ in deps or ("xcomp" in deps and _infinitive_advcl(child)):
        return True
    if "ccomp-modal" in deps and _modal_clause(child):
        return True
    # "called the deal "lousy"": an adjective after its noun, parsed as its modifier,
    # is the object's predicate (English puts attributive adjectives before the noun).
    return (
        "oprd" in deps
        and child.dep_ == "dobj"
        and any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > child.i for a in child.children)
    )


class _Around:
    """A candidate trigger's children and objects, read once for all its frames."""

    __slots__ = ("children", "token", "_objects")

    def __init__(self, token: Token) -> None:
        self.token = token
        self.children = list(token.children)
        self._objects: list[tuple[int, str, str]] | None = None

    def objects(self) -> list[tuple[int, str, str]]:
        """(index, lower-case lemma, dependency) of each object token, and of each
        object with its compound as "compound head" ("gas explosion"), so a frame can
        name a pair whose head alone is too broad ("killed in a bomb explosion")."""
        if self._objects is None:
            found = object_tokens(self.token)
            self._objects = [(t.i, t.lemma_.lower(), t.dep_) for t in found] + [
                (t.i, f"{c.lemma_.lower()} {t.lemma_.lower()}", t.dep_)
                for t in found
                for c in t.children
                if c.dep_ == "compound"
            ]
        return self._objects


def _match(around: _Around, entry: TriggerEntry) -> tuple[bool, tuple[int, ...]]:
    token = around.token
    children = around.children
    # The parser often labels a particle as an adverb ("pulled [back]", "called [off]"),
    # or as a preposition without an object of its own ("pulled [out] of the town").
    if entry.prt and not any(c.lower_ == entry.prt and _particle(c) for c in children):
        return False, ()
    if entry.prep and not any(
        (c.dep_ in _PREP_DEPS and c.lower_ in entry.prep and not _temporal(c))
        or _content_mark(c) in entry.prep
        for c in children
    ):
        return False, ()
    # "a device called Flyboard" names a thing; "called it illegal" judges it. A name
    # fills a null frame's slot all the same ("flew Modi to Mumbai" carries him).
    if entry.deps and not any(
        _has_dep(c, entry.deps) and (c.pos_ != "PROPN" or _predicated(c) or not entry.type)
        for c in children
    ):
        return False, ()
    if entry.mods and not any(
        c.dep_ in _MOD_DEPS and c.lemma_.lower() in entry.mods for c in children
    ):
        return False, ()
    # A frame that names its passive subject ("was questioned") reads no agent as one.
    agents = "nsubjpass" not in entry.deps
    if entry.subjects and not any(
        _subject_fits(t, entry.subjects) for t in _subjects(token, agents)
    ):
        return False, ()
    if entry.within and (token.head.i == token.i or token.head.lower_ not in entry.within):
        return False, ()
    if entry.objects:
        # A complement clause ("declined [to comment]") only fits non-event frames;
        # "pledged [to support]" is an intention, not the frame "pledged support".
        hits = tuple(
            i
            for i, lemma, dep in around.objects()
            if lemma in entry.objects and (entry.type is None or dep != "xcomp")
        )
        return bool(hits), hits
    return True, ()


def _subject_fits(subject: Token, lemmas: tuple[str, ...]) -> bool:
    """Whether a subject is one a ``subjects`` frame names; a plural demonym ("Iranians
    protested") names people, as "people" does, while "Iran protested" names a state."""
    if subject.lemma_.lower() in lemmas:
        return True
    return "people" in lemmas and subject.ent_type_ == "NORP" and subject.tag_ in ("NNS", "NNPS")


def _lookup(token: Token, lexicon: Lexicon) -> Trigger | None:
    pos = _pos(token)
    if pos is None:
        return None
    entries = lexicon.triggers.get((token.lemma_.lower(), pos))
    if not entries and pos == "NOUN":
        entries = lexicon.triggers.get((token.lower_, pos))
    if not entries and pos == "VERB":
        # The tagger's lemma can be wrong ("raped" as "rap"): try the regular inflections.
        stem = lexicon.inflections.get(token.lower_)
        entries = lexicon.triggers.get((stem, pos)) if stem else None
    if not entries:
        return None
    around = _Around(token)
    for entry in entries:
        ok, consumed = _match(around, entry)
        if ok:
            if entry.type in _MARKET_PRONE and _moves_by_amount(token):
                return None  # "oil retreated to $121", "shares rallied 5 percent"
            if token.dep_ == "acl" and lexicon.modality.get(token.lemma_.lower()) == "naming":
                return None  # "a programme called 'Learning Together'" names it
            if entry.type and _object_says_otherwise(token, consumed, entry, lexicon):
                return None  # "launched a scathing attack on": the noun is the act
            # A frame typed null ("declined to comment") is a known non-event; it is
            # returned so that the nouns it consumed are no events either.
            return Trigger(token, entry, consumed)
    return None


def _object_says_otherwise(
    verb: Token, consumed: tuple[int, ...], entry: TriggerEntry, lexicon: Lexicon
) -> bool:
    """Whether a light verb's object is, by its own modifiers, another act or none.

    "Launched an attack on the town" is an assault, but "launched a scathing attack
    on the minister" is censure and "waged a legal battle" no fight at all: a noun
    frame with ``mods`` of a censure or null type speaks for the pair, and the verb
    gives way (the noun then takes the verb's subject as its doer)."""
    for i in consumed:
        noun = verb.doc[i]
        if noun.i == verb.i or _pos(noun) != "NOUN":
            continue
        around = _Around(noun)
        for other in lexicon.triggers.get((noun.lemma_.lower(), "NOUN"), ()):
            if not other.mods or other.type == entry.type or other.type not in (None, "ACCUSE"):
                continue
            if _match(around, other)[0]:
                return True
    return False


def _moves_by_amount(token: Token) -> bool:
    """Whether a verb moves to, from or by a price or rate: market talk, not an act."""
    for child in token.children:
        if child.dep_ in ("dobj", "npadvmod") and child.ent_type_ in _RATES:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("to", "from", "by", "at")
            and any(c.dep_ == "pobj" and c.ent_type_ in _RATES for c in child.children)
        ):
            return True
    return False


def token_hashes(doc: Doc) -> npt.NDArray[np.uint64]:
    """Lemma and lower-case hashes of every token of ``doc`` (one row per token)."""
    return np.asarray(doc.to_array([LEMMA, LOWER]), dtype=np.uint64).reshape(len(doc), 2)


def marked(hashes: npt.NDArray[np.uint64], keys: frozenset[int]) -> tuple[int, ...]:
    """Positions (ascending) of the tokens of a doc with a hash (a row of
    :func:`token_hashes`) in ``keys``. Computed once per doc: a test per
    sentence costs more."""
    if not len(hashes) or not keys:
        return ()
    # A binary search in the sorted keys: np.isin would sort the keys again at every call.
    table = _key_array(keys)
    at = np.minimum(np.searchsorted(table, hashes), len(table) - 1)
    found = (table[at] == hashes).any(axis=1)
    return tuple(np.flatnonzero(found).tolist())


@lru_cache(maxsize=16)
def _key_array(keys: frozenset[int]) -> npt.NDArray[np.uint64]:
    """``keys`` as a sorted array (built once per lexicon)."""
    return np.sort(np.fromiter(keys, dtype=np.uint64, count=len(keys)))


def matching(sent: Span, positions: Sequence[int]) -> Sequence[int]:
    """The ``positions`` (see :func:`marked`) that lie in ``sent``."""
    return positions[bisect_left(positions, sent.start) : bisect_left(positions, sent.end)]


def find_triggers(
    sent: Span, lexicon: Lexicon, marks: Sequence[int] | None = None
) -> list[Trigger]:
    """Every trigger in ``sent``, minus nouns that a verb's frame used as its object.

    "imposed sanctions" is one SANCTION event (the verb's frame), not a verb
    event plus a noun event.
    """
    # Most tokens are no trigger: test the sentence's lemma and lower-case hashes
    # at once, which builds no Python object per token.
    if marks is None:
        marks = marked(token_hashes(sent.doc), lexicon.trigger_keys)
    # A word inside a name ("Committee to Protect Journalists", a film called "Lessons
    # from Rwanda", "the Patriot Act") names something; it reports no act.
    candidates = (
        tok for tok in (sent.doc[i] for i in matching(sent, marks)) if tok.ent_type_ not in _NAMES
    )
    found = [t for t in (_lookup(tok, lexicon) for tok in candidates) if t is not None]
    consumed = {i for t in found if t.entry.type or t.entry.absorbs for i in t.consumed}
    # "a murder conviction", "a protest march": the head noun is the event; the
    # modifier names its charge or kind.
    heads = {t.token.i for t in found if t.entry.pos == "NOUN"}
    consumed.update(
        t.token.i
        for t in found
        if t.entry.pos == "NOUN" and t.token.dep_ == "compound" and t.token.head.i in heads
    )
    # The objects of a null frame that absorbs them are no events of their own
    # ("intercepted phone calls"), and a null frame itself is none.
    return [t for t in found if t.token.i not in consumed and t.entry.type]


def _modal_kind(word: Token, lexicon: Lexicon) -> str | None:
    """The modality class of a word above an act: that of the lemma with its particle or
    adverb ("look_forward": "looks forward to meeting them"), else its lemma's."""
    lemma = word.lemma_.lower()
    for child in word.children:
        if child.dep_ in _PRT_DEPS and (kind := lexicon.modality.get(f"{lemma}_{child.lower_}")):
            return kind
    return lexicon.modality.get(lemma)


def _own_modality(token: Token, lexicon: Lexicon) -> set[str]:
    """Modality classes carried by the token's own function words (not, will, could, if)."""
    classes: set[str] = set()
    for child in token.children:
        kind = lexicon.modality.get(child.lower_)
        if kind not in _QUALIFIERS or child.lower_ in _NOUN_ONLY:
            continue
        if kind == "negative" and child.dep_ not in ("neg", "det", "advmod"):
            continue
        if kind != "negative" and child.dep_ not in ("aux", "mark", "advmod"):
            continue
        classes.add(kind)
    if _conditional(token, lexicon):
        # PLOVER codes conditional acts as intentions ("will boycott unless ..." is
        # a threat), so a condition marks intent rather than dropping the act.
        classes.add("intent")
    return classes


def _copular_modality(token: Token, trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """The token's own modality; an adjective's also comes from its copula ("is not
    prepared to", "would be willing to")."""
    classes = _own_modality(token, lexicon)
    if trigger.entry.pos == "ADJ" and token.dep_ == "acomp":
        classes |= _own_modality(token.head, lexicon)
    return classes


def _conditional(token: Token, lexicon: Lexicon) -> bool:
    """ "will not accept refugees [if war starts]": the act depends on a condition."""
    return any(
        child.dep_ == "advcl"
        and any(
            m.dep_ == "mark" and lexicon.modality.get(m.lower_) == "hypothetical"
            for m in child.children
        )
        for child in token.children
    )


def _conditioned(prep: Token, lexicon: Lexicon) -> bool:
    """Whether a preposition states a condition ("conditional upon", "contingent on",
    "eligible for"), hung from the adjective or from its copula beside it."""
    head = prep.head
    words = [head, *(c for c in head.children if c.dep_ == "acomp" and c.i < prep.i)]
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
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _infinitive_advcl(token: Token) -> bool:
    """ "sworn [to fight]" parsed as an adverbial clause is a complement all the same."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _sourced(noun: Token) -> bool:
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children
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
    children = list(verb.children)
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


def _verb_auxes(noun: Token, lexicon: Lexicon) -> set[str]:
    """The auxiliaries of the verb a noun event is the object of ("did not hold talks")."""
    return _own_modality(noun.head, lexicon) if _object_of_verb(noun) else set()


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
    children = list(token.children)
    if not any(c.dep_ == "neg" for c in children) and not _nor(token):
        return False
    if any(lexicon.modality.get(c.lower_) == "intent" for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PAST_AUXES for c in children)


def _nor(token: Token) -> bool:
    """ "..., nor did she help me": a verb joined by "nor" is negated like its head, and
    "neither condemned nor supported" negates the first verb too."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children):
        return True
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i for c in token.head.children
    )


def _yet_to(token: Token) -> bool:
    """ "Trump has yet to concede": the act is still to come."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_ in ("have", "be")
        and any(c.lower_ == "yet" for c in head.children)
    )


def _someone_else(clause: Token, verb: Token) -> bool:
    """ "want him to resign", "expects Iran to comply", "hope Iran will agree": the
    complement has a doer of its own, so the intent is not the doer's."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True
    return clause.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _shares_auxes(conj: Token, head: Token) -> bool:
    """Whether a conjoined verb shares the first verb's auxiliaries ("did not X or Y")."""
    # Its own subject, finite auxiliary or negation breaks the sharing ("Brown did not
    # attend, and Miliband signed"); a bare passive "be" ("to resign or be impeached")
    # does not.
    if any(
        c.dep_ in ("aux", "neg", "nsubj", "nsubjpass") or (c.dep_ == "auxpass" and c.tag_ != "VB")
        for c in conj.children
    ):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)


def frame_of(trigger: Trigger, triggers: dict[int, Trigger], lexicon: Lexicon) -> Frame:
    """Work out the governor, negation, hypothesis and intent of ``trigger``.

    Walks up from the trigger through complement links until it meets another
    trigger (the governor) or leaves the clause; modality words met on the way
    ("vowed to", "refused to", "could", "if") qualify the event.
    """
    token = trigger.token
    # A noun's light verb carries its auxiliaries ("will hold talks" is scheduled).
    classes = _copular_modality(token, trigger, lexicon) | _verb_auxes(token, lexicon)
    if _nor(token):
        classes.add("negative")  # "..., nor do we hand over people": not done either
    own_intent = "intent" in classes
    classes.discard("intent")
    classes |= _verb_modality(token, lexicon)
    current = token
    if trigger.entry.pos == "NOUN" and _object_of_verb(token) and token.head.i not in triggers:
        # "appealed to Britain to renew negotiations", "vowed to carry out attacks": the
        # light verb's place in the clause frames its noun.
        current = token.head
    governor: Trigger | None = None
    if trigger.entry.pos == "NOUN" and _object_of_verb(token) and token.head.i in triggers:
        asked = triggers[token.head.i]
        if asked.entry.type in _ASKING:
            # "demanded Arroyo's resignation", "threatened a strike": what is asked for or
            # threatened has not taken place; the demand or threat is the event.
            return Frame(asked, False, False, False)
    for _ in range(_UPWARD_LIMIT):
        dep = "xcomp" if _infinitive_advcl(current) else current.dep_
        if (dep not in _EMBED_DEPS and dep != "conj") or current.head.i == current.i:
            break
        below, current = current, current.head
        # "Brown did not attend, and Miliband signed": a conjoined clause with a subject
        # of its own shares no "not", though it shares what governs both ("alleged that
        # X ... and that Y ...").
        own_clause = dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
        if dep == "conj" and current.i in triggers:
            # "attacked the town and killed five": two events side by side; but "did
            # not concede or admit defeat" shares its "not" (unless "but" contrasts).
            # "demanded that the BBC apologize and promise ...": a sibling of an act
            # embedded under another trigger is embedded under it too.
            sibling = frame_of(triggers[current.i], triggers, lexicon)
            governor = sibling.governor
            if _shares_auxes(below, current):
                # "want him to resign or be impeached": wished for, both of them
                classes |= {
                    kind
                    for kind, holds in (
                        ("negative", sibling.negated),
                        ("hypothetical", sibling.hypothetical),
                        ("intent", sibling.intent),
                    )
                    if holds
                }
            break
        if current.dep_ in _PREP_DEPS and _conditioned(current, lexicon):
            classes.add("hypothetical")  # "is conditional upon Iran renouncing ...": not done
            break
        if current.dep_ in _PREP_DEPS and current.lower_ not in _CONTENT_PREPS:
            break  # "during a meeting", "after the attack": circumstance, not content
        if current.i in triggers:
            # An adverbial clause ("..., killing five") is a second event, not content.
            governor = None if dep == "advcl" else triggers[current.i]
            if governor is not None and governor.entry.governs == "intent":
                # "is not prepared to negotiate", "did not offer to mediate": the intent
                # word's "not" (or "could") is its content's.
                classes |= _copular_modality(current, governor, lexicon) - {"intent"}
                if governor.entry.pos == "NOUN":
                    # "never had any intention to strike", "showed no willingness to
                    # negotiate": the intent noun's "no" or its verb's "never" is too.
                    classes |= (
                        _own_modality(current, lexicon)
                        | _verb_auxes(current, lexicon)
                        | _verb_modality(current, lexicon)
                    ) - {"intent"}
            break
        if dep == "advcl":
            break
        if _sought_by_causative(below, current):
            classes.add("hypothetical")  # "tried to have him released": not done (yet)
        # A conjoined verb is a sibling act ("sought the nomination but withdrew"):
        # its own meaning qualifies nothing, though auxiliaries it shares do ("will
        # attack and kill").
        kind = _modal_kind(current, lexicon) if dep != "conj" else None
        if current.lemma_.lower() in _NOUN_ONLY and current.pos_ != "NOUN":
            kind = None
        if kind == "intent" and _someone_else(below, current):
            kind = "hypothetical"  # "staff want him to resign": his act is only wished for
        elif kind == "prevent":
            kind = "negative"  # "stop attacking each other", "prevented them from leaving"
        elif kind == "negative" and current.dep_ == "amod":
            kind = None  # "stopped short of condemning", but "nothing short of insulting"
        if kind in _QUALIFIERS:
            classes.add(kind)
        above = set() if own_clause else _own_modality(current, lexicon)
        if "negative" in above and kind == "tell":
            # "did not announce whom they would support": unknown, not refused
            above = (above - {"negative"}) | {"hypothetical"}
        if current.pos_ == "NOUN" and kind != "intent":
            # "no knowledge of these donations" does not deny the donations, but
            # "no plans to withdraw" denies the withdrawal.
            above.discard("negative")
        classes |= above
    if trigger.entry.pos == "NOUN" and _sourced(token):
        # A noun act with its own source ("a demand from the US", "Iran's offer") took
        # place whatever the clause above does with it ("refused to respond to ...").
        classes = _own_modality(token, lexicon) - {"intent"}
    if _yet_to(token):
        classes.add("hypothetical")  # "has yet to concede": not done
    if "negative" in classes and any(c.lower_ == "yet" for c in token.children):
        # "have not yet agreed": still open, neither done nor refused
        classes = (classes - {"negative"}) | {"hypothetical"}
    return Frame(
        governor=governor,
        lapsed=_lapsed(token, classes, lexicon),
        negated="negative" in classes,
        # What someone must do is not done (the demand is coded instead).
        hypothetical=bool(classes & {"hypothetical", "obligation"}),
        intent=own_intent or "intent" in classes,
        scheduled=own_intent and "intent" not in classes,
    )
