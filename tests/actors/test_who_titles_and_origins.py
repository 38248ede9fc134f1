"""Who a person is: the office written before an honorific, and the country of a
nationality named beside the name (invented sentences, real countries)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Actor

from ..analyzed import analyzed


def _person(nlp: Language, text: str, name: str) -> Actor:
    return next(a for a in analyzed(nlp, text).actors if a.name == name)


def _described(nlp: Language, text: str, description: str) -> str | None:
    start = text.index(description)
    owners = [a.name for a in analyzed(nlp, text).actors for m in a.mentions if m.start == start]
    return owners[0] if owners else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cabinet Secretary Sir Jon Harwell attended the meeting in London.", "Jon Harwell"),
        ("The talks in Warsaw were opened by Prime Minister Dr. Jan Kowalczyk.", "Jan Kowalczyk"),
    ],
)
def test_an_office_before_an_honorific_codes_the_person(
    nlp: Language, text: str, name: str
) -> None:
    # the honorific ("Sir", "Dr.") says nothing of the office: the title before it does
    assert _person(nlp, text, name).sector == "GOV"


def test_a_title_phrase_before_an_honorific_and_name_names_that_person(nlp: Language) -> None:
    text = (
        "The president of Chile, Mr. Tomas Ferrada, met the president of Peru, Mr. Luis "
        "Quispe, in Lima on Monday."
    )
    assert _described(nlp, text, "The president of Chile") == "Tomas Ferrada"
    assert _described(nlp, text, "the president of Peru") == "Luis Quispe"


def test_a_demonym_before_a_capitalised_portfolio_gives_the_country(nlp: Language) -> None:
    text = (
        "Nigeria and Cameroon signed the treaty in Yaounde. The Nigerian Justice Minister "
        "Bode Akinwale said Cameroon had kept its word. Cameroon will govern the area, and "
        "Cameroon's army moved in."
    )
    assert _person(nlp, text, "Bode Akinwale").country == "NGA"


def test_a_nationality_set_off_by_a_comma_is_the_persons(nlp: Language) -> None:
    text = (
        "A Yemeni man, Ali Salem, was arrested in Germany on Monday. German police said "
        "Germany would charge him."
    )
    assert _person(nlp, text, "Ali Salem").country == "YEM"


def test_a_list_after_a_plural_noun_is_no_description(nlp: Language) -> None:
    # "members, NAME" in a list: no nationality is said of the name
    text = (
        "Expect interviews with Canadian party members, Jo Pellerin, and others. Canada "
        "votes in October, and Canada's parties are ready."
    )
    assert _person(nlp, text, "Jo Pellerin").country == "CAN"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("The bill was attacked by Democratic Senator for Vermont, Pat Lasky.", "Pat Lasky", "LEG"),
        (
            "A spokeswoman for the Unification Ministry of Korea, Min Seo-yeon, said the talks "
            "would go on.",
            "Min Seo-yeon",
            "GOV",
        ),
        (
            "Jo Bellamy, the Planning Minister for Iraq, said the arrest was a blow.",
            "Jo Bellamy",
            "GOV",
        ),
    ],
)
def test_an_office_for_a_place_or_body_and_a_capitalised_portfolio_code_the_person(
    nlp: Language, text: str, name: str, sector: str
) -> None:
    assert _person(nlp, text, name).sector == sector


def test_a_corporate_rank_before_a_title_is_no_portfolio(nlp: Language) -> None:
    # "Executive Vice President of X": a company officer, not a government's
    text = "Dana Whitfield, Executive Vice President of Fraud Prevention at Acme, said so."
    assert _person(nlp, text, "Dana Whitfield").sector != "GOV"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        # a chief of staff serves whatever body names him: the White House's is civilian
        ("White House Chief of Staff Dale Ormond met reporters.", "Dale Ormond", "GOV"),
        ("Dale Ormond, White House Chief of Staff, met reporters on Monday.", "Dale Ormond", "GOV"),
        # held for a country alone, the office is the armed forces'
        ("Israeli Chief of Staff Avi Golan said the raid had ended.", "Avi Golan", "MIL"),
        ("Avi Golan, Israeli chief of staff, said the raid had ended.", "Avi Golan", "MIL"),
    ],
)
def test_a_chief_of_staff_takes_the_sector_of_what_he_serves(
    nlp: Language, text: str, name: str, sector: str
) -> None:
    assert _person(nlp, text, name).sector == sector


def test_an_abbreviated_state_gives_its_country(nlp: Language) -> None:
    # "NSW" is New South Wales: its police and its premier are Australian, and the
    # state named in passing is a place, no actor
    text = (
        "The NSW Police said the road was closed. Premier Jo Hale of NSW said the "
        "repairs would take a week. Drivers in NSW were told to wait."
    )
    actors = analyzed(nlp, text).actors
    assert next(a for a in actors if a.name == "NSW Police").country == "AUS"
    assert next(a for a in actors if a.name == "Jo Hale").country == "AUS"
    assert not [a for a in actors if a.name == "NSW" and a.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("In an affidavit, FBI special agent Greg Ahlman said the men fled.", "Greg Ahlman", "COP"),
        ("In 1962 the Emperor Haile Tessema of Ethiopia annexed it.", "Haile Tessema", "GOV"),
    ],
)
def test_an_agent_of_a_body_and_an_emperor_are_titled(
    nlp: Language, text: str, name: str, sector: str
) -> None:
    assert _person(nlp, text, name).sector == sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mira Tal, spokeswoman for the Israeli Prime Minister Avi Ronen, said so.", "Mira Tal"),
        ("Robert Lister, chief of staff to Vice President Dan Quill, quit.", "Robert Lister"),
    ],
)
def test_the_staff_of_an_office_holder_share_its_sector(
    nlp: Language, text: str, name: str
) -> None:
    assert _person(nlp, text, name).sector == "GOV"


def test_a_title_held_at_an_unknown_body_gives_it_a_sector(nlp: Language) -> None:
    # "CEO of X": a business, though no lexicon or keyword knows X
    text = "Velmora shares fell on Monday. Velmora CEO Dana Ruiz declined to comment."
    velmora = next(a for a in analyzed(nlp, text).actors if a.name == "Velmora")
    assert velmora.sector == "BUS"


def test_a_corporate_officer_is_business(nlp: Language) -> None:
    text = "Chris Lidell, senior vice president of Velmora, spoke to analysts on Monday."
    assert _person(nlp, text, "Chris Lidell").sector == "BUS"


def test_an_envoy_to_a_country_is_of_the_country_before_the_title(nlp: Language) -> None:
    text = (
        "The U.S. ambassador to Iraq, Dara Wendt, apologized to Samir Hadad, "
        "head of the biggest bloc in the Iraqi Council of Representatives. The U.S. "
        "said it regretted the arrest."
    )
    envoy = _person(nlp, text, "Dara Wendt")
    assert (envoy.country, envoy.sector) == ("USA", "GOV")
    assert _person(nlp, text, "Samir Hadad").country == "IRQ"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Hong Kong Chief Executive Mei Chan said so. Hong Kong agreed.", "Mei Chan", "GOV"),
        ("Velmora's chief executive, Dana Ruiz, said so. Velmora grew.", "Dana Ruiz", "BUS"),
    ],
)
def test_a_chief_executive_is_a_businessman_unless_held_for_a_country(
    nlp: Language, text: str, name: str, sector: str
) -> None:
    assert _person(nlp, text, name).sector == sector


def test_the_spokesman_of_an_office_named_by_its_possessive_shares_its_sector(
    nlp: Language,
) -> None:
    text = "The Israeli Prime Minister's spokesman Avi Ronel said Israel would wait. France agreed."
    spokesman = _person(nlp, text, "Avi Ronel")
    assert (spokesman.country, spokesman.sector) == ("ISR", "GOV")


def test_an_affiliation_after_a_comma_codes_the_person(nlp: Language) -> None:
    text = '"It is cynical," said Mara Quint, of the environmental group Green Shore Foundation.'
    assert _person(nlp, text, "Mara Quint").sector == "NGO"


def test_a_group_named_as_a_group_is_no_business(nlp: Language) -> None:
    # "X Group" may be a firm's name, but "the militant group X" says nothing of business
    text = "The militant group Kedar Front said it fired the rockets. Kedar Front is banned."
    front = next(a for a in analyzed(nlp, text).actors if a.name == "Kedar Front")
    assert front.sector != "BUS"
