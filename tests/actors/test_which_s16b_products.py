"""A name shaped like "iPod" (a lower-case "i" and a capitalised word) is a product, a thing.

Invented sentences, hand-parsed (no model); the first failed before ``_a_product``
(things.py); the second guards a firm of that shape that acts.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _names(make_doc: MakeDoc, notation: str) -> list[str]:
    return [a.name for a in extract_actors(make_doc(parsed(notation))).actors]


def test_a_product_named_is_no_actor(make_doc: MakeDoc) -> None:
    names = _names(
        make_doc,
        "Buyers|NOUN|nsubj|1 liked|VERB|ROOT|0 the|DET|det|2 new|ADJ|amod|1 "
        "iZorvex|PROPN|dobj|-3|B-ORG .|PUNCT|punct|-4",
    )
    assert names == []


def test_a_firm_of_that_shape_that_acts_stays(make_doc: MakeDoc) -> None:
    names = _names(
        make_doc,
        "iZorvex|PROPN|nsubj|1|B-ORG sold|VERB|ROOT|0 phones|NOUN|dobj|-1 .|PUNCT|punct|-2",
    )
    assert names == ["iZorvex"]
