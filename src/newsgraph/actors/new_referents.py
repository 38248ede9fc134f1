"""Who a he/she cannot stand for: a referent the sentence itself introduced or continued.

Two cautions of the pronoun rules (:mod:`.refer`), both preferring "unknown"
to a person named earlier:

* **A new referent** — an indefinite noun phrase of a person ("a settler",
  "an official", "a soldier") starts someone new; it never refers back to a
  person named before. A subject or possessive he/she in a clause under its
  own ("a settler shot two men when he opened fire") is that someone, not the
  minister quoted two sentences earlier. Not in what the noun's verb reports
  ("an official said he ...": often whom the official speaks for), not an
  object ("a guard struck him"), and not when a name goes with the noun ("a
  woman named X", "a reporter, X,").
* **A continued subject** — "He then praised Kim's plan. He said ...": the
  second "he" continues the subject of the sentence before, not the person
  named only as a possessor or object there. When the deciding sentence has a
  main-clause he/she subject and no named person as subject, a main-clause
  he/she of narration takes that pronoun's person, or none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import cue_words, lexicons
from .resolve import Entity

__all__ = ["continued_subject", "introduced_before"]

_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_INDEFINITE = frozenset({"a", "an", "another"})
# agent noun kinds that name one person in the singular ("an official", "a settler")
_PERSONAL_KINDS = frozenset({"role", "group"})


def _personal_noun(token: Token, gender: str) -> bool:
    """A singular common noun of a person: a title ("spokesman") not of the other gender ("a
    spokeswoman ... he" is someone else), or an agent noun of a sector ("settler"), not a
    sectorless one ("a group") nor a vehicle ("a convoy")."""
    if token.pos_ != "NOUN" or token.tag_ == "NNS" or token.ent_type_:
        return False
    title = lexicons().titles.get(token.lower_)
    if title is not None:
        return title.gender in ("", gender)
    entry = lexicons().agents.get(token.lower_)
    if entry is None or not entry.sector or token.lower_ != entry.noun:
        return False
    return entry.kind in _PERSONAL_KINDS and token.lower_ not in cue_words("vehicle")


def _named(noun: Token) -> bool:
    """ "A reporter, Jo Vell, ...", "Jo Vell, a reporter", "a resident, Mr Vell said", "a
    woman named Jo Vell": the noun names a person after all."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return True
    # ("an activist and teacher, Jo Vell,", "a woman named Jo Vell")
    if any(
        t.ent_type_ == "PERSON" or (t.dep_ == "appos" and t.pos_ == "PROPN") for t in noun.subtree
    ):
        return True
    return any(c.dep_ in _SUBJECT and c.pos_ == "PROPN" for c in noun.head.children)


def _governed_by(pronoun: Token, verb: Token) -> bool:
    """Whether ``pronoun``'s clause hangs from ``verb`` (its own clause or one below) through
    no reported speech: "a settler shot two men when he ..." but not "an official said he
    ..." (often whom the official speaks for) nor "when an official spoke, he ..."."""
    current = pronoun.head
    for _ in range(6):
        if current.i == verb.i:
            return True
        if current.dep_ == "ccomp" or current.head.i == current.i:
            return False
        current = current.head
    return False


def introduced_before(pronoun: Token, gender: str, quoted: frozenset[int]) -> bool:
    """Whether an indefinite person subject ("an Israeli settler") of a clause the subject
    or possessive ``pronoun`` hangs from comes before it, on the same side of a quotation
    mark: the pronoun most likely stands for that new someone (an object pronoun is someone
    else, and a quoted "he" after "a spokesman said" is whom he speaks of)."""
    if pronoun.dep_ not in _SUBJECT and pronoun.dep_ != "poss":
        return False
    inside = pronoun.i in quoted
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            return False
        if (
            token.dep_ in _SUBJECT
            and (token.i in quoted) == inside
            and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children)
            and _personal_noun(token, gender)
            and not _named(token)
            and _governed_by(pronoun, token.head)
        ):
            return True
    return False


def _main_subject(pronoun: Token) -> bool:
    """The subject of its sentence, or of what its sentence's subject says ("Kim said [he]
    would go")."""
    verb = pronoun.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")


def continued_subject(
    pronoun: Token, sentence: Span, people: list[Entity], quoted: frozenset[int]
) -> tuple[bool, Entity | None]:
    """Whether the main subject he/she of ``sentence`` (before ``pronoun``, the same word)
    decides whom ``pronoun`` stands for, and the person it was bound to (None: no one). Only
    for a main subject pronoun: the deciding sentence's named people stand otherwise. Narration
    only: a quoted "he" continues nothing, and quotations switch speakers."""
    if pronoun.dep_ not in _SUBJECT or not _main_subject(pronoun) or pronoun.i in quoted:
        return False, None  # ("remarks over her accent because she ..." may turn to another)
    for token in sentence:
        if token.i >= pronoun.i:
            break
        if token.lower_ != pronoun.lower_ or token.dep_ not in _SUBJECT or token.i in quoted:
            continue
        if token.head.i != sentence.root.i:
            return False, None  # a clause's subject ("whom he named as X"): X may be meant
        span = (token.i, token.i + 1)
        return True, next((p for p in people if span in p.spans), None)
    return False, None
