"""Commissioners hold an office, and a body before two titles is the first title's.

Invented sentences, hand-parsed (no model). ``titles.tsv`` had "police commissioner"
only: a commissioner fell back to a civilian (CVL); "commissioner" (with its deputy,
assistant, high and general forms) is a government office now, whose organization
decides first ("AU trade and industry commissioner": the African Union's, IGO, across
an "and" of portfolio words). In "AU chairperson President NAME of Zembla" the union
was taken for the president's body (IGO); it is the chair's, and the president is GOV.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _person(make_doc: MakeDoc, notation: str) -> tuple[str | None, str | None]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    person = next(a for a in actors if a.type == "PERSON")
    return person.country, person.sector


def test_a_commissioner_holds_an_office(make_doc: MakeDoc) -> None:
    notation = (
        "Canada|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 "
        "Commissioner|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation) == ("CAN", "GOV")


def test_a_commissioner_of_a_union_across_portfolio_words(make_doc: MakeDoc) -> None:
    notation = (
        "AU|PROPN|compound|4|B-ORG trade|NOUN|compound|3 and|CCONJ|cc|-1 "
        "industry|NOUN|conj|-2 commissioner|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation) == (None, "IGO")


def test_a_body_before_two_titles_is_the_first_ones(make_doc: MakeDoc) -> None:
    notation = (
        "AU|PROPN|compound|1|B-ORG chairperson|NOUN|compound|1 President|PROPN|compound|2 "
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|3|I-PERSON of|ADP|prep|-1 "
        "Egypt|PROPN|pobj|-1|B-GPE spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation) == ("EGY", "GOV")


def test_a_party_before_two_joined_titles_is_the_first_ones(make_doc: MakeDoc) -> None:
    notation = (
        "Labour|PROPN|compound|1|B-ORG leader|NOUN|nsubj|6 and|CCONJ|cc|-1 "
        "Prime|PROPN|compound|1 Minister|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|conj|-5|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation)[1] == "GOV"
