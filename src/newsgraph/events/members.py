"""Who a group described by a passive stands for: "X was among those [arrested]".

A participle or passive infinitive that describes a group or a rank names no patient of
its own; the one who underwent it is the subject said to belong to that group or hold
that rank: "Jo Kim was among those [arrested]", "was among 40 people [detained]", "was
one of 15 hostages [rescued]", "Jo Kim, one of the men [held] by police, ...", "is the
first woman [to be charged]". Used by :func:`newsgraph.events.recipients._undergoers`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of

__all__ = ["members_named", "ranked_passive"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def members_named(noun: Token) -> list[Token]:
    """The subject said to belong to the group ``noun`` ("[X] was among [those]", "[X] was
    one of the [hostages]", "[X], one of the [men]") or to hold the rank it names ("[X] is
    the first [woman]", "became the [first]"); none for any other noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep":
        if prep.lower_ == "among":
            return _copula_subjects(prep.head)
        if prep.lower_ == "of" and prep.head.lower_ == "one":
            one = prep.head
            if one.dep_ == "appos":
                return [one.head]
            return _copula_subjects(one.head) if one.dep_ == "attr" else []
        return []
    return _copula_subjects(noun.head, noun) if noun.dep_ == "attr" else []


def ranked_passive(verb: Token) -> bool:
    """ "the first woman [to be arrested]": a passive infinitive clause on a noun, with no
    subject of its own."""
    children = children_of(verb)
    return (
        verb.dep_ in ("relcl", "acl")
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ in _SUBJECTS for c in children)
    )


def _copula_subjects(verb: Token, noun: Token | None = None) -> list[Token]:
    """The subject of the verb that links it to the group ("[X] was among ..."); not a
    subject that is the same kind of thing as ``noun`` ("Jo's [apology] was the first
    apology offered": the thing offered, not one who underwent it)."""
    if verb.pos_ not in ("AUX", "VERB"):
        return []
    same = noun.lemma_.lower() if noun is not None else None
    return [c for c in children_of(verb) if c.dep_ in _SUBJECTS and c.lemma_.lower() != same]
