"""Organizations the model tags in part or as people are the listed bodies.

Invented sentences, hand-parsed (no model). Each failed before organizations.jsonl
listed the chain: a lone one-word "person" with no title was dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Aldi", "DEU"), ("ALDI", "DEU"), ("Lidl", "DEU"), ("Tesco", "GBR")],
)
def test_a_store_chain_tagged_as_a_person_is_its_company(
    make_doc: MakeDoc, name: str, country: str
) -> None:
    rows = parsed(
        f"{name}|PROPN|nsubj|1|B-PERSON limited|VERB|ROOT|0 sales|NOUN|dobj|-1 "
        ".|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.type, a.country, a.sector) for a in actors] == [("ORG", country, "BUS")]


def test_a_surname_that_is_also_a_store_chain_stays_the_person(make_doc: MakeDoc) -> None:
    # "Coles" (an Australian chain) is a common surname: it is not listed, so a
    # person named so keeps the name
    rows = parsed(
        "Dana|PROPN|compound|1|B-PERSON Coles|PROPN|nsubj|1|I-PERSON left|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.type) for a in actors] == [("Dana Coles", "PERSON")]


def test_a_party_named_with_its_country_is_one_name(make_doc: MakeDoc) -> None:
    # the model tags only "Change" of "Change UK candidates"; the listed party is whole
    rows = parsed(
        "Change|PROPN|compound|2|B-ORG UK|PROPN|compound|1 candidates|NOUN|nsubj|1 "
        "lost|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.country, a.sector) for a in actors] == [("Change UK", "GBR", "PTY")]
