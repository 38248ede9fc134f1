"""A person's name the model calls a place, or that hangs from a body's "of", is a
person; a name after a preposition of place still names a place; "X's adviser" is not X;
abbreviated ranks ("Capt.", "Lt. Gen.") title the person after them, with a first name the
model left out between them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_a_model_place_ending_in_a_persons_surname_is_that_person(make_doc: MakeDoc) -> None:
    doc = make_doc(
        parsed(
            "It|PRON|nsubjpass|2 was|AUX|auxpass|1 seen|VERB|ROOT|0 by|ADP|agent|-1 "
            "Adam|PROPN|compound|1|B-FAC Vellor|PROPN|pobj|-2|I-FAC .|PUNCT|punct|-4 "
            "Vellor|PROPN|nsubj|1|B-PERSON agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
        )
    )
    result = extract_actors(doc)
    people = [(a.name, [m.text for m in a.mentions]) for a in result.actors if a.type == "PERSON"]
    assert people == [("Adam Vellor", ["Adam Vellor", "Vellor"])]
    assert not result.places


def test_a_person_after_a_bodys_of_is_a_person(make_doc: MakeDoc) -> None:
    doc = make_doc(
        parsed(
            "Troops|NOUN|nsubj|1 overthrew|VERB|ROOT|0 the|DET|det|1 government|NOUN|dobj|-2 "
            "of|ADP|prep|-1 Adam|PROPN|compound|1|B-PERSON Vellor|PROPN|pobj|-2|I-PERSON "
            ".|PUNCT|punct|-6"
        )
    )
    result = extract_actors(doc)
    assert "Adam Vellor" in [a.name for a in result.actors]
    assert "Adam Vellor" not in [p.name for p in result.places]


def test_a_name_after_a_preposition_of_place_stays_a_place(make_doc: MakeDoc) -> None:
    doc = make_doc(
        parsed(
            "Crowds|NOUN|nsubj|1 gathered|VERB|ROOT|0 at|ADP|prep|-1 "
            "Adam|PROPN|compound|1|B-PERSON Vellor|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-4"
        )
    )
    result = extract_actors(doc)
    assert [p.name for p in result.places] == ["Adam Vellor"]


@pytest.mark.model
def test_a_title_after_a_possessive_name_is_someone_elses(nlp: Language) -> None:
    doc = nlp("Brindle's adviser Jo Marsh said on Monday the plan was final. Brindle was silent.")
    titles = {a.name: a.title for a in extract_actors(doc).actors if a.type == "PERSON"}
    assert titles.get("Brindle") is None
    assert titles.get("Jo Marsh") == "Adviser"



@pytest.mark.model
def test_abbreviated_ranks_title_the_person_after_them(nlp: Language) -> None:
    doc = nlp(
        "The judge, Navy Capt. Jo Marsh, ordered one count. "
        "Lt. Gen. Ana Ruiz said the troops would stay. "
        "The floods will cost money, Treasurer Bo Vell said."
    )
    actors = extract_actors(doc).actors
    titles = {a.name: (a.sector, a.title) for a in actors}
    assert titles.get("Jo Marsh") == ("MIL", "Capt.")
    assert titles.get("Ana Ruiz") == ("MIL", "Lt. Gen.")
    assert "Navy Capt" not in titles
    assert titles.get("Bo Vell") == ("GOV", "Treasurer")


def test_a_name_word_between_a_rank_and_the_models_person_is_part_of_it(
    make_doc: MakeDoc,
) -> None:
    doc = make_doc(
        parsed(
            "Staff|PROPN|compound|5 Sgt|PROPN|compound|4 .|PUNCT|punct|-1 "
            "Kestor|PROPN|compound|2 Amble|PROPN|compound|1|B-PERSON "
            "Vellin|PROPN|nsubjpass|2|I-PERSON was|AUX|auxpass|1 charged|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        glued=frozenset({1}),
    )
    people = [(a.name, a.sector) for a in extract_actors(doc).actors if a.type == "PERSON"]
    assert people == [("Kestor Amble Vellin", "MIL")]
