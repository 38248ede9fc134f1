"""The parser hangs a "who" clause on the nearest noun, often a body named after a person
("Jo Doe, an envoy for the Office who criticized Vastland"): "who" is that person, not the
body; a "who" clause on a person ("the envoy who ...") is unchanged. Invented sentences,
hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Jo Doe, an envoy for the Office who criticized Vastland, resigned."
ENVOY_FOR_THE_OFFICE_WHO = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|11|I-PERSON ,|PUNCT|punct|-1 "
    "an|DET|det|1 envoy|NOUN|appos|-3 for|ADP|prep|-1 the|DET|det|1 "
    "Office|PROPN|pobj|-2|B-ORG who|PRON|nsubj|1 criticized|VERB|relcl|-2||criticize "
    "Vastland|PROPN|dobj|-1|B-GPE ,|PUNCT|punct|-10 resigned|VERB|ROOT|0||resign "
    ".|PUNCT|punct|-1"
)


def test_who_is_the_person_not_the_body_it_hangs_on(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(ENVOY_FOR_THE_OFFICE_WHO), {"criticized": "VBD"})
    criticized = next(e for e in events_of(doc) if e.trigger.text == "criticized")
    assert criticized.actors == ("A1",)
    assert criticized.recipient == "A3"
