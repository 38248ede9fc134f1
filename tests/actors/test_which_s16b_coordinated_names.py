"""A name whose "of"/"for" complement is coordinated is one organization, not two.

Invented sentences, hand-parsed (no model) with the entities cut at "and" as the model
cuts them; the first failed before ``_coordinated_ending`` (merged_fixes.py), the others guard
real coordinations.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _names(make_doc: MakeDoc, notation: str) -> list[str]:
    return sorted(a.name for a in extract_actors(make_doc(parsed(notation))).actors)


def test_the_words_after_and_end_the_name(make_doc: MakeDoc) -> None:
    names = _names(
        make_doc,
        "The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG League|PROPN|nsubj|5|I-ORG "
        "for|ADP|prep|-1|I-ORG Gardening|PROPN|pobj|-1|I-ORG and|CCONJ|cc|-1 "
        "Fishing|PROPN|conj|-2|B-ORG met|VERB|ROOT|0 today|NOUN|npadvmod|-1 .|PUNCT|punct|-2",
    )
    assert names == ["Zorvex League for Gardening and Fishing"]


def test_a_body_named_elsewhere_stays_apart(make_doc: MakeDoc) -> None:
    names = _names(
        make_doc,
        "The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG League|PROPN|nsubj|5|I-ORG "
        "for|ADP|prep|-1|I-ORG Gardening|PROPN|pobj|-1|I-ORG and|CCONJ|cc|-1 "
        "Qelmar|PROPN|conj|-2|B-ORG met|VERB|ROOT|0 ,|PUNCT|punct|-1 "
        "Qelmar|PROPN|nsubj|1|B-ORG said|VERB|conj|-3 .|PUNCT|punct|-4",
    )
    assert names == ["Qelmar", "Zorvex League for Gardening"]


def test_two_bodies_without_a_complement_stay_two(make_doc: MakeDoc) -> None:
    names = _names(
        make_doc,
        "Zorvex|PROPN|nsubj|3|B-ORG and|CCONJ|cc|-1 Qelmar|PROPN|conj|-2|B-ORG "
        "met|VERB|ROOT|0 .|PUNCT|punct|-1",
    )
    assert names == ["Qelmar", "Zorvex"]


def test_a_field_the_model_calls_a_person_ends_the_name(make_doc: MakeDoc) -> None:
    """``_a_field``: the model's two-word "person" "Polar Science" after "and" is the end
    of the school's name, not a person named beside it."""
    names = _names(
        make_doc,
        "The|DET|det|2 Keller|PROPN|compound|1|B-ORG School|PROPN|nsubj|6|I-ORG "
        "of|ADP|prep|-1|I-ORG Marine|PROPN|pobj|-1|I-ORG and|CCONJ|cc|-1 "
        "Polar|PROPN|compound|1|B-PERSON Science|PROPN|conj|-3|I-PERSON "
        "met|VERB|ROOT|0 today|NOUN|npadvmod|-1 .|PUNCT|punct|-2",
    )
    assert names == ["Keller School of Marine and Polar Science"]
