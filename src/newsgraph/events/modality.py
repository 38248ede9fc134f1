"""Modality lookups shared by the frame rules: a word's modality class and the classes its
own function words carry.

:mod:`newsgraph.events.frames` and :mod:`newsgraph.events.aims` both read these; they
live in a module of their own so that frames can import aims without an import cycle.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .lexicon import Lexicon
from .triggers import _PRT_DEPS

__all__: list[str] = []

_QUALIFIERS = frozenset({"intent", "negative", "hypothetical", "obligation"})
# Modality words that qualify only as nouns: "the right to protest" is no protest, but
# "..., right?" and "was right to protest" do not doubt the act.
_NOUN_ONLY = cue_words("noun_only")
# Modality words that qualify only as a passive verb: "the leaders are set to sign the
# deal" is intended, but "a set of protests" and "set a deadline" plan nothing.
_PASSIVE_ONLY = cue_words("passive_only")
# Modality words that qualify only as the word above an act: "rebels are likely to
# attack" is not done, but the adverb in "rebels likely killed them" leaves it done.
_HEAD_ONLY = cue_words("head_only")


# Words of ability whose past copula reports the act done: "diplomats were able to visit
# the prisoners" visited them, but "will be able to visit", "is able to visit" (a power
# held) and "was not able to visit" have not (modality.tsv gives them ``hypothetical``).
_DONE_IN_PAST = cue_words("done_in_past")
# Auxiliaries of a perfect copula: "has been able to visit" is done as "was able to" is.
_PERFECT = frozenset({"has", "have", "had"})


# Forms the model lemmatizes wrongly ("hopes" as "hop"), read as their lemma when they
# take an infinitive: "the ministry hopes to provide relief" has provided none yet.
_LEMMA_FORMS = {"hopes": "hope"}


def _lemma(word: Token) -> str:
    """The word's lemma, mended for a form in :data:`_LEMMA_FORMS` with an infinitive."""
    form = _LEMMA_FORMS.get(word.lower_)
    if form is not None and any(c.dep_ == "xcomp" for c in children_of(word)):
        return form
    return word.lemma_.lower()


# Verbs that put a power or right to use: "used its power to silence critics" silenced
# them, though "has the power to silence critics" has not (modality.tsv power).
_USING = cue_words("using")


def _modal_kind(word: Token, lexicon: Lexicon) -> str | None:
    """The modality class of a word above an act: that of the lemma with its particle or
    adverb ("look_forward": "looks forward to meeting them"), else its lemma's. A power
    or right put to use ("exercised its right to veto the bill") has none: the act is done."""
    lemma = _lemma(word)
    if word.dep_ == "dobj" and word.head.lemma_.lower() in _USING:
        return None
    for child in children_of(word):
        if child.dep_ in _PRT_DEPS and (kind := lexicon.modality.get(f"{lemma}_{child.lower_}")):
            return kind
    if lemma in _DONE_IN_PAST and _past_copula(word, lexicon):
        return None
    if lemma in _PASSIVE_ONLY and not any(
        c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in children_of(word)
    ):
        return None
    return lexicon.modality.get(lemma)


def _past_copula(word: Token, lexicon: Lexicon) -> bool:
    """Whether ``word`` is the predicate of a plain past or perfect "be" ("were able",
    "has been able"), with no "not", modal or "if" of its own ("would have been able",
    "wasn't able", "if they were able")."""
    copula = word.head
    if word.dep_ != "acomp" or copula.lemma_.lower() != "be":
        return False
    if _own_modality(copula, lexicon) or _own_modality(word, lexicon):
        return False
    if copula.tag_ == "VBD":
        return True
    return copula.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in _PERFECT for c in children_of(copula)
    )


def _own_modality(token: Token, lexicon: Lexicon) -> set[str]:
    """Modality classes carried by the token's own function words (not, will, could, if)."""
    classes: set[str] = set()
    children = list(children_of(token))
    for at, child in enumerate(children):
        if _no_longer(child):
            classes.add("negative")  # "Iran no longer recognizes ...": a withdrawal
            continue
        kind = _auxes_kind(token, children, at, lexicon) or lexicon.modality.get(child.lower_)
        if kind not in _QUALIFIERS or child.lower_ in _NOUN_ONLY | _HEAD_ONLY:
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


def _auxes_kind(token: Token, children: list[Token], at: int, lexicon: Lexicon) -> str | None:
    """The class of the token's auxiliary ``children[at]`` with the auxiliary after
    it (modality.tsv "would_have"): "Iran would have attacked", "a measure which would have
    restricted abortion" did not happen, though "would attack" is intended. A reported
    clause with no "if" of its own is left to the single words: "said troops would have
    attacked the town on Monday" may report an inference or a future perfect in the past.
    A "not" or "never" between them is passed over: "we would never have had the talks"."""
    child = children[at]
    if child.dep_ != "aux":
        return None
    after = next((c for c in children[at + 1 :] if c.dep_ not in ("neg", "advmod")), None)
    if after is None or after.dep_ != "aux":
        return None
    if token.dep_ == "ccomp" and not _conditional(token, lexicon):
        return None
    return lexicon.modality.get(f"{child.lower_}_{after.lower_}")


def _no_longer(word: Token) -> bool:
    """ "no longer recognizes", "will no longer accept": "longer" with its own "no" (or
    "not any longer") negates the verb it modifies."""
    return (
        word.lower_ == "longer"
        and word.dep_ == "advmod"
        and any(c.lower_ in ("no", "not", "n't", "n’t") for c in children_of(word))
    )


def _conditional(token: Token, lexicon: Lexicon) -> bool:
    """ "will not accept refugees [if war starts]": the act depends on a condition."""
    return any(
        child.dep_ == "advcl"
        and any(
            m.dep_ == "mark" and lexicon.modality.get(m.lower_) == "hypothetical"
            for m in children_of(child)
        )
        for child in children_of(token)
    )
