"""Trigger lookup: which tokens of a sentence signal an event, and with which frame.

A trigger is a verb, noun or adjective whose lemma (and frame: particle,
preposition, object, subject, modifier) is in the lexicon. This is the first
step of event coding: :func:`find_triggers` reads a parsed sentence and returns
its :class:`Trigger` records; :mod:`newsgraph.events.frames` then works out how
the clause frames each one, and :mod:`newsgraph.events.extract` codes the
events. :func:`token_hashes`, :func:`marked` and :func:`matching` pick the
candidate tokens of a whole doc at once; :func:`object_tokens` lists the
objects that a lexicon frame's ``objects`` are tested against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ._tokens import children_of, conjuncts_of
from .cue_words import cue_words
from .lexicon import MONEY_OBJECT, PARTY_OBJECT, PERSON_OBJECT, Lexicon, TriggerEntry
from .object_items import (
    captive_in_context,
    inherited_subjects,
    money_object,
    named_party,
    object_phrase_words,
    person_object,
    written_plural,
)
from .token_marks import marked, matching, token_hashes
from .trigger_subjects import _subjects

__all__ = [
    "Trigger",
    "find_triggers",
    "marked",
    "matching",
    "object_tokens",
    "token_hashes",
]

_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass", "obj", "dative", "xcomp"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Verbs whose object noun is the act ("made an appeal", "paid a visit", "waged war").
_LIGHT = cue_words("light_verb")
_PRT_DEPS = frozenset({"prt", "advmod"})
# Adverb particles the parser hangs a "from" on ("walked away from", "backed away from").
_AWAY = frozenset({"away"})
_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
# Entity labels of names that can be a party one deals with: a person, a body, a state.
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


# Relative pronouns that stand for the noun a relative clause modifies.
_RELATIVE_OBJECTS = frozenset({"that", "which", "whom", "who"})


# Entity labels of names whose words are no triggers.
_NAMES = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "FAC", "EVENT"})


def _pos(token: Token) -> str | None:
    pos = token.pos_
    if pos in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
        return "VERB"
    if pos in ("NOUN", "ADJ"):
        return pos
    return None


def object_tokens(token: Token) -> list[Token]:
    """Objects of ``token``: direct, attribute and prepositional objects, with conjuncts.

    Quantities are looked through ("700 kg of medicine" gives "medicine" too)
    and noun compounds count ("aid deliveries" gives "aid").
    """
    found = _modified_noun(token)
    for child in children_of(token):
        found.extend(_child_objects(child))
    for tok in list(found):
        found.extend(c for c in conjuncts_of(tok) if c.i > tok.i)
    for tok in list(found):
        found.extend(_looked_through(tok))
    return found


def _modified_noun(token: Token) -> list[Token]:
    """The noun a participle or relative clause modifies, when it stands for the object."""
    if token.dep_ == "acl" and not any(c.dep_ == "dobj" for c in children_of(token)):
        return [token.head]  # "a statement [released] by X": the noun is the object
    if token.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in children_of(token)
    ):
        return [token.head]  # "the benefits [that] the government offers"
    return []


def _child_objects(child: Token) -> list[Token]:
    """The objects one child of a trigger gives: itself, its preposition's object, or a
    complement clause's subject that is really the object."""
    if child.dep_ in _OBJECT_DEPS:
        found = [child]
        if child.dep_ == "dative":
            # "offered financing [to] clients": a dative preposition's object
            found.extend(c for c in children_of(child) if c.dep_ == "pobj")
        return found
    if child.dep_ in _PREP_DEPS and child.lower_ not in _PATH_PREPS:
        return _prep_phrase_objects(child)
    if child.dep_ == "advmod" and child.lower_ in _AWAY:
        # "walked [away] from the talks": the preposition hangs on the adverb
        return [o for p in _away_preps(child) for o in _prep_phrase_objects(p)]
    if child.dep_ == "ccomp":
        # "allowed [inspectors] to visit" parsed with the object as the clause's subject
        subjects = [c for c in children_of(child) if c.dep_ == "nsubj" and c.i < child.i]
        # "found [Smith guilty]", "holds [Lebanon responsible]": the adjective is said of
        # the object, as an "oprd" one is ("held Iran responsible"); "not guilty" acquits
        small = child.pos_ == "ADJ" and not any(c.dep_ == "neg" for c in children_of(child))
        return [*subjects, child] if subjects and small else subjects
    return []


def _away_preps(adverb: Token) -> list[Token]:
    """The "from" an adverb particle holds ("walked away [from] the talks")."""
    return [p for p in children_of(adverb) if p.dep_ == "prep" and p.lower_ == "from"]


def _prep_phrase_objects(prep: Token) -> list[Token]:
    """The objects of a trigger's preposition (no named agent: that is the doer)."""
    # "used by the Royal Air Force": a named agent is the doer, not an object.
    named = prep.dep_ == "agent"
    found = [
        c for c in children_of(prep) if c.dep_ in ("pobj", "pcomp") and not (named and c.ent_type_)
    ]
    # "pulled [out] of the treaty": a particle parsed as a preposition holds
    # the real one, whose object is the verb's.
    found.extend(
        o
        for p in children_of(prep)
        if p.dep_ == "prep" and not any(c.dep_ == "pobj" for c in children_of(prep))
        for o in children_of(p)
        if o.dep_ == "pobj"
    )
    return found


def _looked_through(tok: Token) -> list[Token]:
    """What an object stands for as well: its compound words, and what a quantity or
    "of" phrase measures."""
    found: list[Token] = []
    # "$5 million in aid" is aid as much as "700 kg of medicine" is medicine.
    looked_through = ("of", "in") if tok.ent_type_ in _AMOUNT_ENTS else ("of",)
    for child in children_of(tok):
        if child.dep_ == "compound":
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in looked_through:
            found.extend(c for c in children_of(child) if c.dep_ == "pobj")
    return found


def _temporal(prep: Token) -> bool:
    """A preposition whose object is a date or time ("a strike on Monday")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children_of(prep))


def _particle(token: Token) -> bool:
    if token.dep_ in _PRT_DEPS:
        return True
    return token.dep_ == "prep" and not any(c.dep_ == "pobj" for c in children_of(token))


def _content_mark(clause: Token) -> str | None:
    """ "called [for] Muslims to attack": "for" parsed as the marker of the clause asked for."""
    if clause.dep_ not in ("advcl", "ccomp", "xcomp"):
        return None
    mark = next((c for c in children_of(clause) if c.dep_ == "mark" and c.i < clause.i), None)
    return mark.lower_ if mark is not None and mark.lower_ == "for" else None


def _infinitive_advcl(token: Token) -> bool:
    """ "sworn [to fight]" parsed as an adverbial clause is a complement all the same."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)
    )


# "agreed that both sides should withdraw": a clause of what is to be done
# "’ll" is the typographic form of "'ll" (the corpus writes both).
_MODALS = frozenset({"will", "would", "should", "shall", "must", "'ll", "\u2019ll", "wo"})


def _modal_clause(child: Token) -> bool:
    """A complement clause that says what will or should be done ("that troops would
    withdraw"), not what is so ("that the result was poor"), nor what should have been
    ("that we should not have invaded")."""
    auxes = [a.lower_ for a in children_of(child) if a.dep_ == "aux"]
    return child.dep_ == "ccomp" and any(a in _MODALS for a in auxes) and "have" not in auxes


def _predicated(obj: Token) -> bool:
    """An object followed by an adjective parsed as its modifier ("held Hamas responsible"):
    a predicate on a named object, which a bare name ("a device called Flyboard") lacks."""
    return obj.dep_ == "dobj" and any(
        a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > obj.i for a in children_of(obj)
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
        and any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > child.i for a in children_of(child))
    )


class _Around:
    """A candidate trigger's children and objects, read once for all its frames."""

    __slots__ = ("children", "token", "_objects")

    def __init__(self, token: Token) -> None:
        self.token = token
        self.children = list(children_of(token))
        self._objects: list[tuple[int, str, str]] | None = None

    def objects(self) -> list[tuple[int, str, str]]:
        """(index, lower-case lemma, dependency) of each object token, and of each
        object with its compound as "compound head" ("gas explosion"), so a frame can
        name a pair whose head alone is too broad ("killed in a bomb explosion")."""
        if self._objects is None:
            found = object_tokens(self.token)
            self._objects = (
                [(t.i, t.lemma_.lower(), t.dep_) for t in found]
                + [
                    # a plural as written, where the lemmatizer changes it ("data" is
                    # "datum", "media" "medium", "remains" "remain")
                    (t.i, t.lower_, t.dep_)
                    for t in found
                    if written_plural(t)
                ]
                + [
                    (t.i, f"{c.lemma_.lower()} {t.lemma_.lower()}", t.dep_)
                    for t in found
                    for c in children_of(t)
                    if c.dep_ == "compound"
                ]
                # money whatever its figure ("contributed $48,500 to"), unless it measures
                # goods it names ("$5 million in shoes": those decide)
                + [(t.i, MONEY_OBJECT, t.dep_) for t in found if money_object(t)]
                + [(t.i, PARTY_OBJECT, t.dep_) for t in found if named_party(self.token, t)]
                + [(t.i, PERSON_OBJECT, t.dep_) for t in found if person_object(t)]
            )
        return self._objects

    def patients(self) -> list[tuple[int, str, str]]:
        """(index, lemma, dependency) of who a subjectless passive was done to (see
        ``_shared_patients``), as a lemma and as ``#person`` when it is one; and as
        ``#person`` a passive's subject that is a captive by its context, or the subject a
        passive gerund inherits (``object_items.captive_in_context``, ``inherited_subjects``)."""
        found = _shared_patients(self.token)
        # a captive by its context counts as a person ("the kidnapped were released",
        # "released from prison"), as does the subject a gerund inherits ("spent a year in
        # jail before [being released]")
        subjects = [c for c in self.children if c.dep_ == "nsubjpass"] + found
        return (
            [(t.i, t.lemma_.lower(), t.dep_) for t in found]
            + [(t.i, PERSON_OBJECT, t.dep_) for t in found if person_object(t)]
            + [(t.i, PERSON_OBJECT, t.dep_) for t in subjects if captive_in_context(self.token, t)]
            + [(t.i, PERSON_OBJECT, t.dep_) for t in inherited_subjects(self.token)]
        )


def _on_a_preposition(verb: Token, i: int) -> bool:
    """Whether token ``i`` is the object of a preposition the verb itself governs."""
    token = verb.doc[i]
    while token.dep_ in ("conj", "compound") and token.head.i != token.i:
        token = token.head  # a name's first word, or a later conjunct, stands with it
    if token.dep_ not in ("pobj", "pcomp"):
        return False
    # "hand the reins over [to] Costello": the preposition may hang on a particle
    head = token.head
    while head.i != verb.i and head.dep_ in ("prep", "agent", "dative", "prt", "advmod"):
        head = head.head
    return head.i == verb.i


def _qualifier(token: Token) -> bool:
    """Whether a compound word qualifies a common noun ("a [Trump] lawsuit", "the [Smith]
    report"), not a name's first word ("[Anthony] Scaramucci")."""
    named = bool(token.ent_type_) or token.pos_ == "PROPN"
    return token.dep_ == "compound" and named and not token.head.ent_type_


def _shared_patients(verb: Token) -> list[Token]:
    """Who a passive with no subject of its own was done to: the subject of the verb it is
    coordinated with ("were detained and [released] a day later", "the men jailed last
    year were [released]", which the parser may hang on "jailed"), or of the verb whose
    passive complement it is ("the captives are to be [released]", "are expected to be
    [released]")."""
    children = children_of(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children):
        return []
    head_children = children_of(verb.head)
    if verb.dep_ == "xcomp":
        passive = any(c.dep_ == "auxpass" for c in children)
    else:
        # the parser tags a conjoined participle VBN or, after a comma, VBD
        passive = (
            verb.dep_ == "conj"
            and verb.tag_ in ("VBN", "VBD")
            and any(c.dep_ == "auxpass" for c in (*children, *head_children))
        )
    if not passive:
        return []
    return [c for c in head_children if c.dep_ in ("nsubj", "nsubjpass")]


def _match(around: _Around, entry: TriggerEntry) -> tuple[bool, tuple[int, ...]]:
    """Whether ``entry``'s frame fits the token's clause, and the object tokens it consumed."""
    if not _words_fit(around, entry) or not _clause_fits(around.token, entry):
        return False, ()
    if entry.objects:
        # A complement clause ("declined [to comment]") only fits non-event frames;
        # "pledged [to support]" is an intention, not the frame "pledged support".
        candidates = around.objects()
        if entry.undergoer:
            # who the act is done to is never a preposition's object on the verb
            # ("handed the reins over [to] Costello", "released it [to] reporters")
            # nor a name that only qualifies a thing ("dismissed a [Trump] lawsuit")
            doc = around.token.doc
            candidates = [
                c
                for c in candidates
                if not _on_a_preposition(around.token, c[0]) and not _qualifier(doc[c[0]])
            ]
            candidates += around.patients()
        hits = tuple(
            i
            for i, lemma, dep in candidates
            if lemma in entry.objects and (entry.type is None or dep != "xcomp")
        )
        if entry.object_mods:
            # "declared a [fiscal] emergency" is no martial law (see ``object_phrase_words``)
            doc = around.token.doc
            hits = tuple(
                i
                for i in hits
                if entry.object_mods
                & (object_phrase_words(around.token, doc[i]) | _participle_mods(doc[i]))
            )
        return bool(hits), hits
    if entry.absorbs:
        # a null frame named by its subject ("40 percent support capital punishment")
        # absorbs whatever objects it has
        return True, tuple(dict.fromkeys(i for i, _, _ in around.objects()))
    return True, ()


def _participle_mods(obj: Token) -> set[str]:
    """The participles that modify an object ("three [suspected] militants", "a [wanted]
    man"), which the phrase words leave out as verbs, so that a frame's ``object_mods``
    can name them."""
    return {c.lower_ for c in children_of(obj) if c.dep_ == "amod" and c.pos_ == "VERB"}


def _words_fit(around: _Around, entry: TriggerEntry) -> bool:
    """Whether the token has the particle, preposition, dependent and modifier the frame
    names."""
    children = around.children
    # The parser often labels a particle as an adverb ("pulled [back]", "called [off]"),
    # or as a preposition without an object of its own ("pulled [out] of the town").
    if entry.prt and not any(c.lower_ == entry.prt and _particle(c) for c in children):
        return False
    if entry.prep and not any(
        (c.dep_ in _PREP_DEPS and c.lower_ in entry.prep and not _temporal(c))
        or _content_mark(c) in entry.prep
        for c in children
        + _light_verb_preps(around.token, entry)
        + [p for c in children if c.dep_ == "advmod" and c.lower_ in _AWAY for p in _away_preps(c)]
    ):
        return False
    # "a device called Flyboard" names a thing; "called it illegal" judges it. A name
    # fills a null frame's slot all the same ("flew Modi to Mumbai" carries him).
    if entry.deps and not _deps_fit(children, entry):
        return False
    # a listed participle is matched as written: "rising demand" (the lemma is "rise")
    return not entry.mods or any(
        c.dep_ in _MOD_DEPS
        and (
            c.lemma_.lower() in entry.mods
            or ((written_plural(c) or c.tag_ in ("VBG", "VBN")) and c.lower_ in entry.mods)
        )
        for c in children
    )


# The pseudo-label ``objectless``: the verb acts on nothing ("pilots on the third day of
# [striking]", "voted in favour of [striking]"), where "capable of striking Europe" or
# "striking at the base" names what is hit.
_ACTED_ON_DEPS = frozenset({"dobj", "dative", "nsubjpass", "prt"})


def _deps_fit(children: list[Token], entry: TriggerEntry) -> bool:
    """Whether a child carries one of the frame's ``deps`` (or, for ``objectless``, none
    is an object, a particle or an "at"/"on" phrase)."""
    if "objectless" in entry.deps:
        return not any(
            c.dep_ in _ACTED_ON_DEPS or (c.dep_ == "prep" and c.lower_ in ("at", "on"))
            for c in children
        )
    return any(
        _has_dep(c, entry.deps) and (c.pos_ != "PROPN" or _predicated(c) or not entry.type)
        for c in children
    )


def _light_verb_preps(noun: Token, entry: TriggerEntry) -> list[Token]:
    """The prepositions after a noun trigger that the parser hung on the light verb whose
    direct object it is: "made an appeal [to] donors" is the noun frame "appeal to", as
    "issued an appeal to donors" is when the parser hangs "to" on the noun. Only light
    verbs: "means a great deal to me" or "touted his appeal to voters" are no frames."""
    if entry.pos != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _LIGHT:
        return []
    return [c for c in children_of(noun.head) if c.dep_ == "prep" and c.i > noun.i]


def _clause_fits(token: Token, entry: TriggerEntry) -> bool:
    """Whether the token's subject and the word above it are those the frame names."""
    # A frame that names its passive subject ("was questioned") reads no agent as one.
    agents = "nsubjpass" not in entry.deps
    if entry.subjects and not any(
        _subject_fits(t, entry.subjects) for t in _subjects(token, agents)
    ):
        return False
    return not (entry.within and (token.head.i == token.i or token.head.lower_ not in entry.within))


def _subject_fits(subject: Token, lemmas: tuple[str, ...]) -> bool:
    """Whether a subject is one a ``subjects`` frame names; a plural demonym ("Iranians
    protested") names people, as "people" does, while "Iran protested" names a state. A
    name's head word before it says what the name is ("[Hurricane] Katrina struck",
    "killed by [Typhoon] Haiyan")."""
    if subject.lemma_.lower() in lemmas or (written_plural(subject) and subject.lower_ in lemmas):
        return True  # the lemma, or a plural as written ("measles", lemmatized "measle")
    if subject.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < subject.i and c.lemma_.lower() in lemmas
        for c in children_of(subject)
    ):
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
            if pos == "NOUN" and not entry.specificity:
                entry = _discourse_sense(token, entry, entries) or entry  # "[the strike]"
            # A frame typed null ("declined to comment") is a known non-event; it is
            # returned so that the nouns it consumed are no events either. The people a
            # frame acts on ("released [the hostages]") are its target, not its means.
            return Trigger(token, entry, () if entry.undergoer else consumed)
    return None


def _discourse_sense(
    noun: Token, bare: TriggerEntry, entries: tuple[TriggerEntry, ...]
) -> TriggerEntry | None:
    """The sense a bare noun trigger has elsewhere in its article, when its modifiers
    there name one sense only: in a story of "a US air strike", "the strike" and "after
    the strike" are that attack, in one of "a general strike" the stoppage. A typed
    ``mods`` frame another mention of the lemma matches names the sense; None when no
    other mention is so modified, when two senses are named, or when the one named is
    the bare noun's own type (one sense per story, so the bare noun gives way)."""
    senses: list[TriggerEntry] = []
    for other in noun.doc:
        if other.lemma != noun.lemma or other.i == noun.i or _pos(other) != "NOUN":
            continue
        around = _Around(other)
        found = next((e for e in entries if e.mods and e.type and _match(around, e)[0]), None)
        if found is not None:
            senses.append(found)
    if not senses or len({e.type for e in senses}) > 1:
        return None
    return None if senses[0].type == bare.type else senses[0]


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
    for child in children_of(token):
        if child.dep_ in ("dobj", "npadvmod") and child.ent_type_ in _RATES:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("to", "from", "by", "at")
            and any(c.dep_ == "pobj" and c.ent_type_ in _RATES for c in children_of(child))
        ):
            return True
    return False


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
