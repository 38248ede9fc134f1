"""A verb with no object of its own shares the object the parser hung on the verb it is
coordinated with ("Vastland arrested and charged Jo Doe": Jo Doe was arrested too), but
not across a clause with a subject of its own ("Vastland attacked and Ruritania condemned
Jo Doe"). Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland arrested and charged Jo Doe."
ARRESTED_AND_CHARGED = (
    "Vastland|PROPN|nsubj|1|B-GPE arrested|VERB|ROOT|0||arrest and|CCONJ|cc|-1 "
    "charged|VERB|conj|-2||charge Jo|PROPN|compound|1|B-PERSON Doe|PROPN|dobj|-2|I-PERSON "
    ".|PUNCT|punct|-5"
)
# "Vastland attacked and Ruritania condemned Jo Doe."
OWN_SUBJECT = (
    "Vastland|PROPN|nsubj|1|B-GPE attacked|VERB|ROOT|0||attack and|CCONJ|cc|-1 "
    "Ruritania|PROPN|nsubj|1|B-GPE condemned|VERB|conj|-3||condemn Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-6"
)


@pytest.mark.parametrize(
    ("notation", "kind", "recipient"),
    [(ARRESTED_AND_CHARGED, "COERCE", "A2"), (OWN_SUBJECT, "ASSAULT", None)],
)
def test_a_verb_shares_the_object_of_the_verb_it_is_coordinated_with(
    blank_nlp: Language, notation: str, kind: str, recipient: str | None
) -> None:
    tags = {"arrested": "VBD", "charged": "VBD", "attacked": "VBD", "condemned": "VBD"}
    event = next(e for e in events_of(build(blank_nlp, parsed(notation), tags)) if e.type == kind)
    assert (event.actors, event.recipient) == (("A1",), recipient)
