"""A name the model calls an organization is a person's when the article writes its last
word after an honorific elsewhere ("Mr Pelmar"), whatever the first name.

Invented sentences, hand-parsed (no model); the first failed before
``_surname_with_honorific`` (things.py); the second guards a name with no such mention.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_OPENING = (
    "Zorvald|PROPN|compound|1|B-ORG Pelmar|PROPN|nsubj|1|I-ORG spoke|VERB|ROOT|0 "
    "today|NOUN|npadvmod|-1 .|PUNCT|punct|-2 "
)


def _types(make_doc: MakeDoc, notation: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make_doc(parsed(notation))).actors}


def test_an_honorific_before_the_surname_makes_a_person(make_doc: MakeDoc) -> None:
    types = _types(
        make_doc,
        _OPENING + "Mr|PROPN|compound|1 Pelmar|PROPN|nsubj|1|B-PERSON left|VERB|ROOT|0 "
        ".|PUNCT|punct|-1",
    )
    assert types == {"Zorvald Pelmar": "PERSON"}


def test_without_an_honorific_the_organization_stays(make_doc: MakeDoc) -> None:
    types = _types(make_doc, _OPENING + "It|PRON|nsubj|1 left|VERB|ROOT|0 .|PUNCT|punct|-1")
    assert types == {"Zorvald Pelmar": "ORG"}
