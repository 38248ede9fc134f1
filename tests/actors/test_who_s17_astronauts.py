"""Astronauts and cosmonauts serve a state's space agency.

Invented sentences, hand-parsed (no model). "two astronauts, Jo Brin and Al Zorvex" had no
title and fell back to civilians (CVL); astronauts (and cosmonauts) are GOV titles now,
shared over the list of names as plural titles are.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_astronauts_listed_after_their_title_are_government(make_doc: MakeDoc) -> None:
    notation = (
        "It|PRON|nsubj|1 chose|VERB|ROOT|0 two|NUM|nummod|1 astronauts|NOUN|dobj|-2 "
        ",|PUNCT|punct|-1 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|appos|-3|I-PERSON "
        "and|CCONJ|cc|-1 Al|PROPN|compound|1|B-PERSON Zorvex|PROPN|conj|-3|I-PERSON "
        ".|PUNCT|punct|-10"
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    assert sorted((a.name, a.sector) for a in actors if a.type == "PERSON") == [
        ("Al Zorvex", "GOV"),
        ("Jo Brin", "GOV"),
    ]
