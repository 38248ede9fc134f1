"""A common noun before a title names the body the article named with that head word.

Invented sentences, hand-parsed (no model). "party chairman Jo Brin" after "the Zorvex
Party" took the chairman's own sector (BUS, a company's chairman); the party named
before is his body (PTY).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_PARTY = (
    "The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG Party|PROPN|nsubj|1|I-ORG "
    "won|VERB|ROOT|0 .|PUNCT|punct|-1 "
)


def _person_sector(make_doc: MakeDoc, notation: str) -> str | None:
    actors = extract_actors(make_doc(parsed(notation))).actors
    return next(a.sector for a in actors if a.type == "PERSON")


def test_a_head_noun_names_the_body_before(make_doc: MakeDoc) -> None:
    notation = _PARTY + (
        "party|NOUN|compound|1 chairman|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person_sector(make_doc, notation) == "PTY"


def test_another_head_noun_names_no_body(make_doc: MakeDoc) -> None:
    notation = _PARTY + (
        "company|NOUN|compound|1 chairman|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person_sector(make_doc, notation) == "BUS"


def test_the_named_body_outranks_a_party_before_it(make_doc: MakeDoc) -> None:
    notation = (
        "The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG Committee|PROPN|nsubj|1|I-ORG "
        "met|VERB|ROOT|0 .|PUNCT|punct|-1 Labour|PROPN|compound|2|B-ORG "
        "committee|NOUN|compound|1 chairman|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    committee = next(a for a in actors if a.name == "Zorvex Committee")
    person = next(a for a in actors if a.type == "PERSON")
    assert person.sector == committee.sector != "PTY"
