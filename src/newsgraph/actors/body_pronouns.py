"""A "they" that opens its sentence, bound to the one body the sentence before is about.

Newspapers write of a named body in the plural as often as in the singular
("Acme Foods raised its prices. They blame the drought"; "the Green Party
walked out. They objected to the new rules"). A subject "they" (``pronouns.tsv``
rows of type ORG) that opens its sentence, with nothing but a date, an adverb or a
connective before it, stands for the subject of the sentence before when that
subject is one organisation named in the singular (not a country, a place or a
person: "Norway has troops there. They train ..." are the troops). A "they"
bound this way is itself such a subject for the sentence after it. Nothing is
bound after a sentence that reports what others did ("Acme reports that gunmen
took the town. They ...") or names others in the plural as a subject ("Acme
replied after clerks complained. They ..."), to a "they" that says what
something is ("They are the three firms": most often a list just named), or to
a "they" inside quotation marks from a subject outside them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import lexicons
from .refer import quoted_tokens
from .resolve import Entity
from .spans import token_indices

__all__ = ["add_body_pronouns"]

_PLURAL = frozenset({"NNS", "NNPS"})


@lru_cache(maxsize=1)
def _body_pronouns() -> frozenset[str]:
    """The pronouns ``pronouns.tsv`` gives to organisations ("they")."""
    return frozenset(w for w, entry in lexicons().pronouns.items() if entry.type == "ORG")


def _opens_sentence(token: Token) -> bool:
    """Whether only a date, an adverb or a connective comes before ``token`` in a sentence
    that is not the article's first."""
    sent = token.sent
    before = token.doc[sent.start : token.left_edge.i]
    return sent.start > 0 and not any(
        t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in ("DATE", "TIME") for t in before
    )


def _previous_body(token: Token, owner: dict[int, Entity], quoted: frozenset[int]) -> Entity | None:
    """The organisation the sentence before ``token``'s names as its one singular subject."""
    doc = token.doc
    root = doc[token.sent.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj":
        return None  # a passive's subject is whom it was done to, not the doer
    subj = subjects[0]
    if subj.tag_ in _PLURAL or any(c.dep_ == "conj" for c in subj.children):
        return None
    if token.i in quoted and subj.i not in quoted:
        return None
    ent = owner.get(subj.i)
    if ent is None or ent.type != "ORG" or _reports_others(root, ent, owner):
        return None
    return ent


def _reports_others(root: Token, ent: Entity, owner: dict[int, Entity]) -> bool:
    """Whether the sentence before reports what others did ("Acme reports that gunmen took
    the town. They ...") or names others in the plural as a subject: a "they" after it is
    as likely those others."""
    for clause in root.children:
        if clause.dep_ != "ccomp":
            continue
        for subj in clause.children:
            if (
                subj.dep_ in ("nsubj", "nsubjpass")
                and subj.pos_ != "PRON"
                and owner.get(subj.i) is not ent
            ):
                return True
    # "the bank's officials stated ..." anywhere in it: a "they" after it may be them
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in _PLURAL and owner.get(t.i) is not ent
        for t in root.sent
    )


def _identifies(token: Token) -> bool:
    """Whether ``token`` is the subject of "be" with a noun ("They are the latest additions to
    the list", "They were members of a battalion"): a list of things or people just named."""
    head = token.head
    return head.lemma_ == "be" and any(c.dep_ == "attr" for c in head.children)


def add_body_pronouns(doc: Doc, entities: list[Entity]) -> None:
    """Add a sentence-opening subject "they" to the organisation the sentence before names."""
    owner = {i: ent for ent in entities for s, e in ent.spans for i in range(s, e)}
    quoted = quoted_tokens(doc)
    for i in token_indices(doc, _body_pronouns()):
        token = doc[i]
        if i in owner or token.dep_ != "nsubj" or token.head.pos_ not in ("VERB", "AUX"):
            continue
        if not _opens_sentence(token) or _identifies(token):
            continue
        body = _previous_body(token, owner, quoted)
        if body is not None:
            body.add(doc, i, i + 1, body.type, "pronoun")
            owner[i] = body
