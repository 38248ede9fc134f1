"""A city or region written only before a common noun says where; it is no participant."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed, place_names

MakeDoc = Callable[..., Doc]


def test_a_region_before_a_common_noun_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|2 Idaho|PROPN|compound|1|B-GPE economy|NOUN|nsubj|1 grew|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert "Idaho" not in actor_names(result)
    assert place_names(result) == ["Idaho"]
    owner = parsed(  # a possessive still acts
        "Idaho|PROPN|poss|2|B-GPE 's|PART|case|-1 vote|NOUN|nsubj|1 counted|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert "Idaho" in actor_names(extract_actors(make_doc(owner)))


def test_regions_listed_before_a_body_are_places(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Utah|PROPN|compound|3|B-GPE and|CCONJ|cc|-1 Idaho|PROPN|conj|-2|B-GPE "
        "police|NOUN|nsubj|1 arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert "Utah" not in actor_names(result) and "Idaho" not in actor_names(result)
    assert sorted(place_names(result)) == ["Idaho", "Utah"]


def test_a_city_named_as_the_whole_of_a_part_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Riots|NOUN|nsubj|1 hit|VERB|ROOT|0 the|DET|det|1 suburbs|NOUN|dobj|-2 "
        "of|ADP|prep|-1 Leeds|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert place_names(result) == ["Leeds"]
    speaks = parsed(  # "the city of X" that speaks is its council
        "The|DET|det|1 city|NOUN|nsubj|3 of|ADP|prep|-1 Leeds|PROPN|pobj|-1|B-GPE "
        "announced|VERB|ROOT|0 a|DET|det|1 ban|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    assert actor_names(extract_actors(make_doc(speaks))) == ["Leeds"]


def test_a_city_after_a_trip_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "She|PRON|nsubj|1 planned|VERB|ROOT|0 a|DET|det|1 trip|NOUN|dobj|-2 "
        "to|ADP|prep|-1 Leeds|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-5"
    )
    assert place_names(extract_actors(make_doc(rows))) == ["Leeds"]


def test_a_region_in_a_person_s_apposition_is_a_home(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|6|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|1 resident|NOUN|appos|-3 of|ADP|prep|-1 Idaho|PROPN|pobj|-1|B-GPE "
        "won|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Jo Vell"]
    assert place_names(result) == ["Idaho"]


def test_a_region_ending_a_body_s_name_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG Party|PROPN|nsubj|3|I-ORG "
        "of|ADP|prep|-1 Idaho|PROPN|pobj|-1|B-GPE met|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert "Idaho" not in actor_names(result)
    assert place_names(result) == ["Idaho"]


def test_a_region_owning_an_office_is_a_home(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Idaho|PROPN|poss|2|B-GPE 's|PART|case|-1 governor|NOUN|nsubj|1 spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert "Idaho" not in actor_names(result)
    assert place_names(result) == ["Idaho"]


def test_a_city_halfway_to_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "They|PRON|nsubj|1 stopped|VERB|ROOT|0 halfway|ADV|advmod|-1 to|ADP|prep|-1 "
        "Leeds|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
    )
    assert place_names(extract_actors(make_doc(rows))) == ["Leeds"]


def test_regions_after_the_states_of_are_places(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Votes|NOUN|nsubj|1 ended|VERB|ROOT|0 in|ADP|prep|-1 the|DET|det|1 "
        "states|NOUN|pobj|-2 of|ADP|prep|-1 Utah|PROPN|pobj|-1|B-GPE and|CCONJ|cc|-1 "
        "Idaho|PROPN|conj|-2|B-GPE .|PUNCT|punct|-8"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert sorted(place_names(result)) == ["Idaho", "Utah"]
