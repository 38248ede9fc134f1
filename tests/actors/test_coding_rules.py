"""Coding rules: international bodies get no guessed country, associations their members' sector."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

#: Kenya is the article's dominant country: the fallback an organization must not get.
_KENYA = " Kenya|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"


def _codes(make_doc: MakeDoc, sentence: str) -> dict[str, tuple[str | None, str | None]]:
    result = extract_actors(make_doc(parsed(sentence)))
    return {a.name: (a.country, a.sector) for a in result.actors}


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        (  # opens with "International": no dominant-country guess
            "The|DET|det|3 International|PROPN|compound|2|B-ORG Sorghum|PROPN|compound|1|I-ORG"
            " Committee|PROPN|nsubj|1|I-ORG praised|VERB|ROOT|0||praise" + _KENYA,
            "International Sorghum Committee",
            (None, "NGO"),
        ),
        (  # holds the name of an international body: IGO
            "The|DET|det|4 United|PROPN|compound|1|B-ORG Nations|PROPN|compound|2|I-ORG"
            " Sorghum|PROPN|compound|1|I-ORG Fund|PROPN|nsubj|1|I-ORG"
            " praised|VERB|ROOT|0||praise" + _KENYA,
            "United Nations Sorghum Fund",
            (None, "IGO"),
        ),
        (  # a national body keeps the fallback
            "The|DET|det|2 Sorghum|PROPN|compound|1|B-ORG Committee|PROPN|nsubj|1|I-ORG"
            " praised|VERB|ROOT|0||praise" + _KENYA,
            "Sorghum Committee",
            ("KEN", "NGO"),
        ),
        (  # an association named after its members takes their sector
            "The|DET|det|2 Teachers|PROPN|compound|1|B-ORG Union|PROPN|nsubj|1|I-ORG"
            " praised|VERB|ROOT|0||praise" + _KENYA,
            "Teachers Union",
            ("KEN", "EDU"),
        ),
        (
            "The|DET|det|1 Union|PROPN|nsubj|3|B-ORG of|ADP|prep|-1|I-ORG"
            " Workers|PROPN|pobj|-1|I-ORG praised|VERB|ROOT|0||praise" + _KENYA,
            "Union of Workers",
            ("KEN", "LAB"),
        ),
    ],
)
def test_coding_of_organizations(
    make_doc: MakeDoc, sentence: str, name: str, code: tuple[str | None, str | None]
) -> None:
    assert _codes(make_doc, sentence)[name] == code


def _sectors(make_doc: MakeDoc, sentence: str) -> dict[str, str | None]:
    result = extract_actors(make_doc(parsed(sentence)))
    return {a.name: a.sector for a in result.actors if a.type == "PERSON"}


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        (  # the holder of a government's term
            "Rebels|NOUN|nsubj|1 fought|VERB|ROOT|0||fight Kel|PROPN|compound|1|B-PERSON"
            " Varen|PROPN|poss|2|I-PERSON 's|PART|case|-1 government|NOUN|dobj|-4"
            " .|PUNCT|punct|-5",
            "GOV",
        ),
        (  # a post held in the person's own clause
            "Kel|PROPN|compound|1|B-PERSON Varen|PROPN|nsubj|1|I-PERSON"
            " served|VERB|ROOT|0||serve as|ADP|prep|-1 senator|NOUN|pobj|-1 .|PUNCT|punct|-3",
            "LEG",
        ),
        (  # a hypothetical administration is no office held
            "Voters|NOUN|nsubj|1 fear|VERB|ROOT|0 a|DET|det|3 Kel|PROPN|compound|1|B-PERSON"
            " Varen|PROPN|compound|1|I-PERSON administration|NOUN|dobj|-4 .|PUNCT|punct|-5",
            "CVL",
        ),
        (  # someone else's post
            "Kel|PROPN|compound|1|B-PERSON Varen|PROPN|nsubj|1|I-PERSON"
            " criticised|VERB|ROOT|0||criticise the|DET|det|1 senator|NOUN|dobj|-2"
            " .|PUNCT|punct|-3",
            "CVL",
        ),
    ],
)
def test_an_office_held_codes_a_person(make_doc: MakeDoc, sentence: str, sector: str) -> None:
    assert _sectors(make_doc, sentence)["Kel Varen"] == sector


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        (  # a title with its portfolio before the name
            "Minister|PROPN|compound|3 for|ADP|prep|-1 Trade|PROPN|pobj|-1"
            " Kel|PROPN|compound|1|B-PERSON Varen|PROPN|nsubj|1|I-PERSON"
            " resigned|VERB|ROOT|0||resign .|PUNCT|punct|-1",
            "GOV",
        ),
        (  # a place and a stray name word before the name are no portfolio
            "Visitors|NOUN|nsubj|1 met|VERB|ROOT|0||meet Mayor|PROPN|dobj|-1 of|ADP|prep|-1"
            " Chicago|PROPN|pobj|-1|B-GPE Jo|PROPN|compound|2 Kel|PROPN|compound|1|B-PERSON"
            " Varen|PROPN|appos|-6|I-PERSON .|PUNCT|punct|-7",
            "CVL",
        ),
        (  # the place a member of a legislature represents, between title and name
            "Senator|PROPN|compound|3 from|ADP|prep|-1 Ohio|PROPN|pobj|-1|B-GPE"
            " Kel|PROPN|compound|1|B-PERSON Varen|PROPN|nsubj|1|I-PERSON"
            " resigned|VERB|ROOT|0||resign .|PUNCT|punct|-1",
            "LEG",
        ),
    ],
)
def test_a_portfolio_between_title_and_name(make_doc: MakeDoc, sentence: str, sector: str) -> None:
    assert _sectors(make_doc, sentence)["Kel Varen"] == sector


def test_a_title_opening_a_new_clause_is_no_appositive(make_doc: MakeDoc) -> None:
    sentence = (
        "For|ADP|prep|6 Kel|PROPN|compound|1|B-PERSON Varen|PROPN|pobj|-2|I-PERSON"
        " ,|PUNCT|punct|3 the|DET|det|1 queen|NOUN|nsubj|1 spoke|VERB|ROOT|0||speak"
        " .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(parsed(sentence)))
    varen = next(a for a in result.actors if a.name == "Kel Varen")
    assert varen.titles == ()


def test_a_country_owning_a_qualified_title_codes_the_holder(make_doc: MakeDoc) -> None:
    sentence = (
        "Kenya|PROPN|poss|3|B-GPE 's|PART|case|-1 new|ADJ|amod|1 president|NOUN|compound|2"
        " Kel|PROPN|compound|1|B-PERSON Varen|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0||speak"
        " .|PUNCT|punct|-1"
    )
    chad = "Chad|PROPN|nsubj|1|B-GPE protested|VERB|ROOT|0||protest .|PUNCT|punct|-1"
    rows = parsed(chad) + parsed(chad) + parsed(sentence)  # Chad dominates the story
    result = extract_actors(make_doc(rows))
    varen = next(a for a in result.actors if a.name == "Kel Varen")
    assert (varen.country, varen.sector) == ("KEN", "GOV")


def test_an_international_bodys_members_keep_its_code(make_doc: MakeDoc) -> None:
    sentence = (
        "UN|PROPN|compound|1|B-ORG peacekeepers|NOUN|nsubj|1 left|VERB|ROOT|0||leave"
        " Kenya|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(parsed(sentence))).actors
    un = next(a for a in actors if a.name == "United Nations")
    assert (un.country, un.sector) == (None, "IGO")
    assert "UN peacekeepers" in [m.text for m in un.mentions]
    assert [a.name for a in actors if a.type == "ORG"] == ["United Nations"]


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        (  # a party's nominee: the party's sector
            "The|DET|det|2 Quorin|PROPN|compound|1|B-ORG Party|PROPN|poss|3|I-ORG"
            " 's|PART|case|-1 nominee|NOUN|compound|2 Kel|PROPN|compound|1|B-PERSON"
            " Varen|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0||win .|PUNCT|punct|-1",
            "PTY",
        ),
        (  # a country's candidate holds no office yet
            "Kenyan|ADJ|amod|2|B-NORP presidential|ADJ|amod|1 candidate|NOUN|compound|2"
            " Kel|PROPN|compound|1|B-PERSON Varen|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0||win"
            " .|PUNCT|punct|-1",
            "CVL",
        ),
    ],
)
def test_those_seeking_an_office(make_doc: MakeDoc, sentence: str, sector: str) -> None:
    assert _sectors(make_doc, sentence)["Kel Varen"] == sector


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        (  # a body's common noun before a title that says nothing by itself
            "A|DET|det|2 police|NOUN|compound|1 spokesman|NOUN|nsubj|4 ,|PUNCT|punct|-1"
            " Jo|PROPN|compound|1|B-PERSON Ash|PROPN|appos|-3|I-PERSON said|VERB|ROOT|0||say"
            " .|PUNCT|punct|-1",
            "COP",
        ),
        (  # ... or as the object of its "for", the modifying noun first
            "Jo|PROPN|compound|1|B-PERSON Ash|PROPN|nsubj|9|I-PERSON ,|PUNCT|punct|-1"
            " a|DET|det|1 spokeswoman|NOUN|appos|-3 for|ADP|prep|-1 the|DET|det|2"
            " church|NOUN|compound|1 council|NOUN|pobj|-3 ,|PUNCT|punct|-8"
            " said|VERB|ROOT|0||say .|PUNCT|punct|-1",
            "REL",
        ),
        (  # a noun naming no body leaves the title open: a private person
            "Jo|PROPN|compound|1|B-PERSON Ash|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1"
            " director|NOUN|appos|-2 of|ADP|prep|-1 software|NOUN|compound|1"
            " solutions|NOUN|pobj|-2 ,|PUNCT|punct|-6 said|VERB|ROOT|0||say .|PUNCT|punct|-1",
            "CVL",
        ),
    ],
)
def test_a_sectorless_title_takes_the_sector_of_a_body_noun(
    make_doc: MakeDoc, sentence: str, sector: str
) -> None:
    assert _codes(make_doc, sentence)["Jo Ash"][1] == sector


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("Italian|ADJ|amod|2|B-NORP painter|NOUN|compound|1", "ITA"),  # a description
        ("famous|ADJ|amod|2 painter|NOUN|compound|1", "KEN"),  # none: the story's country
    ],
)
def test_a_country_before_a_description_is_the_person_s(
    make_doc: MakeDoc, words: str, country: str
) -> None:
    name = " Jo|PROPN|compound|1|B-PERSON Ash|PROPN|nsubj|1|I-PERSON"
    sentence = f"{words}{name} praised|VERB|ROOT|0||praise" + _KENYA
    assert _codes(make_doc, sentence)["Jo Ash"][0] == country


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        (  # "major" modifies the exhibition: no rank of the person's
            "It|PRON|nsubj|1 opened|VERB|ROOT|0 a|DET|det|4 major|ADJ|amod|3"
            " Jo|PROPN|compound|1|B-PERSON Ash|PROPN|compound|1|I-PERSON"
            " exhibition|NOUN|dobj|-5 .|PUNCT|punct|-6",
            "CVL",
        ),
        (  # "general" modifies the person: a rank
            "Iranian|ADJ|amod|3|B-NORP general|ADJ|amod|2 Jo|PROPN|compound|1|B-PERSON"
            " Ash|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0||speak .|PUNCT|punct|-1",
            "MIL",
        ),
    ],
)
def test_a_lower_case_rank_is_a_title_only_of_a_person(
    make_doc: MakeDoc, sentence: str, sector: str
) -> None:
    assert _codes(make_doc, sentence)["Jo Ash"][1] == sector


def test_a_party_and_state_designator_marks_a_member_of_congress(make_doc: MakeDoc) -> None:
    sentence = (
        "Jo|PROPN|compound|1|B-PERSON Ash|PROPN|nsubj|6|I-PERSON (|PUNCT|punct|-1"
        " D|PROPN|appos|-2|B-PERSON -|PUNCT|punct|-1|I-PERSON Nev|PROPN|appos|-4|I-PERSON"
        " )|PUNCT|punct|-5 praised|VERB|ROOT|0||praise" + _KENYA
    )
    codes = _codes(make_doc, sentence)
    assert codes["Jo Ash"] == ("USA", "LEG")
    assert "D-Nev" not in codes and "D - Nev" not in codes
