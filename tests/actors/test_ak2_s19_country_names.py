"""Two organizations whose names differ in a country or a distinguishing word are two
actors (stop 19, role AK2).

Hand-parsed sentences (no model). Before, "Brazilian Central Bank" and "Central Bank of
Nigeria" met on their bare name "central bank", and a "Bank of X" folded into the
"Reserve Bank of X" whose name ends in it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _orgs(make_doc: MakeDoc, notation: str) -> list[tuple[str, str | None]]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    return sorted((a.name, a.country) for a in actors if a.type == "ORG")


def test_one_body_name_of_two_countries_is_two_bodies(make_doc: MakeDoc) -> None:
    # The Brazilian Central Bank and the Central Bank of Nigeria cut rates.
    orgs = _orgs(
        make_doc,
        "The|DET|det|3 Brazilian|PROPN|compound|2|B-ORG Central|PROPN|compound|1|I-ORG "
        "Bank|PROPN|nsubj|7|I-ORG and|CCONJ|cc|-1 the|DET|det|2 "
        "Central|PROPN|compound|1|B-ORG Bank|PROPN|conj|-4|I-ORG of|ADP|prep|-1|I-ORG "
        "Nigeria|PROPN|pobj|-1|I-ORG cut|VERB|ROOT|0 rates|NOUN|dobj|-1 .|PUNCT|punct|-2",
    )
    assert orgs == [("Brazilian Central Bank", "BRA"), ("Central Bank of Nigeria", "NGA")]


def test_one_body_named_two_ways_for_one_country_is_one(make_doc: MakeDoc) -> None:
    # The Nigerian Central Bank and the Central Bank of Nigeria cut rates.
    orgs = _orgs(
        make_doc,
        "The|DET|det|3 Nigerian|PROPN|compound|2|B-ORG Central|PROPN|compound|1|I-ORG "
        "Bank|PROPN|nsubj|7|I-ORG and|CCONJ|cc|-1 the|DET|det|2 "
        "Central|PROPN|compound|1|B-ORG Bank|PROPN|conj|-4|I-ORG of|ADP|prep|-1|I-ORG "
        "Nigeria|PROPN|pobj|-1|I-ORG cut|VERB|ROOT|0 rates|NOUN|dobj|-1 .|PUNCT|punct|-2",
    )
    assert orgs == [("Nigerian Central Bank", "NGA")]


def test_a_name_stating_its_country_is_no_short_name(make_doc: MakeDoc) -> None:
    # The Bank of Chile said the Reserve Bank of Chile erred.
    orgs = _orgs(
        make_doc,
        "The|DET|det|1 Bank|PROPN|nsubj|3|B-ORG of|ADP|prep|-1|I-ORG "
        "Chile|PROPN|pobj|-1|I-ORG said|VERB|ROOT|0 the|DET|det|2 "
        "Reserve|PROPN|compound|1|B-ORG Bank|PROPN|nsubj|3|I-ORG of|ADP|prep|-1|I-ORG "
        "Chile|PROPN|pobj|-1|I-ORG erred|VERB|ccomp|-6 .|PUNCT|punct|-7",
    )
    assert orgs == [("Bank of Chile", "CHL"), ("Reserve Bank of Chile", "CHL")]


def _two_numbered(make_doc: MakeDoc, body: str) -> list[tuple[str, str | None]]:
    # The 3rd <Body> and the 4th <Body> ruled.
    first, second = body.split()
    return _orgs(
        make_doc,
        f"The|DET|det|3 3rd|ADJ|amod|2|B-ORG {first}|PROPN|compound|1|I-ORG "
        f"{second}|PROPN|nsubj|6|I-ORG and|CCONJ|cc|-1 the|DET|det|3 4th|ADJ|amod|2|B-ORG "
        f"{first}|PROPN|compound|1|I-ORG {second}|PROPN|conj|-5|I-ORG ruled|VERB|ROOT|0 "
        ".|PUNCT|punct|-1",
    )


def test_two_numbered_units_are_two_bodies(make_doc: MakeDoc) -> None:
    names = [name for name, _ in _two_numbered(make_doc, "Westvale Brigade")]
    assert names == ["3rd Westvale Brigade", "4th Westvale Brigade"]


def test_two_terms_of_a_legislature_are_one_body(make_doc: MakeDoc) -> None:
    assert len(_two_numbered(make_doc, "Westvale Assembly")) == 1


def test_a_legislature_s_word_is_no_white_house(make_doc: MakeDoc) -> None:
    # The White House and the House disagree.
    orgs = _orgs(
        make_doc,
        "The|DET|det|2 White|PROPN|compound|1|B-ORG House|PROPN|nsubj|4|I-ORG "
        "and|CCONJ|cc|-1 the|DET|det|1 House|PROPN|conj|-3|B-ORG disagree|VERB|ROOT|0 "
        ".|PUNCT|punct|-1",
    )
    assert [name for name, _ in orgs] == ["House", "White House"]
