"""Denied claims: what a party denies is said of it is not reported as done.

"The ministry denied reports that its soldiers shelled the town", "the rebels rejected
claims that they had seized the convoy": the act in the content clause of a claim noun
(``cue_words.tsv`` kind ``claim_noun``) that is the object of a verb of denial
(``denying``) is contested, not reported; like "no evidence that ..." it is left
unknown (hypothetical), not refused by anyone. A noun of accusation that is itself a
trigger ("denied accusations that ...") is framed through that trigger instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_words import cue_words

_CLAIM_NOUNS = cue_words("claim_noun")
_DENYING = cue_words("denying")


def denied_claim(noun: Token) -> bool:
    """Whether ``noun`` is a claim noun that the verb taking it as object denies."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CLAIM_NOUNS:
        return False
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _DENYING
