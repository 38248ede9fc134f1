"""A large city the model calls a person of two words is a place when it follows a
preposition of place (and its other mentions with it, ``_cities_called_people``): no
pronoun refers to it as to a person.

Invented sentences, hand-parsed (no model). The first failed before the PERSON case of
``model_entities._misread_city`` and the multi-word case of
``merged_fixes._cities_called_people``; the second guards a person with a given name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed, place_names

MakeDoc = Callable[..., Doc]


def test_a_city_called_a_person_is_a_place(make_doc: MakeDoc) -> None:
    first = parsed(
        "The|DET|det|1 fair|NOUN|nsubj|1 opened|VERB|ROOT|0 in|ADP|prep|-1 "
        "Porto|PROPN|compound|1|B-PERSON Alegre|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-4"
    )
    second = parsed(
        "It|PRON|nsubj|1 is|AUX|ROOT|0 back|ADV|advmod|-1 in|ADP|prep|-2 its|PRON|poss|1 "
        "home|NOUN|pobj|-2 ,|PUNCT|punct|-1 Porto|PROPN|compound|1|B-PERSON "
        "Alegre|PROPN|appos|-3|I-PERSON .|PUNCT|punct|-8"
    )
    third = parsed("He|PRON|nsubj|1 spoke|VERB|ROOT|0 .|PUNCT|punct|-1")
    result = extract_actors(make_doc(first + second + third))
    assert actor_names(result) == []
    assert place_names(result) == ["Porto Alegre"]


def test_a_person_with_a_given_name_stays_a_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "She|PRON|nsubj|1 stayed|VERB|ROOT|0 with|ADP|prep|-1 Maria|PROPN|compound|1|B-PERSON "
        "Alegre|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-4"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Maria Alegre"]
