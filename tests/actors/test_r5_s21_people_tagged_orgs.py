"""A person's full name the model tags as an organization (stop 21, role R5).

Hand-parsed sentences (no model). Two or three plain name words tagged ORG are a person
when the appositive after their comma is headed by a title past its modifiers ("the
general director") or by a word for a person ("a 90-year-old woman"), or when they are
listed with a name the model calls a person. Invented names, none a known first name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _types(make_doc: MakeDoc, notation: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make_doc(parsed(notation))).actors}


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        # 0 Tarvo 1 Kelmi 2 , 3 the 4 general 5 director 6 , 7 said 8 it 9 .
        (
            "Tarvo|PROPN|compound|1|B-ORG Kelmi|PROPN|nsubj|6|I-ORG ,|PUNCT|punct|-1 "
            "the|DET|det|2 general|ADJ|amod|1 director|NOUN|appos|-4 ,|PUNCT|punct|-5 "
            "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2",
            "PERSON",
        ),
        (
            "Tarvo|PROPN|compound|1|B-ORG Kelmi|PROPN|nsubj|6|I-ORG ,|PUNCT|punct|-1 "
            "a|DET|det|2 90-year-old|ADJ|amod|1 woman|NOUN|appos|-4 ,|PUNCT|punct|-5 "
            "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2",
            "PERSON",
        ),
        (  # a body described: stays an organization
            "Tarvo|PROPN|compound|1|B-ORG Kelmi|PROPN|nsubj|6|I-ORG ,|PUNCT|punct|-1 "
            "a|DET|det|2 law|NOUN|compound|1 firm|NOUN|appos|-4 ,|PUNCT|punct|-5 "
            "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2",
            "ORG",
        ),
    ],
)
def test_an_appositive_title_or_person_word_makes_a_person(
    make_doc: MakeDoc, notation: str, expected: str
) -> None:
    assert _types(make_doc, notation)["Tarvo Kelmi"] == expected


def test_a_name_listed_with_a_person_is_a_person(make_doc: MakeDoc) -> None:
    notation = (
        "Ivo|PROPN|compound|1|B-PERSON Marsk|PROPN|nsubj|4|I-PERSON and|CCONJ|cc|-1 "
        "Tarvo|PROPN|compound|1|B-ORG Kelmi|PROPN|conj|-3|I-ORG met|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _types(make_doc, notation)["Tarvo Kelmi"] == "PERSON"


def test_a_title_the_model_calls_a_person_lists_no_person(make_doc: MakeDoc) -> None:
    notation = (
        "Taoiseach|PROPN|nsubj|4|B-PERSON and|CCONJ|cc|-1 "
        "Tarvo|PROPN|compound|1|B-ORG Kelmi|PROPN|conj|-3|I-ORG met|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _types(make_doc, notation).get("Tarvo Kelmi") == "ORG"


def test_a_name_after_the_in_a_list_is_no_person(make_doc: MakeDoc) -> None:
    notation = (
        "Ivo|PROPN|compound|1|B-PERSON Marsk|PROPN|nsubj|5|I-PERSON and|CCONJ|cc|-1 "
        "the|DET|det|2 Tarvo|PROPN|compound|1|B-ORG Kelmi|PROPN|conj|-4|I-ORG "
        "sold|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _types(make_doc, notation).get("Tarvo Kelmi") != "PERSON"
