"""A person's name the model ended at a particle ("von der", "da") is joined to its surname."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _names(make_doc: MakeDoc, notation: str) -> list[str]:
    return [a.name for a in extract_actors(make_doc(parsed(notation))).actors]


def test_a_name_cut_after_its_particle_is_joined(make_doc: MakeDoc) -> None:
    assert _names(
        make_doc,
        "Ilse|PROPN|compound|3|B-PERSON von|PROPN|compound|2|I-PERSON "
        "der|PROPN|compound|1|I-PERSON Marck|PROPN|nsubj|1|B-GPE spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1",
    ) == ["Ilse von der Marck"]


def test_a_name_ending_in_a_capital_keeps_the_place_after_it_apart(make_doc: MakeDoc) -> None:
    names = _names(
        make_doc,
        "Ilse|PROPN|compound|1|B-PERSON Marck|PROPN|nsubj|3|I-PERSON "
        "Oslo|PROPN|npadvmod|2|B-GPE today|NOUN|npadvmod|1 spoke|VERB|ROOT|0 .|PUNCT|punct|-1",
    )
    assert "Ilse Marck" in names and not any("Oslo" in name for name in names if name != "Oslo")


def test_an_adjective_after_a_particle_is_not_a_surname(make_doc: MakeDoc) -> None:
    names = _names(
        make_doc,
        "Ilse|PROPN|nsubj|2|B-PERSON de|X|dep|-1|I-PERSON Dutch|ADJ|amod|1|B-NORP "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1",
    )
    assert not any("Dutch" in name for name in names)
