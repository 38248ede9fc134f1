"""An "it" or "they" after a fronted adverbial clause stands for that clause's subject
("Although Ruritania refused the deal, it attacked Vastland"), when that names a body or
state for "it" (not a person). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Although Ruritania refused the deal, it attacked Vastland."
ALTHOUGH_RURITANIA_IT = (
    "Although|SCONJ|mark|2 Ruritania|PROPN|nsubj|1|B-GPE refused|VERB|advcl|5||refuse "
    "the|DET|det|1 deal|NOUN|dobj|-2||deal ,|PUNCT|punct|2 it|PRON|nsubj|1||it "
    "attacked|VERB|ROOT|0||attack Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-3"
)
# "Although Jo Doe refused the deal, it attacked Vastland." (a person is no "it")
ALTHOUGH_JO_IT = (
    "Although|SCONJ|mark|3 Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|1|I-PERSON "
    "refused|VERB|advcl|5||refuse the|DET|det|1 deal|NOUN|dobj|-2||deal ,|PUNCT|punct|2 "
    "it|PRON|nsubj|1||it attacked|VERB|ROOT|0||attack Vastland|PROPN|dobj|-1|B-GPE "
    ".|PUNCT|punct|-3"
)


def _attackers(blank_nlp: Language, notation: str) -> list[tuple[str, ...]]:
    doc = build(blank_nlp, parsed(notation))
    return [e.actors for e in events_of(doc) if e.trigger.text == "attacked"]


def test_it_after_a_fronted_clause_is_that_clauses_subject(blank_nlp: Language) -> None:
    assert _attackers(blank_nlp, ALTHOUGH_RURITANIA_IT) == [("A1",)]


def test_it_is_not_a_person_named_in_the_fronted_clause(blank_nlp: Language) -> None:
    assert all(a == () for a in _attackers(blank_nlp, ALTHOUGH_JO_IT))
