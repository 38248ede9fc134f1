"""Cities named as a person's home, capitals as addresses, slashed names, caption credits,
and organizations named short (each rule, and a case it spares)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import aliases, extract_actors
from newsgraph.actors.detect import set_entities
from newsgraph.actors.participation import acts_as_government, describes_person

from .conftest import Row, actor_names, parsed, place_names

MakeDoc = Callable[..., Doc]


_SENATOR_OF: list[Row] = parsed(
    "Senator|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON Marsh|PROPN|nsubj|4|I-PERSON "
    "of|ADP|prep|-1 Idaho|PROPN|pobj|-1|B-GPE won|VERB|ROOT|0 .|PUNCT|punct|-1"
)


def test_a_state_a_senator_is_of_is_a_place(make_doc: MakeDoc) -> None:
    result = extract_actors(make_doc(_SENATOR_OF))
    assert actor_names(result) == ["Jo Marsh"]
    assert place_names(result) == ["Idaho"]


def test_a_state_before_a_title_is_a_place(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Idaho|PROPN|compound|1|B-GPE Senator|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Marsh|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = make_doc(rows)
    assert describes_person(doc[0])
    assert "Idaho" not in actor_names(extract_actors(doc))


def test_a_state_that_acts_stays_an_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Idaho|PROPN|nsubj|1|B-GPE sued|VERB|ROOT|0 Jo|PROPN|compound|1|B-PERSON "
        "Marsh|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
    )
    doc = make_doc(rows)
    assert not describes_person(doc[0])
    assert actor_names(extract_actors(doc)) == ["Idaho", "Jo Marsh"]


def test_a_capital_as_a_modifier_is_the_city(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Paris|PROPN|compound|1|B-GPE police|NOUN|nsubj|1 arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = make_doc(rows)
    assert not acts_as_government(doc[0])
    result = extract_actors(doc)
    assert "France" not in actor_names(result)
    assert "Paris" in place_names(result)


def test_a_capital_as_a_subject_is_its_government(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed("Paris|PROPN|nsubj|1|B-GPE protested|VERB|ROOT|0 .|PUNCT|punct|-1")
    doc = make_doc(rows)
    assert acts_as_government(doc[0])
    assert actor_names(extract_actors(doc)) == ["France"]


def test_a_mixed_case_acronym_binds_when_its_capitals_are_the_initials(
    make_doc: MakeDoc,
) -> None:
    rows: list[Row] = parsed(
        "Oramic|PROPN|compound|3|B-ORG Free|PROPN|compound|2|I-ORG Trade|PROPN|compound|1|I-ORG "
        "Area|PROPN|nsubj|5|I-ORG (|PUNCT|punct|-1 OrFTA|PROPN|appos|-2 )|PUNCT|punct|-3 "
        "grew|VERB|ROOT|0 .|PUNCT|punct|-1 OrFTA|PROPN|nsubj|1|B-ORG met|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Oramic Free Trade Area"]
    assert [m.source for m in result.actors[0].mentions] == ["ner", "acronym", "acronym"]


def test_a_mixed_case_word_that_is_no_acronym_stays_apart(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Oramic|PROPN|compound|3|B-ORG Free|PROPN|compound|2|I-ORG Trade|PROPN|compound|1|I-ORG "
        "Area|PROPN|nsubj|5|I-ORG (|PUNCT|punct|-1 OrTeX|PROPN|appos|-2 )|PUNCT|punct|-3 "
        "grew|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert aliases.bound_names(make_doc(rows), []) == {}
    assert actor_names(extract_actors(make_doc(rows))) == ["Oramic Free Trade Area"]


def test_an_alternative_name_after_or_is_the_same_organization(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Q9|PROPN|nsubj|8|B-ORG ,|PUNCT|punct|-1 or|CCONJ|cc|-2 the|DET|det|3 "
        "Group|PROPN|conj|-4|B-ORG of|ADP|prep|-1|I-ORG Nine|PROPN|pobj|-1|I-ORG ,|PUNCT|punct|-7 "
        "met|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Q9"]
    assert {m.text for m in result.actors[0].mentions} == {"Q9", "Group of Nine"}


def test_a_bare_congress_joins_another_country_s_congress(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1 Congress|PROPN|nsubj|4|B-ORG of|ADP|prep|-1|I-ORG the|DET|det|1|I-ORG "
        "Philippines|PROPN|pobj|-2|I-ORG met|VERB|ROOT|0 .|PUNCT|punct|-1 "
        "Congress|PROPN|nsubj|1|B-ORG voted|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Congress of the Philippines"]
    assert result.actors[0].country == "PHL"
    assert len(result.actors[0].mentions) == 2


def test_a_bare_congress_alone_is_the_lexicon_s(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed("Congress|PROPN|nsubj|1|B-ORG voted|VERB|ROOT|0 .|PUNCT|punct|-1")
    result = extract_actors(make_doc(rows))
    assert [a.country for a in result.actors] == ["USA"]


def test_a_capitalised_word_then_a_title_then_a_name_is_a_person(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Presidential|ADJ|amod|3|B-ORG Spokesperson|PROPN|compound|2|I-ORG "
        "Jo|PROPN|compound|1|I-ORG Vell|PROPN|nsubj|1|I-ORG spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.name, a.type) for a in result.actors] == [("Jo Vell", "PERSON")]


def test_a_city_the_model_calls_an_organization_is_a_place_when_named_as_one(
    make_doc: MakeDoc,
) -> None:
    rows: list[Row] = parsed(
        "Leaders|NOUN|nsubj|1 met|VERB|ROOT|0 in|ADP|prep|-1 Niamey|PROPN|pobj|-1|B-ORG "
        ".|PUNCT|punct|-3"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert place_names(result) == ["Niamey"]


def test_a_place_that_is_a_first_name_stays_a_place(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Regina|PROPN|compound|1|B-PERSON Kallu|PROPN|nsubj|1|I-PERSON left|VERB|ROOT|0 "
        "Regina|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    result = extract_actors(make_doc(rows))
    assert len(result.actors[0].mentions) == 1


def test_a_singular_people_noun_that_acts_is_a_party(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "A|DET|det|2 Turkish|ADJ|amod|1|B-NORP soldier|NOUN|nsubj|1 fired|VERB|ROOT|0 "
        "on|ADP|prep|-1 Syria|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
    )
    assert "Turkish soldier" in actor_names(extract_actors(make_doc(rows)))


def test_a_person_ending_in_tribe_is_an_organization(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|2 Kestrel|PROPN|compound|1|B-PERSON Tribe|PROPN|nsubj|1|I-PERSON "
        "sued|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.name, a.type) for a in result.actors] == [("Kestrel Tribe", "ORG")]


def test_a_state_is_not_the_first_name_of_a_model_person(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Montana|PROPN|compound|1|B-PERSON Vale|PROPN|nsubj|1|I-PERSON sued|VERB|ROOT|0 "
        "Montana|PROPN|dobj|-1 .|PUNCT|punct|-2"
    )
    result = extract_actors(make_doc(rows))
    assert [len(a.mentions) for a in result.actors] == [1]


def test_a_country_s_government_named_by_the_model_is_the_government(
    make_doc: MakeDoc,
) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|2 Hungarian|ADJ|compound|1|B-ORG Government|PROPN|nsubj|1|I-ORG "
        "agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.name, a.country, a.sector) for a in result.actors] == [
        ("Government of Hungary", "HUN", "GOV")
    ]


def test_a_region_s_officials_are_no_national_government(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Ohio|PROPN|compound|1|B-GPE officials|NOUN|nsubj|1 said|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    names = actor_names(extract_actors(make_doc(rows)))
    assert "Government of the United States" not in names


def test_two_known_people_the_model_joined_are_each_themselves(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|5|I-PERSON and|CCONJ|cc|-1 "
        "Ida|PROPN|compound|1|B-PERSON Marsh|PROPN|conj|-3|I-PERSON were|AUX|aux|1 "
        "tried|VERB|ROOT|0 .|PUNCT|punct|-1 Vell|PROPN|nsubj|3|B-ORG and|CCONJ|cc|-1|I-ORG "
        "Marsh|PROPN|conj|-2|I-ORG lost|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Jo Vell", "Ida Marsh"]
    assert [len(a.mentions) for a in result.actors] == [2, 2]


def test_a_people_noun_before_where_and_who_is_a_title(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "United|PROPN|compound|1|B-GPE States|PROPN|compound|1|I-GPE Senator|PROPN|nsubj|6 "
        "from|ADP|prep|-1 Idaho|PROPN|compound|2|B-GPE Jo|PROPN|compound|1|B-PERSON "
        "Vell|PROPN|pobj|-3|I-PERSON came|VERB|ROOT|0 second|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    names = actor_names(extract_actors(make_doc(rows)))
    assert "Jo Vell" in names
    assert not any("Senator" in name for name in names)


def test_a_place_glued_to_a_known_name_is_split_off(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Idaho|PROPN|compound|2|B-ORG Omar|PROPN|compound|1|I-ORG Vale|PROPN|nsubj|1|I-ORG "
        "won|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(set_entities(make_doc(rows)))  # as the pipeline's ruler does
    assert [(a.name, a.type) for a in result.actors] == [("Omar Vale", "PERSON")]


def test_a_place_before_a_first_name_and_a_place_noun_stays_whole(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Idaho|PROPN|compound|2|B-ORG Omar|PROPN|compound|1|I-ORG Museum|PROPN|nsubj|1|I-ORG "
        "opened|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert "Omar Museum" not in actor_names(extract_actors(make_doc(rows)))


def test_delegates_in_a_region_are_no_national_government(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Canada|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 Delegates|NOUN|nsubj|3 "
        "in|ADP|prep|-1 Ontario|PROPN|pobj|-1|B-GPE met|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert "Government of Canada" not in actor_names(extract_actors(make_doc(rows)))


def test_a_capital_s_government_is_the_national_one(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|2 Seoul|PROPN|compound|1|B-GPE government|NOUN|nsubj|1 agreed|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.type, a.country, a.sector) for a in result.actors] == [("ORG", "KOR", "GOV")]


def test_an_unknown_region_that_never_acts_is_a_place(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Rain|NOUN|nsubj|1 hit|VERB|ROOT|0 Wessexia|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert place_names(result) == ["Wessexia"]


def test_words_of_another_script_are_no_names(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 "
        "очень|X|dobj|-1|B-ORG хорошо|X|dobj|-2|I-ORG .|PUNCT|punct|-3"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == ["Jo Vell"]


def test_a_name_with_accented_latin_letters_stays(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Aleksandar|PROPN|compound|1|B-PERSON Vučić|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == ["Aleksandar Vučić"]


# One sentence pair each: the actors found (and how many mentions the first one has).
_CASES = [
    pytest.param(
        parsed(
            "Voters|NOUN|nsubj|1 are|AUX|ROOT|0 Idaho|PROPN|attr|-1|B-GPE ,|PUNCT|punct|-1 "
            "Utah|PROPN|conj|-2|B-GPE and|CCONJ|cc|-1 Ohio|PROPN|conj|-2|B-GPE .|PUNCT|punct|-6"
        ),
        ["Idaho", "Utah", "Ohio"],
        None,
        id="a_list_of_states_is_no_location_phrase",
    ),
    pytest.param(
        parsed(
            "Idaho|PROPN|nsubj|5|B-GPE ,|PUNCT|punct|-1 Utah|PROPN|conj|-2|B-GPE and|CCONJ|cc|-1 "
            "Ohio|PROPN|conj|-2|B-GPE sued|VERB|ROOT|0 Jo|PROPN|compound|1|B-PERSON "
            "Vell|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
        ),
        ["Idaho", "Utah", "Ohio", "Jo Vell"],
        None,
        id="a_list_of_states_that_acts_is_of_parties",
    ),
    pytest.param(
        parsed(
            "Voters|NOUN|nsubj|1 are|AUX|ROOT|0 Idaho|PROPN|attr|-1|B-GPE and|CCONJ|cc|-1 "
            "Ohio|PROPN|conj|-2|B-GPE .|PUNCT|punct|-4"
        ),
        ["Idaho", "Ohio"],
        None,
        id="two_states_are_no_enumeration",
    ),
    pytest.param(
        parsed(
            "Ravi|PROPN|compound|1|B-PERSON Amman|PROPN|nsubj|1|I-PERSON left|VERB|ROOT|0 "
            ".|PUNCT|punct|-1 Amman|PROPN|nsubj|1|B-GPE spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Ravi Amman"],
        2,
        id="a_capital_that_is_a_known_surname_is_the_person",
    ),
    pytest.param(
        parsed(
            "Voters|NOUN|nsubj|1 backed|VERB|ROOT|0 Moss|PROPN|compound|2|B-ORG "
            "/|SYM|punct|1|I-ORG Tarn|PROPN|dobj|-3|I-ORG .|PUNCT|punct|-4"
        ),
        [],
        None,
        id="names_joined_by_a_slash_are_no_entity",
    ),
    pytest.param(
        parsed(
            "Nora|PROPN|compound|1|B-PERSON Quill|PROPN|compound|1|I-PERSON "
            "Image|NOUN|ROOT|0|I-PERSON :|PUNCT|punct|-1 Jo|PROPN|compound|1|B-PERSON "
            "Ash|PROPN|appos|-3|I-PERSON .|PUNCT|punct|-4"
        ),
        ["Nora Quill"],
        None,
        id="a_credit_marker_glued_to_a_caption_name_is_cut_off",
    ),
    pytest.param(
        parsed(
            "The|DET|det|5 United|PROPN|compound|1|B-ORG States|PROPN|compound|1|I-ORG "
            "Tariff|PROPN|compound|1|I-ORG Board|PROPN|nsubj|1|I-ORG met|VERB|ROOT|0 "
            ".|PUNCT|punct|-1 The|DET|det|2 Tariff|PROPN|compound|1|B-ORG "
            "Board|PROPN|nsubj|1|I-ORG voted|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|1 "
            "Board|PROPN|nsubj|1|B-ORG adjourned|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["United States Tariff Board"],
        3,
        id="a_short_name_joins_the_country_prefixed_one",
    ),
    pytest.param(
        parsed(
            "Fears|NOUN|nsubj|3 of|ADP|prep|-1 COVID-19|PROPN|pobj|-1|B-ORG grew|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        [],
        None,
        id="a_disease_the_model_calls_an_organization_is_no_actor",
    ),
    pytest.param(
        parsed(
            "The|DET|det|3 Blue|PROPN|compound|1|B-ORG Dawn|PROPN|compound|1|I-ORG "
            "Party|PROPN|nsubj|1|I-ORG won|VERB|ROOT|0 .|PUNCT|punct|-1 "
            "Blue|PROPN|compound|1|B-ORG Dawn|PROPN|nsubj|1|I-ORG lost|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        ["Blue Dawn Party"],
        2,
        id="a_party_named_with_and_without_party_is_one",
    ),
    pytest.param(
        parsed(
            "Omar|PROPN|compound|1|B-PERSON Kallu|PROPN|nsubj|1|I-PERSON wrote|VERB|ROOT|0 "
            ".|PUNCT|punct|-1 Omar|PROPN|poss|2|B-GPE 's|PART|case|-1 death|NOUN|nsubj|1 "
            "shocked|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Omar Kallu"],
        2,
        id="a_first_name_the_model_calls_a_place_is_the_person",
    ),
    pytest.param(
        parsed(
            "Blue|PROPN|compound|1|B-ORG Party|PROPN|ROOT|0|I-ORG -|PUNCT|punct|-1|I-ORG "
            "365|NUM|nummod|1|I-ORG seats|NOUN|appos|-3"
        ),
        ["Blue Party"],
        None,
        id="a_legend_count_after_a_spaced_dash_is_cut_off",
    ),
    pytest.param(
        parsed(
            "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON is|AUX|ROOT|0 a|DET|det|2 "
            "Turkish|ADJ|amod|1|B-NORP national|NOUN|attr|-3 .|PUNCT|punct|-4"
        ),
        ["Jo Vell"],
        None,
        id="a_singular_people_noun_describing_someone_is_no_group",
    ),
    pytest.param(
        parsed(
            "Quorn|PROPN|compound|2|B-ORG Motor|PROPN|compound|1|I-ORG Company|PROPN|nsubj|1|I-ORG "
            "said|VERB|ROOT|0 .|PUNCT|punct|-1 Quorn|PROPN|nsubj|1|B-ORG agreed|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        ["Quorn Motor Company"],
        2,
        id="a_short_name_joins_the_name_it_opens_before_keywords",
    ),
    pytest.param(
        parsed(
            "Quorn|PROPN|compound|1|B-ORG Films|PROPN|nsubj|1|I-ORG said|VERB|ROOT|0 "
            ".|PUNCT|punct|-1 Quorn|PROPN|nsubj|1|B-ORG agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Quorn Films"],
        2,
        id="a_first_word_named_after_the_full_name_joins_it",
    ),
    pytest.param(
        parsed(
            "Quorn|PROPN|compound|1|B-ORG Canada|PROPN|nsubj|1|I-ORG said|VERB|ROOT|0 "
            ".|PUNCT|punct|-1 Quorn|PROPN|nsubj|1|B-ORG agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Quorn Canada", "Quorn"],
        None,
        id="a_branch_named_by_its_country_stays_apart_from_the_first_word",
    ),
    pytest.param(
        parsed(
            "Quorn|PROPN|nsubj|1|B-ORG said|VERB|ROOT|0 .|PUNCT|punct|-1 "
            "Quorn|PROPN|compound|1|B-ORG Films|PROPN|nsubj|1|I-ORG agreed|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        ["Quorn", "Quorn Films"],
        None,
        id="a_first_word_named_before_the_full_name_stays_apart",
    ),
    pytest.param(
        parsed(
            "Blue|PROPN|compound|1|B-ORG Party|PROPN|nsubj|5|I-ORG ,|PUNCT|punct|-1|I-ORG "
            "Red|PROPN|compound|1|I-ORG Party|PROPN|conj|-3|I-ORG also|ADV|advmod|1 "
            "ran|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Blue Party", "Red Party"],
        None,
        id="organizations_listed_in_one_model_entity_are_cut_apart",
    ),
    pytest.param(
        parsed(
            "They|PRON|nsubj|1 sued|VERB|ROOT|0 over|ADP|prep|-1 the|DET|det|3 "
            "Vote|PROPN|compound|2|B-LAW Safety|PROPN|compound|1|I-LAW Act|PROPN|pobj|-4|I-LAW "
            "(|PUNCT|punct|-1 VSA|PROPN|appos|-2|B-ORG )|PUNCT|punct|-3 .|PUNCT|punct|-9"
        ),
        [],
        None,
        id="the_acronym_of_a_law_is_no_organization",
    ),
    pytest.param(
        parsed(
            "Oda|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON paid|VERB|ROOT|0 "
            "nine|NUM|nummod|2 Canadian|ADJ|amod|1|B-NORP dollars|NOUN|dobj|-3 .|PUNCT|punct|-4"
        ),
        ["Oda Vell"],
        None,
        id="a_country_named_only_in_a_currency_is_no_party",
    ),
    pytest.param(
        parsed(
            "The|DET|det|2 Blue|PROPN|compound|1|B-ORG Party|PROPN|nsubj|7|I-ORG ,|PUNCT|punct|-1 "
            "the|DET|det|2 Canadian|ADJ|amod|1|B-NORP party|NOUN|appos|-4 ,|PUNCT|punct|-5 "
            "won|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Blue Party"],
        None,
        id="a_phrase_describing_a_named_party_is_no_group",
    ),
    pytest.param(
        parsed(
            "Jo|PROPN|compound|2|B-PERSON Ann|PROPN|compound|1|I-PERSON "
            "Vell|PROPN|nsubj|1|I-PERSON died|VERB|ROOT|0 .|PUNCT|punct|-1 "
            "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON served|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        ["Jo Ann Vell"],
        2,
        id="a_name_without_its_middle_name_is_the_same_person",
    ),
    pytest.param(
        parsed(
            "The|DET|det|3 House|PROPN|compound|2|B-ORG Tariff|PROPN|compound|1|I-ORG "
            "Panel|PROPN|nsubj|1|I-ORG met|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|2 "
            "Tariff|PROPN|compound|1|B-ORG Panel|PROPN|nsubj|1|I-ORG voted|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        ["House Tariff Panel"],
        None,
        id="a_name_ending_a_longer_one_is_that_body",
    ),
    pytest.param(
        parsed(
            "The|DET|det|3 Ohio|PROPN|compound|2|B-ORG Tariff|PROPN|compound|1|I-ORG "
            "Panel|PROPN|nsubj|1|I-ORG met|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|2 "
            "Tariff|PROPN|compound|1|B-ORG Panel|PROPN|nsubj|1|I-ORG voted|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        ["Ohio Tariff Panel", "Tariff Panel"],
        None,
        id="another_state_s_body_of_the_same_name_stays_apart",
    ),
    pytest.param(
        parsed(
            "Cars|NOUN|nsubj|1 crossed|VERB|ROOT|0 the|DET|det|3 Omar|PROPN|compound|2 "
            "Vale|PROPN|compound|1 Bridge|PROPN|dobj|-4 .|PUNCT|punct|-5"
        ),
        [],
        None,
        id="a_first_name_before_a_place_noun_names_a_place",
    ),
    pytest.param(
        parsed(
            "Votes|NOUN|nsubj|1 come|VERB|ROOT|0 on|ADP|prep|-1 Mega|PROPN|compound|1|B-GPE "
            "Tuesday|PROPN|pobj|-2|B-DATE .|PUNCT|punct|-4"
        ),
        [],
        None,
        id="a_name_before_a_weekday_names_a_day",
    ),
    pytest.param(
        parsed("Wessexia|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1"),
        ["Wessexia"],
        None,
        id="an_unknown_region_that_acts_is_an_actor",
    ),
    pytest.param(
        parsed(
            "Ships|NOUN|nsubj|1 left|VERB|ROOT|0 Malta|PROPN|dobj|-1|B-ORG and|CCONJ|cc|-1|I-ORG "
            "Cyprus|PROPN|conj|-2|I-ORG .|PUNCT|punct|-4"
        ),
        [],
        None,
        id="two_places_the_model_joined_are_no_organization",
    ),
    pytest.param(
        parsed(
            "He|PRON|nsubj|1 converted|VERB|ROOT|0 to|ADP|prep|-1 Islam|PROPN|pobj|-1|B-ORG "
            ".|PUNCT|punct|-3"
        ),
        [],
        None,
        id="a_religion_the_model_calls_an_organization_is_no_actor",
    ),
    pytest.param(
        parsed(
            "Ana|PROPN|compound|2|B-PERSON Ruiz|PROPN|compound|1|I-PERSON "
            "Soto|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0 .|PUNCT|punct|-1 Ruiz|PROPN|nsubj|1|B-ORG "
            "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Ana Ruiz Soto"],
        2,
        id="a_first_surname_alone_is_the_person",
    ),
    pytest.param(
        parsed(
            "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON announced|VERB|ROOT|0 "
            "it|PRON|dobj|-1 on|ADP|prep|-2 Facebook|PROPN|pobj|-1|B-ORG .|PUNCT|punct|-4"
        ),
        ["Jo Vell"],
        None,
        id="a_platform_something_was_said_on_is_no_party",
    ),
    pytest.param(
        parsed(
            "Facebook|PROPN|nsubj|1|B-ORG banned|VERB|ROOT|0 Jo|PROPN|compound|1|B-PERSON "
            "Vell|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
        ),
        ["Facebook", "Jo Vell"],
        None,
        id="a_platform_that_acts_stays_a_party",
    ),
]


@pytest.mark.parametrize(("rows", "expected", "mentions"), _CASES)
def test_actors_found(
    make_doc: MakeDoc, rows: list[Row], expected: list[str], mentions: int | None
) -> None:
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == expected
    if mentions is not None:
        assert len(result.actors[0].mentions) == mentions
