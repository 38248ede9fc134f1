"""What is not an actor, and what is one wherever it is named (stop 18, helper AN).

Invented sentences, hand-parsed (no model). Each test failed before the rule it names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import Row, actor_names, parsed, place_names

MakeDoc = Callable[..., Doc]


def test_a_known_leader_after_a_place_preposition_stays_a_person(make_doc: MakeDoc) -> None:
    """``_is_place``: a name of leaders.jsonl is a person even as the object of "near"."""
    rows = parsed(
        "Protesters|NOUN|nsubj|1 gathered|VERB|ROOT|0 near|ADP|prep|-1 "
        "Obama|PROPN|pobj|-1|B-PERSON .|PUNCT|punct|-3"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Obama"]
    assert place_names(result) == []


def test_an_unknown_name_after_a_place_preposition_is_still_a_place(
    make_doc: MakeDoc,
) -> None:
    rows = parsed(
        "Protesters|NOUN|nsubj|1 gathered|VERB|ROOT|0 near|ADP|prep|-1 "
        "Kalo|PROPN|compound|1|B-PERSON Mesari|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-4"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert place_names(result) == ["Kalo Mesari"]


def test_a_name_opening_with_a_dotted_ship_prefix_is_a_ship(make_doc: MakeDoc) -> None:
    """``thing_names._a_ship``: "U.S.S." inside the model's name is a ship's prefix."""
    rows = parsed(
        "The|DET|det|2 U.S.S.|PROPN|compound|1|B-ORG Zorvex|PROPN|nsubj|1|I-ORG "
        "sank|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_two_letter_initial_is_no_ship_prefix(make_doc: MakeDoc) -> None:
    rows = parsed(
        "M.S.|PROPN|compound|1|B-PERSON Zorvex|PROPN|nsubj|1|I-PERSON "
        "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["M.S. Zorvex"]


def test_a_name_listed_after_a_model_place_is_a_place(make_doc: MakeDoc) -> None:
    """``things._listed_with_places``: the model calls listed towns GPE, ORG and PERSON."""
    rows = parsed(
        "Crews|NOUN|nsubj|1 came|VERB|ROOT|0 from|ADP|prep|-1 Dolgaru|PROPN|pobj|-1|B-GPE "
        ",|PUNCT|punct|-1 Harlwyn|PROPN|conj|-2|B-ORG and|CCONJ|cc|-1 "
        "Blaen|PROPN|compound|1|B-PERSON Ffestyn|PROPN|conj|-3|I-PERSON .|PUNCT|punct|-8"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert sorted(place_names(result)) == ["Blaen Ffestyn", "Dolgaru", "Harlwyn"]


def test_a_name_listed_after_an_unknown_place_word_stays_an_actor(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 show|NOUN|nsubj|1 featured|VERB|ROOT|0 stars|NOUN|dobj|-1 "
        "including|VERB|prep|-1 Zorvia|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|-1 "
        "Stevo|PROPN|compound|1|B-PERSON Wondra|PROPN|conj|-3|I-PERSON .|PUNCT|punct|-8"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Stevo Wondra"]


def test_a_big_city_written_without_its_accent_is_a_place(make_doc: MakeDoc) -> None:
    """``resolve._same_place_name``: "Poznan" is the gazetteer's "Poznań"."""
    rows = parsed(
        "Poland|PROPN|nsubj|1|B-GPE opened|VERB|ROOT|0 a|DET|det|1 depot|NOUN|dobj|-2 "
        "in|ADP|prep|-1 Poznan|PROPN|pobj|-1|B-ORG .|PUNCT|punct|-5"
    )
    result = extract_actors(make_doc(rows))
    assert "Poznan" not in actor_names(result)
    assert "Poznan" in place_names(result)


def test_a_person_ending_in_a_landform_or_road_noun_is_a_place(make_doc: MakeDoc) -> None:
    """locative.tsv place nouns ("mountains", "parkway", "terminal"): the model's person
    so named is a facility or a place (``things._person_by_last_word``)."""
    rows = parsed(
        "Hikers|NOUN|nsubj|1 crossed|VERB|ROOT|0 the|DET|det|2 Zorvan|PROPN|compound|1|B-PERSON "
        "Mountains|PROPN|dobj|-3|I-PERSON .|PUNCT|punct|-4"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert place_names(result) == ["Zorvan Mountains"]


def _twice_before(noun: str) -> list[Row]:
    """Two sentences naming the unknown organization "Zorvex" as the modifier of ``noun``."""
    first = parsed(
        f"The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG {noun}|NOUN|nsubj|1 "
        "started|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    second = parsed(
        f"Critics|NOUN|nsubj|1 blamed|VERB|ROOT|0 the|DET|det|2 Zorvex|PROPN|compound|1|B-ORG "
        f"{noun}|NOUN|dobj|-3 .|PUNCT|punct|-4"
    )
    return first + second


def test_an_unknown_name_only_ever_modifying_a_common_noun_is_no_actor(
    make_doc: MakeDoc,
) -> None:
    """``_peripheral_each_time``: "the Zorvex payments" twice names a programme."""
    assert actor_names(extract_actors(make_doc(_twice_before("payments")))) == []


def test_an_unknown_name_modifying_a_chain_names_the_company(make_doc: MakeDoc) -> None:
    assert actor_names(extract_actors(make_doc(_twice_before("chain")))) == ["Zorvex"]


def test_a_space_station_is_a_craft(make_doc: MakeDoc) -> None:
    """``thing_names._headed_by_a_thing``: "... Space Station" names a craft, no body."""
    rows = parsed(
        "The|DET|det|1 crew|NOUN|nsubj|1 reached|VERB|ROOT|0 the|DET|det|3 "
        "Zorvan|PROPN|compound|2|B-ORG Space|PROPN|compound|1|I-ORG "
        "Station|PROPN|dobj|-4|I-ORG .|PUNCT|punct|-5"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_convention_centre_is_a_building(make_doc: MakeDoc) -> None:
    """``things._a_building_centre``: a venue where the fair is held, no participant."""
    rows = parsed(
        "The|DET|det|1 fair|NOUN|nsubjpass|2 was|AUX|auxpass|1 held|VERB|ROOT|0 at|ADP|prep|-1 "
        "the|DET|det|3 Zorvan|PROPN|compound|2|B-ORG Convention|PROPN|compound|1|I-ORG "
        "Center|PROPN|pobj|-4|I-ORG .|PUNCT|punct|-6"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert place_names(result) == ["Zorvan Convention Center"]


def test_a_shopping_centre_that_acts_is_its_operator(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|3 Zorvan|PROPN|compound|2|B-ORG Shopping|PROPN|compound|1|I-ORG "
        "Centre|PROPN|nsubj|1|I-ORG banned|VERB|ROOT|0 hoods|NOUN|dobj|-1 .|PUNCT|punct|-2"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Zorvan Shopping Centre"]


def test_words_the_model_calls_a_product_as_often_as_a_person_are_a_thing(
    make_doc: MakeDoc,
) -> None:
    """``things._mostly_called_a_thing``: "the Zorvo Kestrel" a product, then a person."""
    first = parsed(
        "The|DET|det|2 Zorvo|PROPN|compound|1|B-PRODUCT Kestrel|PROPN|nsubjpass|2|I-PRODUCT "
        "was|AUX|auxpass|1 launched|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    second = parsed(
        "Zorvo|PROPN|compound|1|B-PERSON Kestrel|PROPN|nsubj|1|I-PERSON has|VERB|ROOT|0 "
        "room|NOUN|dobj|-1 for|ADP|prep|-1 seven|NUM|pobj|-1 .|PUNCT|punct|-4"
    )
    assert actor_names(extract_actors(make_doc(first + second))) == []


def test_a_first_name_the_model_calls_a_product_stays_a_person(make_doc: MakeDoc) -> None:
    first = parsed(
        "The|DET|det|2 Maria|PROPN|compound|1|B-PRODUCT Zorvo|PROPN|nsubjpass|2|I-PRODUCT "
        "was|AUX|auxpass|1 launched|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    second = parsed(
        "Maria|PROPN|compound|1|B-PERSON Zorvo|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 "
        "so|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    assert actor_names(extract_actors(make_doc(first + second))) == ["Maria Zorvo"]


def test_a_code_of_letters_and_digits_is_no_place(make_doc: MakeDoc) -> None:
    """``things._a_code``: "Q7" (a rate, not a town) acting still names no place."""
    rows = parsed(
        "Q7|PROPN|nsubj|2|B-GPE can|AUX|aux|1 change|VERB|ROOT|0 quickly|ADV|advmod|-1 "
        ".|PUNCT|punct|-2"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_defined_acronym_of_letters_and_digits_stays(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 Group|PROPN|nsubj|6 of|ADP|prep|-1 Nine|PROPN|pobj|-1 "
        "(|PUNCT|punct|1 Q9|PROPN|appos|-4|B-GPE )|PUNCT|punct|-1 met|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    rows2 = parsed("Q9|PROPN|nsubj|1|B-GPE said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2")
    assert "Q9" in actor_names(extract_actors(make_doc(rows + rows2)))


def test_an_unknown_name_modifying_a_branch_names_the_body(make_doc: MakeDoc) -> None:
    """``_AFFILIATED``: "the Zorvex branch" is a part of the body Zorvex, so names it."""
    assert actor_names(extract_actors(make_doc(_twice_before("branch")))) == ["Zorvex"]
