"""Well-known companies the model misreads are in organizations.jsonl.

Invented sentence, hand-parsed (no model): the model's person "Red Hat" (a colour and
a garment read as a first name and a surname) is the software company, a business.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_a_known_company_tagged_as_a_person_is_a_business(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Red|PROPN|compound|1|B-PERSON Hat|PROPN|nsubj|1|I-PERSON sued|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.type, a.country, a.sector) for a in actors] == [
        ("Red Hat", "ORG", "USA", "BUS")
    ]
