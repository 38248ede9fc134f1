"""A model organization opening with a title word and ending in a thing noun ("General
Election") is that thing, not a person with a title; a lone noun of people ("Teachers")
names nobody.

Invented sentences, hand-parsed (no model). The election test failed before
``things._ends_in_a_thing``, the people noun before ``name_noise._a_people_noun``; the
others guard a titled person and the party "National".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed

MakeDoc = Callable[..., Doc]


def test_a_general_election_is_no_general(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|2 General|PROPN|compound|1|B-ORG Election|PROPN|nsubjpass|2|I-ORG "
        "was|AUX|auxpass|1 held|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_titled_name_the_model_calls_a_body_is_a_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "General|PROPN|compound|2|B-ORG Jo|PROPN|compound|1|I-ORG Vell|PROPN|nsubj|1|I-ORG "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Jo Vell"]


def test_a_lone_people_noun_names_nobody(make_doc: MakeDoc) -> None:
    # "Teachers may not agree." with the model's organization on the capitalised noun
    rows = parsed("Teachers|NOUN|nsubj|2|B-ORG may|AUX|aux|1 agree|VERB|ROOT|0 .|PUNCT|punct|-1")
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_national_is_a_party(make_doc: MakeDoc) -> None:
    rows = parsed("National|PROPN|nsubj|1|B-ORG leads|VERB|ROOT|0 .|PUNCT|punct|-1")
    assert actor_names(extract_actors(make_doc(rows))) == ["National"]
