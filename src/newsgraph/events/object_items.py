"""Object items of trigger frames read from the parse, not from words: an amount of money
(``#money``), a person, body or state a verb acts on directly (``#party``), a person
(``#person``), and the plural whose lemma is not the word written ("data")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ._tokens import children_of
from .lexicon import object_classes

__all__ = [
    "captive_in_context",
    "inherited_subjects",
    "money_object",
    "named_party",
    "object_phrase_words",
    "person_object",
    "written_plural",
]

_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def written_plural(token: Token) -> bool:
    """Whether a plural noun's lemma differs from the word as written ("data", "datum")."""
    return token.tag_ in ("NNS", "NNPS") and token.lower_ != token.lemma_.lower()


def money_object(token: Token) -> bool:
    """Whether an object (not a figure inside one) is an amount of money that measures
    nothing named after it."""
    return (
        token.ent_type_ == "MONEY"
        and token.dep_ != "compound"
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in children_of(token))
    )


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    return frozenset(object_classes().get("party", ()))


def named_party(verb: Token, token: Token) -> bool:
    """Whether an object is the name of a person, body or state that a verb acts on
    directly ("called [McCain]", "called the [White House]", "called Kerry and
    [Cheney]"), or a noun of the ``party`` class of ``object_classes.tsv`` ("called his
    [counterpart]"); a name reached through a preposition or a compound is none, nor is
    the object of a phrasal verb, which says another act ("called out Smith")."""
    if token.ent_type_ not in _PARTY_ENTS and token.lemma_.lower() not in _party_nouns():
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    children = children_of(verb)
    alone = _lone_predicate(verb, token, children)
    if not (token.dep_ == "dobj" or alone) or token.head.i != verb.i or _quoted_after(token):
        return False
    # "call Windsor their home", "called Abbott, an idiot": a noun in apposition is
    # what the object is called
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in children_of(token)):
        return False
    if _naming_participle(verb, children):
        return False
    # "called out Smith", "called Obama "the next President"": another act, or a name
    return not any(
        (c.dep_ == "prt" and c.lower_ != "back") or (c.dep_ == "oprd" and not alone)
        for c in children
    )


def _lone_predicate(verb: Token, token: Token, children: tuple[Token, ...]) -> bool:
    """Whether a predicate with no object beside it is the verb's object after all."""
    # "Tenet called CIA officer Jo Doe" parsed as a predicate with no object: a
    # predicate alone after an active past tense with a subject is the object (naming
    # takes both, "called Jo Doe a hero"; "was called Sears", "X, also called Y" name)
    return (
        token.dep_ == "oprd"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in children)
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ == "advmod" and c.lower_ in ("also", "so") for c in children)
    )


def _naming_participle(verb: Token, children: tuple[Token, ...]) -> bool:
    """Whether the verb is a participle that names the noun right before it."""
    # "a group called the Peace Union": a participle right after its noun names it,
    # whether tagged so (no auxiliary) or as a past tense with no subject or with an
    # indefinite one ("a new group" introduced, not yet known to do anything)
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children):
        return True
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and (
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
            or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(before))
        )
    )


# Pronouns that stand for people ("released [him]", "[they] were freed", "Begg, [who] was
# released"); "it", "that" and "which" stand as often for things.
_PERSONAL = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "who", "whom"}
)


def person_object(token: Token) -> bool:
    """Whether an object is a person by its form: a PERSON name, a plural people's
    name ("Canadians"), or a personal pronoun."""
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_ == "NORP" and token.tag_ == "NNPS":
        return True
    return token.pos_ == "PRON" and token.lower_ in _PERSONAL


# Clauses inside a phrase say more than what the phrase names ("a state of emergency
# [that lets troops search homes]"): their words are not the phrase's.
_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "conj", "appos"})


# What a verb's own phrases say about its object: "over the drought", "ahead of the
# storm", "due to flooding", "as the cyclone neared".
_ON_VERB = frozenset({"prep", "agent", "advmod", "advcl", "npadvmod", "amod"})


def _phrase_words(token: Token, clauses: bool = False) -> set[str]:
    """Lemmas and lower-case forms of the nouns and adjectives of ``token`` and its
    dependents (verbs name no topic: "protesters [stormed] the building"), clauses left
    out unless ``clauses``."""
    words = {token.lemma_.lower(), token.lower_} if token.pos_ != "VERB" else set()
    for child in children_of(token):
        if clauses or child.dep_ not in _CLAUSES:
            words |= _phrase_words(child, clauses)
    return words


def object_phrase_words(verb: Token, obj: Token) -> set[str]:
    """The words a frame's ``object_mods`` may find: the object's phrase ("a [fiscal]
    emergency", "the outbreak a public [health] emergency"), that of the noun the object
    is the "of" part of ("a [statewide] state of emergency"), and the prepositional
    phrases and adverbial clauses on the verb ("declared an emergency in response to the
    [drought]", "ahead of the [storm]", "as a [cyclone] approached")."""
    words = _phrase_words(obj)
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.pos_ == "NOUN":
        words |= _phrase_words(obj.head.head)
    for child in children_of(verb):
        if child.dep_ in _ON_VERB and child.i != obj.head.i:
            words |= _phrase_words(child, clauses=True)
    return words


def _quoted_after(token: Token, window: int = 8) -> bool:
    """Whether a quotation follows an object before the next verb ("called Jo Doe in a
    statement "one of the most capable ..."", "called the minister an "idiot""): what
    the object is called, not a call made to it."""
    doc = token.doc
    end = max(t.i for t in token.subtree) + 1
    for t in doc[token.i + 1 : min(end + window, len(doc))]:
        if t.is_quote:
            return True
        if t.i >= end and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return False
    return False


@lru_cache(maxsize=1)
def _captivity() -> frozenset[str]:
    return frozenset(object_classes().get("captivity", ()))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    classes = object_classes()
    return frozenset((*classes.get("captives", ()), *classes.get("party", ())))


def _captivity_word(token: Token) -> bool:
    return token.lemma_.lower() in _captivity() or token.lower_ in _captivity()


def captive_in_context(verb: Token, subject: Token) -> bool:
    """Whether the subject of a passive release is a captive by its context, whatever its
    noun: a participle of captivity on it ("the [kidnapped] were released", "personnel
    [detained] by Iran"), or a noun of captivity in the release's clause ("released from
    [prison]", "within days of their [capture]"); the ``captivity`` class of
    ``object_classes.tsv``."""
    if subject.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "VERB"):
        return False
    if _captivity_word(subject) or any(
        t.dep_ in ("amod", "acl", "relcl", "compound") and _captivity_word(t)
        for t in subject.subtree
    ):
        return True  # "the [kidnapped]", "most of those who were [detained]"
    return any(
        t.pos_ == "NOUN" and t.dep_ in ("pobj", "compound") and _captivity_word(t)
        for t in verb.subtree
        if t.i != verb.i
    )


def inherited_subjects(verb: Token) -> list[Token]:
    """Who a subjectless passive gerund after a preposition was done to: the people the
    clause above it is about ("Jo Marsh spent a year in jail before [being released]",
    "the pair spoke of their relief at [being released]"): the subject of the nearest verb
    above it, when that subject is a person, a people noun or a captive by its context
    ("the attacker was watched after [being released] from prison")."""
    children = children_of(verb)
    if verb.dep_ != "pcomp" or not any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children):
        return []
    head = verb.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    return [
        c
        for c in children_of(head)
        if c.dep_ in ("nsubj", "nsubjpass")
        and (person_object(c) or c.lemma_.lower() in _people_nouns() or captive_in_context(verb, c))
    ]
