"""Participants only: names mentioned in passing are no actors (each rule, and a case it spares)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import ActorResult, extract_actors
from newsgraph.actors.detect import (
    CANDIDATES_KEY,
    corrected_candidates,
    entity_candidates,
    set_entities,
    token_indices,
)
from newsgraph.actors.lexicon import country_phrase, lexicons

from .conftest import Row, build, parsed

MakeDoc = Callable[..., Doc]


def _names(result: ActorResult) -> list[str]:
    return [a.name for a in result.actors]


def test_a_slogan_quoted_in_a_caption_names_no_participant(make_doc: MakeDoc) -> None:
    rows: list[Row] = [
        ('"', "PUNCT", "punct", 4, "O"),
        ("Free", "VERB", "amod", 2, "O"),
        ("Nora", "PROPN", "compound", 1, "B-PERSON"),
        ("Quill", "PROPN", "nsubj", 2, "I-PERSON"),
        ('"', "PUNCT", "punct", 1, "O"),
        ("sign", "NOUN", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
        ("Image", "NOUN", "ROOT", 0, "O"),
        (":", "PUNCT", "punct", -1, "O"),
        ("Jo", "PROPN", "compound", 1, "B-PERSON"),
        ("Ash", "PROPN", "appos", -3, "I-PERSON"),
        (".", "PUNCT", "punct", -4, "O"),
        ("\n", "SPACE", "dep", -1, "O"),
        ("Oda", "PROPN", "compound", 1, "B-PERSON"),
        ("Vell", "PROPN", "nsubj", 1, "I-PERSON"),
        ("spoke", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    assert _names(extract_actors(make_doc(rows))) == ["Oda Vell"]


def test_a_name_in_a_body_sentence_between_quotes_stays(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        'They|PRON|nsubj|1 chanted|VERB|ROOT|0 "|PUNCT|punct|3 Nora|PROPN|compound|1|B-PERSON '
        'Quill|PROPN|nsubj|1|I-PERSON resign|VERB|ccomp|-4 "|PUNCT|punct|-1 .|PUNCT|punct|-6'
    )
    assert _names(extract_actors(make_doc(rows))) == ["Nora Quill"]


def test_named_things_and_common_nouns_are_no_organizations(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Lowland|PROPN|compound|2|B-ORG Respiratory|PROPN|compound|1|I-ORG "
        "Syndrome|PROPN|nsubj|1|I-ORG spread|VERB|ROOT|0 .|PUNCT|punct|-1 Judges|NOUN|nsubj|1 "
        'made|VERB|ROOT|0 an|DET|det|1 Order|PROPN|dobj|-2|B-ORG .|PUNCT|punct|-4 "|PUNCT|punct|1 '
        'ZUVI|PROPN|nsubj|2|B-ORG "|PUNCT|punct|-1 means|VERB|ROOT|0 nothing|PRON|dobj|-1 '
        ".|PUNCT|punct|-2"
    )
    assert _names(extract_actors(make_doc(rows))) == []


@pytest.mark.parametrize(
    "head", ["Election", "Awards", "Briefing", "Referendum", "Ceremony", "System"]
)
def test_an_election_a_ceremony_or_a_system_is_no_organization(
    make_doc: MakeDoc, head: str
) -> None:
    rows: list[Row] = parsed(
        f"The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG {head}|PROPN|nsubj|1|I-ORG "
        "ended|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == []


def test_a_one_word_organization_acting_is_kept(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1 Zorvex|PROPN|nsubj|1|B-ORG issued|VERB|ROOT|0 an|DET|det|1 "
        "order|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Zorvex"]


def test_a_ship_named_after_a_person_is_no_person(make_doc: MakeDoc) -> None:
    ship: list[Row] = parsed(
        "MV|PROPN|compound|3 Professor|PROPN|compound|2 Anna|PROPN|compound|1|B-PERSON "
        "Berg|PROPN|nsubj|1|I-PERSON sailed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(ship))) == []
    assert _names(extract_actors(make_doc(ship[1:]))) == ["Anna Berg"]


def test_nationalities_of_people_and_places_are_no_country_actors(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "A|DET|det|2 Syrian|ADJ|amod|1|B-NORP child|NOUN|nsubj|1 landed|VERB|ROOT|0 on|ADP|prep|-1 "
        "the|DET|det|2 Spanish|ADJ|amod|1|B-NORP island|NOUN|pobj|-3 .|PUNCT|punct|-5 "
        "Migrants|NOUN|nsubj|3 from|ADP|prep|-1 Syria|PROPN|pobj|-1|B-GPE waited|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert not {"Syria", "Spain"} & set(_names(result))  # "Migrants from Syria" is the group
    assert {p.name for p in result.places} >= {"Spain"}


def test_a_country_that_acts_is_still_an_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Syria|PROPN|nsubj|1|B-GPE hosted|VERB|ROOT|0 a|DET|det|2 Spanish|ADJ|amod|1|B-NORP "
        "proposal|NOUN|dobj|-3 .|PUNCT|punct|-4"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Syria", "Spain"]


def test_a_place_in_a_title_is_part_of_the_title(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "First|PROPN|compound|1 Minister|PROPN|compound|4 of|ADP|prep|-1 "
        "Wessex|PROPN|compound|2|B-GPE Nora|PROPN|compound|1|B-PERSON Quill|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1 Wessex|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    with_vote = extract_actors(make_doc(rows))
    assert sorted(_names(with_vote)) == ["Nora Quill", "Wessex"]
    title_only = extract_actors(make_doc(rows[:8]))
    assert _names(title_only) == ["Nora Quill"]


def test_a_channel_of_a_statement_is_no_participant(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Nora|PROPN|compound|1|B-PERSON Quill|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        "via|ADP|prep|-1 Twitter|PROPN|pobj|-1|B-ORG .|PUNCT|punct|-3"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Nora Quill"]
    banned: list[Row] = parsed("Twitter|PROPN|nsubj|1|B-ORG banned|VERB|ROOT|0 .|PUNCT|punct|-1")
    assert _names(extract_actors(make_doc(banned))) == ["Twitter"]


def test_a_name_in_apposition_to_a_thing_names_a_thing(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1 program|NOUN|nsubj|2 Lifeline|PROPN|appos|-1|B-ORG ended|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == []
    charity = [("The", "DET", "det", 1, "O"), ("charity", "NOUN", "nsubj", 2, "O"), *rows[2:]]
    assert _names(extract_actors(make_doc(charity))) == ["Lifeline"]


def test_a_given_name_the_model_left_out_joins_the_person(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Hamid|PROPN|compound|2 bin|PROPN|compound|1|B-PERSON Talal|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Hamid bin Talal"]
    lower = [("so", "ADV", "advmod", 2, "O"), *rows[1:]]
    assert _names(extract_actors(make_doc(lower))) == ["bin Talal"]


def test_a_title_word_after_of_stays_in_the_name(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1|B-ORG House|PROPN|nsubj|3|I-ORG of|ADP|prep|-1|I-ORG "
        "Representatives|PROPN|pobj|-1|I-ORG voted|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == ["House of Representatives"]


def test_a_building_is_a_place(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Crowds|NOUN|nsubj|1 met|VERB|ROOT|0 outside|ADP|prep|-1 Harbour|PROPN|compound|1|B-ORG "
        "Complex|PROPN|pobj|-2|I-ORG .|PUNCT|punct|-4"
    )
    result = extract_actors(make_doc(rows))
    assert _names(result) == []
    assert [p.name for p in result.places] == ["Harbour Complex"]


def test_what_a_country_owns_is_no_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Chile|PROPN|nsubj|1|B-GPE has|VERB|ROOT|0 its|PRON|poss|2 own|ADJ|amod|1 "
        "army|NOUN|dobj|-3 .|PUNCT|punct|-4 Chile|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Chile"]
    acting: list[Row] = [
        *rows[:2],
        ("the", "DET", "det", 1, "O"),
        ("army", "NOUN", "dobj", -2, "O"),
        (".", "PUNCT", "punct", -3, "O"),
        *rows[6:],
    ]  # "Chile has the army.": the army is an actor of its own
    assert len(extract_actors(make_doc(acting)).actors) == 2


def test_government_names_take_the_article_where_english_does(make_doc: MakeDoc) -> None:
    assert country_phrase("GBR") == "the United Kingdom"
    assert country_phrase("CHL") == "Chile"
    rows: list[Row] = parsed(
        "The|DET|det|2 British|ADJ|amod|1|B-NORP government|NOUN|nsubj|1 resigned|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    names = _names(extract_actors(make_doc(rows)))
    assert "Government of the United Kingdom" in names


def test_the_stage_reuses_the_ruler_candidates(blank_nlp: Language) -> None:
    rows: list[Row] = parsed(
        "Nora|PROPN|compound|1|B-PERSON Quill|PROPN|nsubj|1|I-PERSON visited|VERB|ROOT|0 "
        "Iran|PROPN|dobj|-1 .|PUNCT|punct|-2"
    )
    doc = build(blank_nlp, rows)
    computed = entity_candidates(doc)
    set_entities(doc)
    assert corrected_candidates(doc) == computed
    assert [c.label for c in computed] == ["PERSON", "GPE"]
    doc.user_data[CANDIDATES_KEY] = [len(doc) + 1, []]  # stale: recomputed
    assert corrected_candidates(doc) == entity_candidates(doc)


def test_token_indices_finds_words_without_a_scan(blank_nlp: Language) -> None:
    doc = blank_nlp("He said she left, and HE came back.")
    assert token_indices(doc, frozenset({"he", "she"})) == [0, 2, 6]
    assert token_indices(doc, frozenset({"he"}), lower=False) == []
    assert token_indices(doc, frozenset()) == []


def test_incidental_lexicon_kinds() -> None:
    incidental = lexicons().incidental
    assert set(incidental.values()) == {
        "thing",
        "vessel",
        "people",
        "site",
        "event",
        "area",
        "modified",
        "medium",
        "work",
        "venue",
        "portfolio",
        "craft",
        "source",
    }
    assert incidental["syndrome"] == "thing"
    assert incidental["poll"] == "source"
    assert incidental["hospital"] == "venue"
    assert incidental["novel"] == "work"
    assert incidental["mv"] == "vessel"
    assert incidental["child"] == "people"
    assert incidental["island"] == "site"
    assert incidental["hurricane"] == "event"
    assert incidental["county"] == "area"


def test_an_organization_in_a_person_title_is_part_of_it(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1 chair|NOUN|nsubj|7 of|ADP|prep|-1 the|DET|det|2 "
        "Harbour|PROPN|compound|1|B-ORG Committee|PROPN|pobj|-3|I-ORG "
        "Nora|PROPN|compound|1|B-PERSON Quill|PROPN|appos|-6|I-PERSON resigned|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Nora Quill"]
    acting: list[Row] = parsed(
        "The|DET|det|2 Harbour|PROPN|compound|1|B-ORG Committee|PROPN|nsubj|1|I-ORG "
        "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(acting))) == ["Harbour Committee"]


def test_a_country_named_only_through_its_bodies_is_no_actor(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|2 Chilean|ADJ|amod|1|B-NORP parliament|NOUN|nsubj|1 met|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 The|DET|det|2 Chilean|ADJ|amod|1|B-NORP army|NOUN|nsubj|1 "
        "marched|VERB|ROOT|0 .|PUNCT|punct|-1"
    )  # two mentions: not the rule for a country named once as a modifier
    spoken_of: list[Row] = [
        *rows,
        ("Chile", "PROPN", "nsubj", 1, "B-GPE"),
        ("protested", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    assert "Chile" not in _names(extract_actors(make_doc(rows)))
    assert "Chile" in _names(extract_actors(make_doc(spoken_of)))


def test_an_organization_named_after_the_person_stays(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Nora|PROPN|compound|1|B-PERSON Quill|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
        "head|NOUN|appos|-2 of|ADP|prep|-1 the|DET|det|2 Harbour|PROPN|compound|1|B-ORG "
        "Authority|PROPN|pobj|-3|I-ORG spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert sorted(_names(extract_actors(make_doc(rows)))) == ["Harbour Authority", "Nora Quill"]


def test_an_article_before_a_name_modifying_a_noun_keeps_it(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Users|NOUN|nsubj|1 bought|VERB|ROOT|0 a|DET|det|2 Zorvex|PROPN|compound|1|B-ORG "
        "phone|NOUN|dobj|-3 .|PUNCT|punct|-4 Zorvex|PROPN|nsubj|1|B-ORG grew|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert _names(result) == ["Zorvex"]
    assert len(result.actors[0].mentions) == 2


def test_a_split_or_joined_name_ending_in_an_organization_word_is_no_person(
    make_doc: MakeDoc,
) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1 head|NOUN|nsubj|6 of|ADP|prep|-1 Wessex|PROPN|compound|3|B-ORG "
        "Broadcasting|PROPN|compound|1|I-ORG School|PROPN|pobj|-3|I-ORG ,|PUNCT|punct|-5 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    types = {a.name: a.type for a in extract_actors(make_doc(rows)).actors}
    assert types.get("Broadcasting School") != "PERSON"
    glued: list[Row] = parsed(
        "Ziff|PROPN|compound|1|B-PERSON Davis|PROPN|poss|3|I-PERSON '|PART|case|-1 "
        "Game|PROPN|compound|1|B-ORG Group|PROPN|nsubj|1|I-ORG grew|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    joined = extract_actors(make_doc(glued, glued=frozenset({1})))
    assert [(a.name, a.type) for a in joined.actors] == [("Ziff Davis' Game Group", "ORG")]


def test_storms_time_zones_and_counties_are_no_actors(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Hurricane|PROPN|compound|1 Lorenzo|PROPN|nsubj|1|B-PERSON hit|VERB|ROOT|0 "
        "County|PROPN|compound|1|B-PERSON Mayo|PROPN|dobj|-2|I-PERSON at|ADP|prep|-3 "
        "1600|NUM|pobj|-1 UTC|PROPN|appos|-1|B-ORG .|PUNCT|punct|-6"
    )
    result = extract_actors(make_doc(rows))
    assert _names(result) == []
    assert [p.name for p in result.places] == ["County Mayo"]
    person: list[Row] = parsed(
        "Lorenzo|PROPN|compound|1|B-PERSON Mayo|PROPN|nsubj|1|I-PERSON hit|VERB|ROOT|0 "
        "back|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    assert _names(extract_actors(make_doc(person))) == ["Lorenzo Mayo"]


def test_a_medium_of_a_statement_is_no_participant_but_a_cited_source_is(
    make_doc: MakeDoc,
) -> None:
    rows: list[Row] = parsed(
        "It|PRON|nsubjpass|2 was|AUX|auxpass|1 uploaded|VERB|ROOT|0 on|ADP|prep|-1 a|DET|det|2 "
        "Vidstream|PROPN|compound|1|B-ORG channel|NOUN|pobj|-3 .|PUNCT|punct|-5"
    )
    assert _names(extract_actors(make_doc(rows))) == []
    source: list[Row] = parsed(
        "The|DET|det|2 Vidstream|PROPN|compound|1|B-ORG website|NOUN|nsubj|1 advises|VERB|ROOT|0 "
        "users|NOUN|dobj|-1 .|PUNCT|punct|-2"
    )
    assert _names(extract_actors(make_doc(source))) == ["Vidstream"]


def test_a_name_modifying_a_thing_or_with_a_model_number_names_it(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|3 Zorvex|PROPN|compound|1|B-ORG First|PROPN|compound|1|I-ORG "
        "policy|NOUN|nsubj|1 failed|VERB|ROOT|0 .|PUNCT|punct|-1 A|DET|det|2 "
        "Quorra|PROPN|compound|1|B-ORG 737|NUM|nsubj|1 landed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == []


def test_an_organization_ending_in_policy_and_a_polled_person_stay(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|3|B-ORG Center|PROPN|nsubj|4|I-ORG for|ADP|prep|-1|I-ORG "
        "Trade|PROPN|compound|1|I-ORG Policy|PROPN|pobj|-2|I-ORG polled|VERB|ROOT|0 "
        "Nora|PROPN|compound|1|B-PERSON Quill|PROPN|dobj|-2|I-PERSON 16|NUM|nummod|1 "
        "%|NOUN|appos|-2 .|PUNCT|punct|-5"
    )
    names = _names(extract_actors(make_doc(rows)))
    assert sorted(names) == ["Center for Trade Policy", "Nora Quill"]


def test_where_people_are_from_and_where_a_statement_was_posted(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1 pilgrims|NOUN|nsubj|1 were|AUX|ROOT|0 from|ADP|prep|-1 "
        "Peru|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3 It|PRON|nsubjpass|2 was|AUX|auxpass|1 "
        "posted|VERB|ROOT|0 on|ADP|prep|-1 Twitter|PROPN|pobj|-1|B-ORG .|PUNCT|punct|-3"
    )
    assert _names(extract_actors(make_doc(rows))) == []
    acting: list[Row] = parsed(
        "Peru|PROPN|nsubj|1|B-GPE sanctioned|VERB|ROOT|0 Twitter|PROPN|dobj|-1|B-ORG "
        ".|PUNCT|punct|-2"
    )
    assert _names(extract_actors(make_doc(acting))) == ["Peru", "Twitter"]


@pytest.mark.parametrize(
    ("noun", "kept"),
    [
        ("poll", True),  # "a Zorvex poll": the organization speaks through its poll
        ("service", False),  # "the Zorvex service": the service is the thing spoken of
        ("exhibition", False),
        ("party", True),  # "the Zorvex party": an organization noun names the body
        ("spokesperson", True),  # a title: the organization speaks through its spokesperson
        ("economist", True),  # its staff: the organization is the person's employer
        ("countries", True),  # its members: "the Zorvex countries" act as a bloc
    ],
)
def test_an_unknown_organization_modifying_a_common_noun_is_no_participant(
    make_doc: MakeDoc, noun: str, kept: bool
) -> None:
    rows: list[Row] = parsed(
        f"The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG {noun}|NOUN|nsubj|1 ended|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert ("Zorvex" in _names(extract_actors(make_doc(rows)))) is kept


def test_an_unknown_organization_modifying_a_name_is_kept(make_doc: MakeDoc) -> None:
    # a list the model parsed as one name ("Zorvex, Quellor and Brindle have ..."): no modifier
    rows: list[Row] = parsed(
        "Quellor|PROPN|compound|1|B-ORG Brindle|PROPN|nsubj|1|B-ORG sued|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Quellor", "Brindle"]


def test_a_known_company_before_a_model_number_names_a_product(make_doc: MakeDoc) -> None:
    plane: list[Row] = parsed(
        "The|DET|det|2 Boeing|PROPN|compound|1 737|NUM|nsubj|1 landed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(plane))) == []
    company: list[Row] = parsed("Boeing|PROPN|nsubj|1 said|VERB|ROOT|0 .|PUNCT|punct|-1")
    assert _names(extract_actors(make_doc(company))) == ["Boeing"]


@pytest.mark.parametrize(
    ("last", "place"),
    [("Telescope", False), ("Satellite", False), ("Lane", True)],
)
def test_a_model_person_ending_in_a_craft_or_a_street_is_none(
    make_doc: MakeDoc, last: str, place: bool
) -> None:
    rows: list[Row] = parsed(
        f"The|DET|det|2 Quorin|PROPN|compound|1|B-PERSON {last}|PROPN|nsubj|1|I-PERSON "
        "failed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert _names(result) == []
    assert bool(result.places) is place


def test_a_ticket_of_two_named_people_is_no_organization(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Jo|PROPN|compound|1|B-PERSON Ash|PROPN|nsubj|4|I-PERSON and|CCONJ|cc|-1 "
        "Bo|PROPN|compound|1|B-PERSON Reed|PROPN|conj|-3|I-PERSON ran|VERB|ROOT|0 .|PUNCT|punct|-1 "
        "Ash|PROPN|compound|2|B-ORG -|PUNCT|punct|1|I-ORG Reed|PROPN|nsubj|1|I-ORG "
        "won|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = make_doc(rows, glued=frozenset({7, 8}))
    result = extract_actors(doc)
    assert _names(result) == ["Jo Ash", "Bo Reed"]
    assert [len(a.mentions) for a in result.actors] == [2, 2]


def test_a_platform_named_only_as_a_medium_is_no_participant(make_doc: MakeDoc) -> None:
    said = (
        "Jo|PROPN|compound|1|B-PERSON Ash|PROPN|nsubj|1|I-PERSON wrote|VERB|ROOT|0||write "
        "on|ADP|prep|-1 Twitter|PROPN|pobj|-1|B-ORG .|PUNCT|punct|-3 "
    )
    twice: list[Row] = parsed(said + said)
    assert _names(extract_actors(make_doc(twice))) == ["Jo Ash"]
    banned: list[Row] = parsed(
        said + "Twitter|PROPN|nsubj|1|B-ORG banned|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(banned))) == ["Jo Ash", "Twitter"]


def test_a_section_label_run_into_a_name_is_cut_off(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Norway|PROPN|compound|4|B-ORG The|DET|det|3|I-ORG Zorvex|PROPN|compound|2|I-ORG "
        "Fishing|PROPN|compound|1|I-ORG Authority|PROPN|nsubj|1|I-ORG "
        "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == ["Zorvex Fishing Authority"]


@pytest.mark.parametrize(
    ("first", "actors"),
    [
        ("Hurricane|PROPN|compound|1", []),  # "Zorvan" named as the storm once: the storm
        ("Captain|PROPN|compound|1", ["Zorvan"]),  # named with a title: a person
    ],
)
def test_the_bare_name_of_a_storm_is_no_actor(
    make_doc: MakeDoc, first: str, actors: list[str]
) -> None:
    rows: list[Row] = parsed(
        f"{first} Zorvan|PROPN|nsubj|1 formed|VERB|ROOT|0 .|PUNCT|punct|-1 "
        "Zorvan|PROPN|nsubj|1|B-ORG weakened|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _names(extract_actors(make_doc(rows))) == actors
