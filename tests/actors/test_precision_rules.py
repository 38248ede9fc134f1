"""Held-out precision rules: initialisms, works, storms, venues, families, bare authorities."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.detect import set_entities

from .conftest import Row, actor_names, parsed

MakeDoc = Callable[..., Doc]


_NTSB: list[Row] = parsed(
    "The|DET|det|4 National|PROPN|compound|3|B-ORG Transportation|PROPN|compound|2|I-ORG "
    "Safety|PROPN|compound|1|I-ORG Board|PROPN|nsubj|1|I-ORG left|VERB|ROOT|0 .|PUNCT|punct|-1 "
    "The|DET|det|1 NTSB|PROPN|nsubj|1|B-ORG declined|VERB|ROOT|0 .|PUNCT|punct|-1"
)


def test_an_initialism_is_the_organization_it_spells(make_doc: MakeDoc) -> None:
    result = extract_actors(make_doc(_NTSB))
    assert actor_names(result) == ["National Transportation Safety Board"]
    assert [m.text for m in result.actors[0].mentions] == [
        "National Transportation Safety Board",
        "NTSB",
    ]


def test_an_initialism_that_spells_no_name_stays_apart(make_doc: MakeDoc) -> None:
    rows = [*_NTSB[:8], ("QXA", "PROPN", "nsubj", 1, "B-ORG"), *_NTSB[9:]]
    assert actor_names(extract_actors(make_doc(rows))) == [
        "National Transportation Safety Board",
        "QXA",
    ]


_CASES = [
    pytest.param(
        parsed(
            "She|PRON|nsubj|1 wrote|VERB|ROOT|0 the|DET|det|2 novel|NOUN|compound|1 "
            "Obsession|PROPN|dobj|-3|B-ORG .|PUNCT|punct|-4"
        ),
        [],
        id="a_name_after_a_work_noun_is_a_title",
    ),
    pytest.param(
        parsed(
            "Tropical|PROPN|compound|2|B-ORG Storm|PROPN|compound|1|I-ORG "
            "Dolores|PROPN|nsubj|1|I-ORG formed|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        [],
        id="a_storm_is_no_actor",
    ),
    pytest.param(
        parsed(
            "The|DET|det|3 National|PROPN|compound|2|B-ORG Hurricane|PROPN|compound|1|I-ORG "
            "Center|PROPN|nsubj|1|I-ORG warned|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["National Hurricane Center"],
        id="a_body_named_after_storms_stays",
    ),
    pytest.param(
        parsed(
            "Fans|NOUN|nsubj|1 met|VERB|ROOT|0 at|ADP|prep|-1 Brackley|PROPN|compound|1|B-ORG "
            "Hall|PROPN|pobj|-2|I-ORG .|PUNCT|punct|-4"
        ),
        [],
        id="a_hall_is_a_venue",
    ),
    pytest.param(
        parsed(
            "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON left|VERB|ROOT|0 "
            ".|PUNCT|punct|-1 The|DET|det|1 Vells|PROPN|nsubj|1|B-ORG stayed|VERB|ROOT|0 "
            ".|PUNCT|punct|-1"
        ),
        ["Jo Vell"],
        id="a_plural_surname_is_the_family_no_actor",
    ),
    pytest.param(
        parsed(
            "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON left|VERB|ROOT|0 "
            ".|PUNCT|punct|-1 Oxfam|PROPN|nsubj|1|B-ORG stayed|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Jo Vell", "Oxfam"],
        id="an_unrelated_name_ending_in_s_stays",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), _CASES)
def test_actors_found(make_doc: MakeDoc, rows: list[Row], expected: list[str]) -> None:
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == expected


def test_bare_authorities_belong_to_no_country(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Iran|PROPN|nsubj|1|B-GPE warned|VERB|ROOT|0 .|PUNCT|punct|-1 Authorities|NOUN|nsubj|1 "
        "arrested|VERB|ROOT|0 two|NUM|dobj|-1 .|PUNCT|punct|-2"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Iran"]


def test_national_authorities_are_the_government(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Iranian|ADJ|amod|1|B-NORP authorities|NOUN|nsubj|1 arrested|VERB|ROOT|0 two|NUM|dobj|-1 "
        ".|PUNCT|punct|-2"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.name, a.sector) for a in result.actors] == [("Government of Iran", "GOV")]


def test_a_company_before_a_group_noun_makes_no_group(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "A|DET|det|2 Boeing|PROPN|compound|1|B-ORG jet|NOUN|nsubj|1 crashed|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert all(a.sector != "MIL" for a in result.actors)


def test_a_journal_named_where_findings_were_published_is_no_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Findings|NOUN|nsubj|1 published|VERB|ROOT|0 in|ADP|prep|-1 Marine|PROPN|compound|1|B-ORG "
        "Letters|PROPN|pobj|-2|I-ORG surprised|VERB|conj|-4 Jo|PROPN|compound|1|B-PERSON "
        "Vell|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-7"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Jo Vell"]


def test_an_award_of_something_is_no_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "She|PRON|nsubj|1 won|VERB|ROOT|0 the|DET|det|4 Gold|PROPN|compound|3|B-ORG "
        "Medal|PROPN|compound|2|I-ORG of|ADP|prep|-1|I-ORG Poetry|PROPN|dobj|-5|I-ORG "
        ".|PUNCT|punct|-6"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == []


def test_a_bare_head_is_the_body_of_a_country_named_in_full(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|2 High|PROPN|compound|1|B-ORG Court|PROPN|nsubj|4|I-ORG of|ADP|prep|-1|I-ORG "
        "Kenya|PROPN|pobj|-1|I-ORG ruled|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|2 "
        "High|PROPN|compound|1|B-ORG Court|PROPN|nsubj|1|I-ORG agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["High Court of Kenya"]
    assert len(result.actors[0].mentions) == 2


def test_a_hashtag_is_no_name(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Fans|NOUN|nsubj|1 posted|VERB|ROOT|0 #|SYM|dobj|1 GoBlue|PROPN|dobj|-2|B-ORG "
        ".|PUNCT|punct|-3"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows, glued=frozenset({2}))))) == []


def test_a_numbered_flight_is_no_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Skyline|PROPN|compound|2|B-ORG Flight|PROPN|compound|1|I-ORG 88|NUM|nsubj|1|I-ORG "
        "landed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == []


_TAKEN_TO: list[Row] = parsed(
    "Victims|NOUN|nsubjpass|2 were|AUX|auxpass|1 treated|VERB|ROOT|0 at|ADP|prep|-1 "
    "Alder|PROPN|compound|1|B-ORG Hospital|PROPN|pobj|-2|I-ORG .|PUNCT|punct|-4"
)


def test_a_hospital_named_only_as_a_location_is_a_place(make_doc: MakeDoc) -> None:
    result = extract_actors(make_doc(_TAKEN_TO))
    assert actor_names(result) == []
    assert [p.name for p in result.places] == ["Alder Hospital"]


def test_a_hospital_that_speaks_is_an_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = [
        *_TAKEN_TO,
        ("Alder", "PROPN", "compound", 1, "B-ORG"),
        ("Hospital", "PROPN", "nsubj", 1, "I-ORG"),
        ("said", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    assert actor_names(extract_actors(make_doc(rows))) == ["Alder Hospital"]


def test_a_person_name_ends_before_a_number(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|3|I-PERSON 75|NUM|nummod|1|I-PERSON "
        "miles|NOUN|npadvmod|1|I-PERSON left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == ["Jo Vell"]


def test_an_institution_spoken_of_in_general_is_no_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Iran|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 They|PRON|nsubj|1 "
        "want|VERB|ROOT|0 limited|ADJ|amod|1 government|NOUN|dobj|-2 .|PUNCT|punct|-3 A|DET|det|2 "
        "minority|NOUN|compound|1 government|NOUN|nsubj|1 loomed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Iran"]


def test_a_short_name_finds_a_person_with_two_surnames(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Pedro|PROPN|compound|3|B-PERSON R.|PROPN|compound|2|I-PERSON "
        "Vell|PROPN|compound|1|I-PERSON Ortiz|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 Pedro|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Pedro R. Vell Ortiz"]
    assert len(result.actors[0].mentions) == 2


def test_a_bare_congress_is_another_countrys_congress_named_in_full(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|3 Indian|PROPN|compound|2|B-ORG National|PROPN|compound|1|I-ORG "
        "Congress|PROPN|nsubj|1|I-ORG won|VERB|ROOT|0 .|PUNCT|punct|-1 "
        "Congress|PROPN|nsubj|1|B-ORG rejoiced|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(set_entities(make_doc(rows)))
    assert actor_names(result) == ["Indian National Congress"]
    assert len(result.actors[0].mentions) == 2


def test_a_portfolio_after_secretary_of_is_part_of_the_title(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|6|I-PERSON ,|PUNCT|punct|-1 the|DET|det|1 "
        "Secretary|PROPN|appos|-3 of|ADP|prep|-1 Energy|PROPN|pobj|-1|B-ORG spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Jo Vell"]


def test_armed_police_are_particular_police(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Iran|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 Armed|ADJ|amod|1 "
        "police|NOUN|nsubj|1 arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.country, a.sector) for a in result.actors] == [("IRN", None), ("IRN", "COP")]


def test_a_title_the_model_calls_an_organization_is_no_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "She|PRON|nsubj|1 became|VERB|ROOT|0 a|DET|det|1 Member|PROPN|attr|-2|B-ORG "
        "of|ADP|prep|-1|I-ORG Parliament|PROPN|pobj|-1|I-ORG .|PUNCT|punct|-5"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == []


def test_a_person_name_ends_before_a_possessive(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Jo|PROPN|compound|1|B-PERSON Vell|PROPN|poss|2|I-PERSON 's|PART|case|-1|I-PERSON "
        "Mayorship|PROPN|nsubj|1|I-PERSON ended|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = set_entities(make_doc(rows, glued=frozenset({1})))
    assert actor_names(extract_actors(doc)) == ["Jo Vell"]


_CRAFT_CASES = [
    pytest.param(
        parsed(
            "The|DET|det|2 Stardust|PROPN|compound|1|B-PERSON spacecraft|NOUN|nsubj|1 "
            "landed|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        [],
        id="a_name_modifying_a_craft_noun_is_the_craft",
    ),
    pytest.param(
        parsed(
            "The|DET|det|2 research|NOUN|compound|1 ship|NOUN|nsubj|2 "
            "Kalani|PROPN|appos|-1|B-PERSON sailed|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        [],
        id="a_name_after_a_craft_noun_is_the_craft",
    ),
    pytest.param(
        parsed(
            "The|DET|det|1 Navy|PROPN|nsubj|1|B-ORG sent|VERB|ROOT|0 a|DET|det|1 ship|NOUN|dobj|-2 "
            ".|PUNCT|punct|-3"
        ),
        ["Navy"],
        id="a_body_that_sends_a_ship_stays",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), _CRAFT_CASES)
def test_crafts_are_no_actors(make_doc: MakeDoc, rows: list[Row], expected: list[str]) -> None:
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == expected


def test_a_companys_workers_stay_a_group(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Boeing|PROPN|compound|1|B-ORG workers|NOUN|nsubj|1 struck|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert "LAB" in {a.sector for a in result.actors}


def _opening(word: str, label: str, tail: list[Row]) -> list[Row]:
    """ "<Word> can wait." then ``tail`` (which writes the word in lower case)."""
    return [
        (word, "PROPN", "nsubj", 2, f"B-{label}"),
        ("can", "AUX", "aux", 1, "O"),
        ("wait", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
        *tail,
    ]


_LOWER_TAIL: list[Row] = parsed(
    "The|DET|det|1 guardrail|NOUN|nsubj|1 bent|VERB|ROOT|0 .|PUNCT|punct|-1"
)


def test_a_sentence_opening_common_noun_is_no_name(make_doc: MakeDoc) -> None:
    doc = set_entities(make_doc(_opening("Guardrails", "ORG", _LOWER_TAIL)))
    assert actor_names(extract_actors(doc)) == []


def test_a_sentence_opening_surname_stays_a_person(make_doc: MakeDoc) -> None:
    tail: list[Row] = [
        ("Jo", "PROPN", "compound", 1, "B-PERSON"),
        ("Guardrail", "PROPN", "nsubj", 1, "I-PERSON"),
        ("left", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
        *_LOWER_TAIL,
    ]
    doc = set_entities(make_doc(_opening("Guardrail", "PERSON", tail)))
    result = extract_actors(doc)
    assert actor_names(result) == ["Jo Guardrail"]
    assert len(result.actors[0].mentions) == 2


def test_a_law_is_no_actor_but_a_school_of_law_is(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|2 Radio|PROPN|compound|1|B-ORG Law|PROPN|nsubj|1|I-ORG passed|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 Vell|PROPN|compound|3|B-ORG School|PROPN|nsubj|3|I-ORG "
        "of|ADP|prep|-1|I-ORG Law|PROPN|pobj|-1|I-ORG objected|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(set_entities(make_doc(rows)))) == ["Vell School of Law"]


def test_an_organizations_department_is_the_organization(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Iran|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|3 "
        "Alder|PROPN|compound|1|B-ORG Hospital|PROPN|compound|1|I-ORG department|NOUN|nsubj|1 "
        "acted|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Iran", "Alder Hospital"]
    assert [m.text for m in result.actors[1].mentions] == [
        "Alder Hospital",
        "Alder Hospital department",
    ]


def test_a_one_word_person_opening_an_organizations_name_is_it(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Zelta|PROPN|compound|1|B-ORG Air|PROPN|nsubj|1|I-ORG flew|VERB|ROOT|0 .|PUNCT|punct|-1 "
        "Zelta|PROPN|nsubj|1|B-PERSON stopped|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Zelta Air"]
    assert len(result.actors[0].mentions) == 2


def test_an_unknown_place_that_is_a_first_name_is_the_person(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Zorna|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 Zorna|PROPN|nsubj|1|B-GPE smiled|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Zorna Vell"]
    assert len(result.actors[0].mentions) == 2


def test_a_surname_with_an_apostrophe_the_model_calls_an_org_is_the_person(
    make_doc: MakeDoc,
) -> None:
    rows: list[Row] = parsed(
        "Beto|PROPN|compound|1|B-PERSON O'Vell|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 O'Vell|PROPN|nsubj|1|B-ORG smiled|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Beto O'Vell"]
    assert len(result.actors[0].mentions) == 2


def test_a_group_described_is_not_the_newspaper_that_reported_it(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Zorvex|PROPN|compound|1|B-ORG Alliance|PROPN|nsubj|1|I-ORG marched|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 Reuters|PROPN|nsubj|1|B-ORG reported|VERB|ROOT|0 it|PRON|dobj|-1 "
        ".|PUNCT|punct|-2 The|DET|det|1 group|NOUN|nsubj|1 left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    described = {a.name for a in result.actors for m in a.mentions if m.source == "description"}
    assert described == {"Zorvex Alliance"}
