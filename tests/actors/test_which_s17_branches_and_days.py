"""A body's branch or campus named after a place, holidays and media named in the plural.

Invented sentences, hand-parsed (no model). Each of the first three failed before its
rule: the branch ("merged_fixes._join_body_and_region"), the holiday
("name_noise._names_a_holiday"), the medium in the plural ("pages" in incidental.tsv);
the last two guard a list of places and a body that acts.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed, place_names

MakeDoc = Callable[..., Doc]


def test_a_branch_named_after_a_state_is_one_body(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|2 Varden|PROPN|compound|1|B-ORG Union|PROPN|nsubj|3|I-ORG "
        "of|ADP|prep|-1 Montana|PROPN|pobj|-1 sued|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Varden Union of Montana"]
    assert place_names(result) == []


def test_a_list_of_places_after_of_joins_nothing(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|2 Varden|PROPN|compound|1|B-ORG Union|PROPN|nsubj|5|I-ORG "
        "of|ADP|prep|-1 Montana|PROPN|pobj|-1 and|CCONJ|cc|-1 Idaho|PROPN|conj|-2 "
        "sued|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Varden Union"]


def test_a_party_before_day_names_a_holiday(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Shops|NOUN|nsubj|1 closed|VERB|ROOT|0 on|ADP|prep|-1 Labour|PROPN|compound|1|B-ORG "
        "Day|PROPN|pobj|-2 .|PUNCT|punct|-4"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_company_whose_pages_carry_a_notice_is_the_medium(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Shops|NOUN|nsubj|1 posted|VERB|ROOT|0 limits|NOUN|dobj|-1 on|ADP|prep|-2 "
        "their|PRON|poss|2 Zorvex|PROPN|compound|1|B-ORG pages|NOUN|pobj|-3 and|CCONJ|cc|-6 "
        "on|ADP|conj|-7 Zorvex|PROPN|compound|1|B-ORG pages|NOUN|pobj|-2 .|PUNCT|punct|-10"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_company_that_speaks_stays_an_actor(make_doc: MakeDoc) -> None:
    rows = parsed("Zorvex|PROPN|nsubj|1|B-ORG said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2")
    assert actor_names(extract_actors(make_doc(rows))) == ["Zorvex"]
