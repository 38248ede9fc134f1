"""A "who" clause the parser hangs on the noun in apposition to a named person is that
person's ("Ana Lee, a nurse in Ruritania who protested the cuts": Ana Lee protested, not
Ruritania, named only where the nurse works). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import doers_of

# "Ana Lee, a nurse in Ruritania who protested the cuts, left."
NURSE_IN_WHO = (
    "Ana|PROPN|compound|1|B-PERSON Lee|PROPN|nsubj|11|I-PERSON ,|PUNCT|punct|-1 a|DET|det|1 "
    "nurse|NOUN|appos|-3 in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE who|PRON|nsubj|1 "
    "protested|VERB|relcl|-4||protest the|DET|det|1 cuts|NOUN|dobj|-2||cut ,|PUNCT|punct|-10 "
    "left|VERB|ROOT|0||leave .|PUNCT|punct|-1"
)
# "Ana Lee met a nurse in Ruritania who protested the cuts." (no one named in apposition)
MET_NURSE_WHO = (
    "Ana|PROPN|compound|1|B-PERSON Lee|PROPN|nsubj|1|I-PERSON met|VERB|ROOT|0||meet "
    "a|DET|det|1 nurse|NOUN|dobj|-2 in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "who|PRON|nsubj|1 protested|VERB|relcl|-4||protest the|DET|det|1 cuts|NOUN|dobj|-2||cut "
    ".|PUNCT|punct|-9"
)


def test_who_on_an_appositive_noun_is_the_named_person(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, NURSE_IN_WHO, "protested") == [("A1",)]


def test_who_on_a_noun_without_a_name_is_still_that_noun(blank_nlp: Language) -> None:
    assert ("A1",) not in doers_of(blank_nlp, MET_NURSE_WHO, "protested")
