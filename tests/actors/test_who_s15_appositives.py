"""Who a person is, from an appositive: a body's possessive before the title ("the
OSCE's envoy"), "with" joining staff to their employer, offices the lexicon lacked
("negotiator", "General Secretary", "tycoon") (invented sentences and names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Actor

from ..analyzed import analyzed


def _person(nlp: Language, text: str, name: str) -> Actor:
    return next(a for a in analyzed(nlp, text).actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        (
            "Hans Egger, the OSCE's envoy to Kyrgyzstan, said the vote would be delayed.",
            "Hans Egger",
            None,
            "IGO",
        ),
        (
            "Ramin Tavakoli, the top nuclear negotiator for Iran, said the talks had failed.",
            "Ramin Tavakoli",
            "IRN",
            "GOV",
        ),
        ("Oil tycoon Brent Calloway bought the club in Leeds.", "Brent Calloway", None, "BUS"),
    ],
)
def test_appositive_offices(
    nlp: Language, text: str, name: str, country: str | None, sector: str
) -> None:
    person = _person(nlp, text, name)
    assert person.sector == sector
    if country is not None:
        assert person.country == country


def test_with_joins_staff_to_their_employer(nlp: Language) -> None:
    text = "Tom Ferris, an analyst with Acme Holdings Inc., said the merger will help Dell."
    assert _person(nlp, text, "Tom Ferris").sector == "BUS"


def test_a_general_secretary_is_no_general(nlp: Language) -> None:
    text = "Union General Secretary Ray Pollard said the strike in Leeds would go on."
    person = _person(nlp, text, "Ray Pollard")
    assert person.sector != "MIL"
    assert person.title == "General Secretary"


def test_a_title_after_a_parenthesised_acronym_belongs_to_the_body(nlp: Language) -> None:
    text = "The ruling National Unity Party (NUP) Chairman Su Chen said he was angry."
    assert _person(nlp, text, "Su Chen").sector == "PTY"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Pastor Jon Fairley said the church would reopen in Dallas.", "Jon Fairley", "REL"),
        ("Gale Ostrow, a photographer for the paper, was hurt in Gaza.", "Gale Ostrow", "MED"),
        ("Billionaire Otto Brandt bought the club last week.", "Otto Brandt", "BUS"),
        ("Police Commissioner Jan Ruddle said the arrests were lawful.", "Jan Ruddle", "COP"),
        ("Magistrate Ama Owusu adjourned the case in Accra.", "Ama Owusu", "JUD"),
    ],
)
def test_occupations_code_the_person(nlp: Language, text: str, name: str, sector: str) -> None:
    assert _person(nlp, text, name).sector == sector


def test_a_bodys_possessive_before_a_described_title(nlp: Language) -> None:
    text = "The search is on, said Jean Lacroix, Interpol's executive director of police services."
    person = _person(nlp, text, "Jean Lacroix")
    assert (person.country, person.sector) == (None, "IGO")


def test_a_countrys_acronym_ending_a_list_item_is_no_body_of_the_next(nlp: Language) -> None:
    text = (
        "Leaders attending: President Park Min-jun of the Republic of Korea (ROK) "
        "Prime Minister Kenji Arata of Japan and others."
    )
    assert _person(nlp, text, "Kenji Arata").country == "JPN"
