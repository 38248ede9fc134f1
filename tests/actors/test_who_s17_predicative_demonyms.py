"""A nationality said of someone after a copula is no mention of the country.

Invented sentences, hand-parsed (no model). "she is Zemblan"-style descriptions ("he could
be Pakistani, he could be Mexican") made Pakistan and Mexico actors of a story about
neither; a demonym used as a modifier ("the Pakistani team") still names the country.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _countries(make_doc: MakeDoc, notation: str) -> list[str | None]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    return [a.country for a in actors if a.type == "COUNTRY"]


def test_a_predicative_demonym_names_no_party(make_doc: MakeDoc) -> None:
    notation = (
        "She|PRON|nsubj|1 is|AUX|ROOT|0 Pakistani|ADJ|acomp|-1|B-NORP and|CCONJ|cc|-1 "
        "Mexican|ADJ|conj|-2|B-NORP .|PUNCT|punct|-4"
    )
    assert _countries(make_doc, notation) == []


def test_a_modifying_demonym_still_names_the_country(make_doc: MakeDoc) -> None:
    notation = (
        "The|DET|det|2 Pakistani|ADJ|amod|1|B-NORP team|NOUN|nsubj|1 won|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _countries(make_doc, notation) == ["PAK"]
