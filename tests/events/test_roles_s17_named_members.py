"""A group the apposition names person by person is those people: in "Three Ruritanians, Jo
Doe, Ann Roe, and Al Poe, sued Vastland" the three named people sued, each an actor of the
event; a group named by no one ("Three Ruritanians sued Vastland") stays the doer. Invented
sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Three Ruritanians, Jo Doe, Ann Roe, and Al Poe, sued Vastland."
NAMED = (
    "Three|NUM|nummod|1 Ruritanians|PROPN|nsubj|12|B-NORP ,|PUNCT|punct|-1 "
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|appos|-3|I-PERSON ,|PUNCT|punct|-1 "
    "Ann|PROPN|compound|1|B-PERSON Roe|PROPN|conj|-3|I-PERSON ,|PUNCT|punct|-1 "
    "and|CCONJ|cc|-2 Al|PROPN|compound|1|B-PERSON Poe|PROPN|conj|-4|I-PERSON "
    ",|PUNCT|punct|-11 sued|VERB|ROOT|0||sue Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
)
# "Three Ruritanians sued Vastland."
UNNAMED = (
    "Three|NUM|nummod|1 Ruritanians|PROPN|nsubj|1|B-NORP sued|VERB|ROOT|0||sue "
    "Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
)


def _sued(blank_nlp: Language, notation: str) -> tuple[str, ...]:
    doc = build(blank_nlp, parsed(notation), {"Ruritanians": "NNPS", "sued": "VBD"})
    return next(e for e in events_of(doc) if e.trigger.text == "sued").actors


def test_a_group_named_person_by_person_is_those_people(blank_nlp: Language) -> None:
    assert _sued(blank_nlp, NAMED) == ("A2", "A3", "A4")


def test_a_group_named_by_no_one_stays_the_doer(blank_nlp: Language) -> None:
    assert _sued(blank_nlp, UNNAMED) == ("A1",)
