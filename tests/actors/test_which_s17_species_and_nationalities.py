"""A species is no person; a nationality said of someone is not the country as a party.

Invented sentences, hand-parsed (no model). The first two failed before their rules
(``thing_names._binomial``, ``actors._a_nationality``); the last two guard a person
with a particle and a country that acts.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed

MakeDoc = Callable[..., Doc]


def test_a_species_is_no_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Divers|NOUN|nsubj|1 found|VERB|ROOT|0 Zorvia|PROPN|compound|1|B-PERSON "
        "lentiformis|NOUN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_person_ending_in_a_particle_stays_a_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Jo Vell"]


def test_a_nationality_said_of_someone_is_no_party(make_doc: MakeDoc) -> None:
    rows = parsed(
        "He|PRON|nsubj|2 could|AUX|aux|1 be|AUX|ROOT|0 Mexican|ADJ|acomp|-1|B-NORP .|PUNCT|punct|-2"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_country_that_acts_stays_a_party(make_doc: MakeDoc) -> None:
    rows = parsed(
        "He|PRON|nsubj|1 is|AUX|ROOT|0 Mexican|ADJ|acomp|-1|B-NORP and|CCONJ|cc|-2 "
        "Mexico|PROPN|nsubj|1|B-GPE protested|VERB|conj|-4 .|PUNCT|punct|-5"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Mexico"]
