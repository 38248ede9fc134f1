"""A police word with a rank makes the rank a police one, COP (stop 19, role AK2).

Hand-parsed sentences (no model). Before, "Police Captain NAME" and "a police officer,
Captain NAME" were coded MIL from the rank "Captain".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _person(make_doc: MakeDoc, notation: str) -> Actor:
    actors = [a for a in extract_actors(make_doc(parsed(notation))).actors if a.type == "PERSON"]
    assert len(actors) == 1, actors
    return actors[0]


def _ranked(make_doc: MakeDoc, body: str, rank: str) -> Actor:
    # "<body> <rank> Tal Orvin said it ."
    return _person(
        make_doc,
        f"{body}|NOUN|compound|3 {rank}|PROPN|compound|2 Tal|PROPN|compound|1|B-PERSON "
        "Orvin|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2",
    )


@pytest.mark.parametrize(("body", "rank"), [("Police", "Captain"), ("police", "Sergeant")])
def test_a_police_rank(make_doc: MakeDoc, body: str, rank: str) -> None:
    assert _ranked(make_doc, body, rank).sector == "COP"


def test_a_military_police_rank_stays_military(make_doc: MakeDoc) -> None:
    person = _person(
        make_doc,
        "Military|ADJ|amod|1 police|NOUN|compound|3 Captain|PROPN|compound|2 "
        "Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 "
        "it|PRON|dobj|-1 .|PUNCT|punct|-2",
    )
    assert person.sector == "MIL"


def test_a_police_officer_described_with_a_rank(make_doc: MakeDoc) -> None:
    # An Iraqi police officer, Captain Tal Orvin, said it.
    person = _person(
        make_doc,
        "An|DET|det|3 Iraqi|ADJ|amod|2|B-NORP police|NOUN|compound|1 officer|NOUN|nsubj|6 "
        ",|PUNCT|punct|-1 Captain|PROPN|compound|2 Tal|PROPN|compound|1|B-PERSON "
        "Orvin|PROPN|appos|-4|I-PERSON ,|PUNCT|punct|-5 said|VERB|ROOT|0 it|PRON|dobj|-1 "
        ".|PUNCT|punct|-2",
    )
    assert (person.country, person.sector) == ("IRQ", "COP")


def test_a_rank_after_a_police_title(make_doc: MakeDoc) -> None:
    # Police spokesman General Tal Orvin said it.
    person = _person(
        make_doc,
        "Police|NOUN|compound|1 spokesman|NOUN|compound|3 General|PROPN|compound|2 "
        "Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 "
        "it|PRON|dobj|-1 .|PUNCT|punct|-2",
    )
    assert person.sector == "COP"
