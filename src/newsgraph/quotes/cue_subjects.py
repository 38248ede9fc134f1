"""Who utters a reporting cue: the subject token of a cue verb or noun, and the name
written next to a verb the parse gave no subject.

First step of speaker finding: :mod:`.reported`, :mod:`.classify` and the quote
extractor in ``__init__`` find cues; this module names the token that speaks
them, which :mod:`.speakers` (``resolve_speaker``) then maps to an actor.

Participles ("stating", "claiming") and conjoined verbs have no subject of
their own: they climb to the clause they hang on, skipping clauses that are
themselves reported content ("emphasized that Iran would continue ...,
stating" belongs to the one who emphasized, not to Iran) and anything inside
quotation marks (the parser often hangs the frame on the quote's verb).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import Lexicon
from .tokens import covered

__all__ = ["cue_subject", "is_cue_verb", "left_name", "right_name"]


_SUBJECTS = ("nsubj", "csubj")
_CLIMB = ("advcl", "xcomp", "conj", "acl", "ccomp", "parataxis", "relcl", "pcomp", "prep", "dep")


def is_cue_verb(token: Token, lexicon: Lexicon, adjacent: bool = False) -> bool:
    """Whether ``token`` is a reporting verb of the lexicon (``adjacent``: right after a quote)."""
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        return False
    return lexicon.verb(token.lemma_, adjacent) is not None


def _inside(token: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    return covered(quoted, token.idx)


def _own_subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in _SUBJECTS:
            return child
    return None


def cue_subject(
    cue: Token, lexicon: Lexicon, quoted: Sequence[tuple[int, int]], depth: int = 0
) -> Token | None:
    """The token that names who utters ``cue`` (a verb or noun cue), or None.

    Climbs from participles and conjuncts to the governing clause; a relative
    pronoun subject ("a statement which read") stands for its antecedent; a noun
    cue ("Trump's statement") takes its possessor or the subject of its verb.
    """
    if depth > 3:  # statement-like nouns owned by statement-like nouns: give up
        return None
    cited = _cited(cue, lexicon)
    if cited is not None:
        return cited
    token: Token | None = cue
    for _ in range(8):
        if token is None or (token != cue and _inside(token, quoted)):
            return None
        if token != cue and token.dep_ == "ccomp" and is_cue_verb(token.head, lexicon):
            token = token.head  # the participle hangs on reported content: its frame speaks
            continue
        subject = _clause_subject(token, cue)
        if subject is not None:
            return _subject_speaker(subject, token, cue, lexicon, quoted, depth)
        if token.pos_ == "NOUN":
            return _noun_speaker(token, lexicon, quoted, depth + 1)
        if token.dep_ == "acl" and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return token.head
        if token.dep_ not in _CLIMB or token.head == token:
            return None
        token = token.head
    return None


def _clause_subject(token: Token, cue: Token) -> Token | None:
    """The subject written on ``token``: a verb's own, a noun's possessor, or, on the cue
    itself, the noun of an absolute "with" construction."""
    subject = _own_subject(token) if token.pos_ != "NOUN" else _possessor(token)
    if subject is None and token == cue:
        subject = _absolute_subject(cue)
    return subject


def _subject_speaker(
    subject: Token,
    token: Token,
    cue: Token,
    lexicon: Lexicon,
    quoted: Sequence[tuple[int, int]],
    depth: int,
) -> Token | None:
    """Who the ``subject`` of ``token`` names: a relative pronoun stands for its
    antecedent, a statement-like noun for its owner, anything else for itself."""
    if lexicon.role(subject.text) == "relative" and token.dep_ == "relcl":
        head = token.head
        if lexicon.noun(head.lemma_) is None:
            return head  # "her partner, Jo Doe, who said": the partner speaks
        return _noun_speaker(head, lexicon, quoted, depth + 1)  # "a statement which read"
    if lexicon.noun(subject.lemma_) is not None and subject != cue:
        return _noun_speaker(subject, lexicon, quoted, depth + 1) or subject
    return subject


def _absolute_subject(cue: Token) -> Token | None:
    """ "Criticism came quickly, with Jo Doe of Ohio saying: ...": Doe speaks, not the criticism.

    A participle cue right after the object of a "with" that hangs on the same
    clause is that object's predicate (an absolute construction), which the
    parse often hangs on the main verb instead.
    """
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl", "conj", "xcomp"):
        return None
    for prep in cue.head.children:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.i > cue.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.right_edge.i + 1 == cue.i:
                return noun
    return None


def _cited(cue: Token, lexicon: Lexicon) -> Token | None:
    """ "cited/quoted the navy as saying ...", "quoted the navy saying ...", "was quoted
    saying ...": the one cited speaks, not the citer (``cue_words.tsv`` kind ``citing``).

    A participle the parse hung on the citing verb itself is the cited object's only
    right after it: in "cited fund raising as a criterion, stating that ..." the citer
    states.
    """
    citing = lexicon.cue_words["citing"]
    participle = cue.dep_ in ("advcl", "xcomp") and cue.tag_ == "VBG"
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        verb = cue.head.head
    elif participle:
        verb = cue.head
    else:
        return None
    if verb.lemma_ not in citing:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass" or (
            child.dep_ == "dobj" and (not participle or child.right_edge.i + 1 == cue.i)
        ):
            return child
    return None


def _possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


def _noun_speaker(
    noun: Token, lexicon: Lexicon, quoted: Sequence[tuple[int, int]], depth: int
) -> Token | None:
    """Who owns a statement-like noun: its possessor, or the subject of its verb."""
    owner = _possessor(noun)
    if owner is not None:
        return owner
    head = noun.head
    while head.dep_ == "prep" or head.pos_ == "ADP":
        if head.head == head:
            break
        head = head.head
    if head == noun or head.pos_ not in ("VERB", "AUX"):
        return None
    return cue_subject(head, lexicon, quoted, depth)


def right_name(cue: Token) -> Token | None:
    """The name right after an inverted verb ("..." sneered Jock), when the parse has no subject.

    Only right after a closing quotation mark: elsewhere the word after the verb
    is its object ("told Reuters").
    """
    doc = cue.doc
    j = cue.i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ","):
        j -= 1
    if j < 0 or not doc[j].is_quote:
        return None
    i = cue.i + 1
    while (
        i < len(doc) and i <= cue.i + 3 and (doc[i].pos_ in ("DET", "ADJ") or doc[i].tag_ == "PRP$")
    ):
        i += 1  # "said a voice", "added little Amy", "inquired his mother"
    if i < len(doc) and doc[i].pos_ in ("PROPN", "NOUN") and not doc[i].is_space:
        token = doc[i]
        while token.dep_ in ("compound", "flat") and token.head.i > token.i:
            token = token.head  # "Mary" of "Mary Fuller": take the name's head
        return token
    return None


def left_name(cue: Token) -> Token | None:
    """The proper name written right before a subjectless verb ("..., Jamel Msallem, said")."""
    i = cue.i - 1
    doc = cue.doc
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].pos_ == "PROPN":
        return doc[i]
    return None
