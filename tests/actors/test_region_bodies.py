"""A local body named after a region ("Hampshire Police") takes the region's country; a
region beside its country is no foreign city; a body named in full, then by its first word;
a unit possessed by a body ("the U.S. Army's X Division") takes its country and sector; a body
named after a big city ("X Munich") takes that city's country; a model organization named like
a region or big city of a country the story names is that place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

pytestmark = pytest.mark.model


def test_county_police_and_council_take_the_county_country(nlp: Language) -> None:
    doc = nlp(
        "Hampshire Police said a lorry overturned on Monday. "
        "Hampshire County Council closed the road until Tuesday."
    )
    codes = {a.name: a.country for a in extract_actors(doc).actors if a.type == "ORG"}
    assert codes.get("Hampshire Police") == "GBR"
    assert codes.get("Hampshire County Council") == "GBR"


def test_a_city_council_keeps_the_story_country(nlp: Language) -> None:
    doc = nlp(
        "Bristol City Council approved a new library in Britain on Monday. "
        "Britain has many libraries, and Bristol City Council said it would open in May."
    )
    codes = {a.name: a.country for a in extract_actors(doc).actors if a.type == "ORG"}
    assert codes.get("Bristol City Council") == "GBR"


def test_a_story_naming_only_regions_takes_their_country(nlp: Language) -> None:
    doc = nlp(
        "Floods closed roads across Queensland and New South Wales on Monday. "
        "Jo Brindle, a farmer, said she had lost her crop in Queensland."
    )
    result = extract_actors(doc)
    people = {a.name: a.country for a in result.actors if a.type == "PERSON"}
    assert people.get("Jo Brindle") == "AUS"
    assert "Queensland" not in {a.name for a in result.actors}  # a place, never acting


def test_a_body_takes_the_country_of_any_of_its_names(nlp: Language) -> None:
    doc = nlp(
        "The Federal Government said on Monday that it regretted the move by Indonesia. "
        "Indonesia recalled its envoy, and Indonesia closed a consulate in Perth. "
        "A spokesman said the Federal Government of Australia would reply on Friday."
    )
    codes = {a.name: a.country for a in extract_actors(doc).actors if a.type == "ORG"}
    assert codes.get("Federal Government of Australia") == "AUS"


def test_a_region_beside_its_country_is_not_a_foreign_city(nlp: Language) -> None:
    # the city table's "Ontario" is Californian; beside Canada it is the province
    doc = nlp(
        "Ontario voted on Thursday. Canada's premiers met in Ontario, and Jo Brindle, "
        "a teacher, said Ontario would hold a new vote."
    )
    result = extract_actors(doc)
    countries = {a.name: a.country for a in result.actors} | {
        p.name: p.country for p in result.places
    }
    assert countries.get("Ontario") == "CAN"
    assert countries.get("Jo Brindle") == "CAN"


def test_a_city_of_a_named_country_keeps_its_country(nlp: Language) -> None:
    # only regions move: "Geneva" beside the United States stays the Swiss city
    doc = nlp("The United States and India met in Geneva on Monday. Geneva said it was ready.")
    result = extract_actors(doc)
    countries = {a.name: a.country for a in result.actors} | {
        p.name: p.country for p in result.places
    }
    assert countries.get("Geneva") == "CHE"


def test_a_first_word_named_after_the_full_name_is_that_body(nlp: Language) -> None:
    doc = nlp(
        "Kestrova Resources, a mining firm, lost its chief executive in a crash on Monday. "
        "Kestrova said it would halt trading, and a Kestrova official said the board would meet."
    )
    orgs = [a for a in extract_actors(doc).actors if a.type == "ORG"]
    assert [a.name for a in orgs] == ["Kestrova Resources"]
    assert sum(m.text == "Kestrova" for m in orgs[0].mentions) == 2


def test_a_branch_named_by_its_country_keeps_the_first_word_apart(nlp: Language) -> None:
    doc = nlp("Valtrix Canada said on Monday it would close stores. Valtrix said its profits fell.")
    names = {a.name for a in extract_actors(doc).actors if a.type == "ORG"}
    assert {"Valtrix Canada", "Valtrix"} <= names


def test_a_unit_takes_country_and_sector_from_its_possessor(nlp: Language) -> None:
    doc = nlp(
        "Germany will lose eleven bases. The U.S. Army's 3rd Kestrel Division will leave "
        "Germany in 2006, and Germany said the bases in Germany would be sold."
    )
    codes = {a.name: (a.country, a.sector) for a in extract_actors(doc).actors}
    assert codes.get("3rd Kestrel Division") == ("USA", "MIL")


@pytest.mark.parametrize(
    ("club", "country"),
    [("Munich", "DEU"), ("Green", "IRN")],  # a big city gives its country; a small town no
)
def test_a_body_named_after_a_big_city_takes_its_country(
    make_doc: Callable[..., Doc], club: str, country: str
) -> None:
    doc = make_doc(
        parsed(
            "Iran|PROPN|nsubj|1|B-GPE thanked|VERB|ROOT|0 Kestrel|PROPN|compound|1|B-ORG "
            f"{club}|PROPN|dobj|-2|I-ORG and|CCONJ|cc|-1 Iran|PROPN|conj|-2|B-GPE "
            ".|PUNCT|punct|-6"
        )
    )
    codes = {a.name: a.country for a in extract_actors(doc).actors}
    assert codes[f"Kestrel {club}"] == country


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Omsk", "GPE"), ("Vista", "ORG")],  # a big city of a named country; a city elsewhere
)
def test_a_model_organization_named_like_a_city_of_a_named_country_is_that_city(
    make_doc: Callable[..., Doc], name: str, kind: str
) -> None:
    doc = make_doc(
        parsed(
            f"Russia|PROPN|nsubj|1|B-GPE thanked|VERB|ROOT|0 {name}|PROPN|dobj|-1|B-ORG "
            "and|CCONJ|cc|-1 Russia|PROPN|conj|-2|B-GPE .|PUNCT|punct|-5"
        )
    )
    types = {a.name: a.type for a in extract_actors(doc).actors}
    assert types.get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Green Party of Ontario said on Monday that Jo Brindle would run. "
        "Canadian voters and the United States will watch.",
        "Ontario voted on Thursday. The U.S. and Canada watched, and Jo Brindle said "
        "Ontario would vote again.",
    ],
)
def test_a_region_wins_when_its_country_is_named_as_often(nlp: Language, text: str) -> None:
    codes = {a.name: a.country for a in extract_actors(nlp(text)).actors}
    assert codes.get("Jo Brindle") == "CAN"
    assert codes.get("Green Party of Ontario", "CAN") == "CAN"


def test_a_firm_named_after_its_partners_is_not_of_their_city(
    make_doc: Callable[..., Doc],
) -> None:
    doc = make_doc(
        parsed(
            "Iran|PROPN|nsubj|1|B-GPE thanked|VERB|ROOT|0 Kestrel|PROPN|compound|2|B-ORG "
            "&|CCONJ|cc|1|I-ORG Munich|PROPN|dobj|-3|I-ORG and|CCONJ|cc|-1 "
            "Iran|PROPN|conj|-2|B-GPE .|PUNCT|punct|-6"
        )
    )
    codes = {a.name: a.country for a in extract_actors(doc).actors}
    assert codes["Kestrel & Munich"] == "IRN"


def test_a_section_label_names_the_regions_country(nlp: Language) -> None:
    doc = nlp("Canadian news Ontario Premier Jo Brindle said on Monday the cabinet would meet.")
    codes = {a.name: a.country for a in extract_actors(doc).actors}
    assert codes.get("Jo Brindle") == "CAN"
