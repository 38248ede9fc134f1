"""A force's vehicles stand for the force (stop 19, role AK).

Invented sentences, hand-parsed (no model). Before, "army" modifying "vehicles" was a
compound modifier of a common noun and no actor: "attacked Ethiopian army vehicles"
had the country Ethiopia, with no sector, as its target.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _actors(make_doc: MakeDoc, notation: str) -> list[Actor]:
    return extract_actors(make_doc(parsed(notation))).actors


def _mentioned(actors: list[Actor], text: str) -> Actor | None:
    return next((a for a in actors if any(m.text == text for m in a.mentions)), None)


def test_an_army_s_vehicles_are_the_army(make_doc: MakeDoc) -> None:
    actors = _actors(
        make_doc,
        "Rebels|NOUN|nsubj|1 attacked|VERB|ROOT|0 Ethiopian|ADJ|amod|2|B-NORP "
        "army|NOUN|compound|1 vehicles|NOUN|dobj|-3 .|PUNCT|punct|-4",
    )
    force = _mentioned(actors, "Ethiopian army vehicles")
    assert force is not None and (force.country, force.sector) == ("ETH", "MIL")


def test_an_international_body_s_convoy_is_the_body(make_doc: MakeDoc) -> None:
    actors = _actors(
        make_doc,
        "Rebels|NOUN|nsubj|1 attacked|VERB|ROOT|0 a|DET|det|2 UN|PROPN|compound|1|B-ORG "
        "convoy|NOUN|dobj|-3 .|PUNCT|punct|-4",
    )
    body = _mentioned(actors, "UN convoy")
    assert body is not None and body.sector == "IGO"


def test_a_company_s_vehicles_are_its_goods(make_doc: MakeDoc) -> None:
    actors = _actors(
        make_doc,
        "Westvale|PROPN|compound|1|B-ORG Motors|PROPN|compound|1|I-ORG "
        "vehicles|NOUN|nsubj|1 crashed|VERB|ROOT|0 .|PUNCT|punct|-1",
    )
    assert _mentioned(actors, "Westvale Motors vehicles") is None
