"""Detection and grouping rules, each with a case that applies and one that must not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import ActorResult, extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _names(result: ActorResult) -> list[str]:
    return [a.name for a in result.actors]


def test_possessive_splits_only_after_a_known_name(make_doc: MakeDoc) -> None:
    rows = parsed(
        "United|PROPN|compound|1|B-ORG Nations|PROPN|poss|3|I-ORG '|PART|case|-1|I-ORG "
        "Food|PROPN|compound|1|I-ORG Agency|PROPN|nsubj|1|I-ORG warned|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 People|PROPN|poss|2|B-ORG 's|PART|case|-1|I-ORG Vote|PROPN|nsubj|1|I-ORG "
        "marched|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows, glued=frozenset({1, 7})))
    assert _names(result) == ["United Nations", "Food Agency", "People's Vote"]
    assert result.actors[0].sector == "IGO"


def test_a_person_glued_to_an_organization_is_split(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Aides|NOUN|nsubj|1 told|VERB|ROOT|0 NPR|PROPN|compound|2|B-ORG "
        "Hamid|PROPN|compound|1|I-ORG Sadr|PROPN|dobj|-3|I-ORG .|PUNCT|punct|-4 "
        "Hamid|PROPN|compound|1|B-PERSON Sadr|PROPN|nsubj|1|I-PERSON left|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    actors = {a.name: a for a in result.actors}
    assert sorted(actors) == ["Hamid Sadr", "NPR"]
    assert len(actors["Hamid Sadr"].mentions) == 2
    assert actors["NPR"].code == "USAMED"


def test_a_bare_court_joins_the_one_court_named_before(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|3 Court|PROPN|nsubj|3|B-ORG of|ADP|prep|-1|I-ORG Appeal|PROPN|pobj|-1|I-ORG "
        "ruled|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|1 Court|PROPN|nsubj|1|B-ORG "
        "agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert _names(result) == ["Court of Appeal"]
    assert [m.text for m in result.actors[0].mentions] == ["Court of Appeal", "Court"]
    assert result.actors[0].sector == "JUD"


def test_the_government_of_a_country_is_its_institution(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 government|NOUN|nsubj|3 of|ADP|prep|-1 Chile|PROPN|pobj|-1|B-GPE "
        "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.name, a.code) for a in result.actors] == [("Government of Chile", "CHLGOV")]
    assert [m.text for m in result.actors[0].mentions] == ["The government of Chile"]


def test_a_lone_demonym_on_a_noun_is_no_participant(make_doc: MakeDoc) -> None:
    rows = parsed(
        "German|ADJ|amod|1|B-NORP charity|NOUN|compound|2 Sea|PROPN|compound|1|B-ORG "
        "Watch|PROPN|nsubj|1|I-ORG rescued|VERB|ROOT|0 sailors|NOUN|dobj|-1 .|PUNCT|punct|-2"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.name, a.country, a.sector) for a in result.actors] == [("Sea Watch", "DEU", "NGO")]


def test_an_appositive_gives_a_country_and_a_bare_clause_gives_none(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Ana|PROPN|compound|1|B-PERSON Ruiz|PROPN|nsubj|6|I-PERSON ,|PUNCT|punct|-1 a|DET|det|2 "
        "Peruvian|ADJ|amod|1|B-NORP student|NOUN|appos|-4 ,|PUNCT|punct|-5 spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 Luis|PROPN|compound|1|B-PERSON Mora|PROPN|nsubj|4|I-PERSON "
        ",|PUNCT|punct|-1 smiling|VERB|advcl|-2 ,|PUNCT|punct|-3 left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = {
        a.name: a for a in extract_actors(make_doc(rows, glued=frozenset({1, 5, 10, 12}))).actors
    }
    assert actors["Ana Ruiz"].country == "PER"
    assert actors["Ana Ruiz"].sector == "CVL"
    assert actors["Luis Mora"].country == "PER"  # no country of his own: the article's
    assert actors["Luis Mora"].titles == ()


LOCATION_CASES = [
    # (verb, preposition, whether the country is a participant)
    ("imposed", "on", True),  # sanctions on Iran: acted upon
    ("spoke", "in", False),  # named only as where it happened
    ("travel", "to", False),  # a destination after a motion verb
    ("wrote", "to", True),  # a recipient
]


@pytest.mark.parametrize(("verb", "prep", "actor"), LOCATION_CASES)
def test_location_or_participant(make_doc: MakeDoc, verb: str, prep: str, actor: bool) -> None:
    rows = [
        ("Officials", "NOUN", "nsubj", 1, "O"),
        (verb, "VERB", "ROOT", 0, "O"),
        (prep, "ADP", "prep", -1, "O"),
        ("Iran", "PROPN", "pobj", -1, "B-GPE"),
        (".", "PUNCT", "punct", -3, "O"),
    ]
    result = extract_actors(make_doc(rows))
    assert [a.name for a in result.actors] == (["Iran"] if actor else [])
    assert [p.name for p in result.places] == ([] if actor else ["Iran"])


def test_a_description_agrees_on_country(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Iranian|ADJ|amod|3|B-NORP President|PROPN|compound|2 Ali|PROPN|compound|1|B-PERSON "
        "Rahimi|PROPN|nsubj|1|I-PERSON met|VERB|ROOT|0 Chilean|ADJ|amod|3|B-NORP "
        "President|PROPN|compound|2 Ana|PROPN|compound|1|B-PERSON Soto|PROPN|dobj|-4|I-PERSON "
        ".|PUNCT|punct|-5 The|DET|det|2 Iranian|ADJ|amod|1|B-NORP president|NOUN|nsubj|1 "
        "left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = {a.name: a for a in extract_actors(make_doc(rows)).actors}
    described = {a.name for a in actors.values() for m in a.mentions if m.source == "description"}
    assert described == {"Ali Rahimi"}
    assert (actors["Ali Rahimi"].code, actors["Ana Soto"].code) == ("IRNGOV", "CHLGOV")


@pytest.mark.parametrize(
    ("second", "same"),
    [
        (("Hamid", "bin", "Ladin"), True),  # a transliteration variant
        (("Hamid", "bin", "Talal"), False),  # another person
    ],
)
def test_spelling_variants_of_a_long_name(
    make_doc: MakeDoc, second: tuple[str, str, str], same: bool
) -> None:
    rows = [
        ("Hamid", "PROPN", "compound", 2, "B-PERSON"),
        ("bin", "PROPN", "compound", 1, "I-PERSON"),
        ("Laden", "PROPN", "nsubj", 1, "I-PERSON"),
        ("spoke", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
        (second[0], "PROPN", "compound", 2, "B-PERSON"),
        (second[1], "PROPN", "compound", 1, "I-PERSON"),
        (second[2], "PROPN", "nsubj", 1, "I-PERSON"),
        ("left", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    people = extract_actors(make_doc(rows)).actors
    assert len(people) == (1 if same else 2)


def test_examples_after_including_share_the_location_role(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Cases|NOUN|nsubjpass|2 were|AUX|auxpass|1 found|VERB|ROOT|0 in|ADP|prep|-1 "
        "countries|NOUN|pobj|-1 over|ADP|prep|-1 winter|NOUN|pobj|-1 ,|PUNCT|punct|-1 "
        "including|VERB|prep|-2 Chile|PROPN|pobj|-1|B-GPE and|CCONJ|cc|-1 Peru|PROPN|conj|-2|B-GPE "
        ".|PUNCT|punct|-10"
    )
    result = extract_actors(make_doc(rows))
    assert result.actors == ()
    assert [p.name for p in result.places] == ["Chile", "Peru"]


@pytest.mark.parametrize(
    ("first", "label", "expected"),
    [
        ("U.S.", "B-GPE", ("GPE", "USA")),  # an American story: the state
        ("Russian", "B-NORP", ("COUNTRY", "GEO")),  # otherwise the country
    ],
)
def test_georgia_the_state_or_the_country(
    make_doc: MakeDoc, first: str, label: str, expected: tuple[str, str]
) -> None:
    rows = [
        (first, "PROPN", "compound", 1, label),
        ("officials", "NOUN", "nsubj", 1, "O"),
        ("praised", "VERB", "ROOT", 0, "O"),
        ("Georgia", "PROPN", "dobj", -1, "B-GPE"),
        (".", "PUNCT", "punct", -2, "O"),
    ]
    actors = {a.name: a for a in extract_actors(make_doc(rows)).actors}
    assert (actors["Georgia"].type, actors["Georgia"].country) == expected


@pytest.mark.parametrize(("body_name", "kept"), [("Vance", True), ("Officials", False)])
def test_a_headline_name_needs_the_article_to_repeat_it(
    make_doc: MakeDoc, body_name: str, kept: bool
) -> None:
    rows = [
        ("Storm", "PROPN", "nsubj", 1, "O"),
        ("Hits", "VERB", "ROOT", 0, "O"),
        ("Lena", "PROPN", "compound", 1, "B-PERSON"),
        ("Vance", "PROPN", "dobj", -2, "I-PERSON"),
        ("\n", "SPACE", "dep", -1, "O"),
        (body_name, "PROPN", "nsubj", 1, "O"),
        ("spoke", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    names = [a.name for a in extract_actors(make_doc(rows, glued=frozenset({3, 4}))).actors]
    assert names == (["Lena Vance"] if kept else [])
