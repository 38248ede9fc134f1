"""A body no lexicon knows is a business when the text calls it one ("the company",
"a carmaker"), and a city the model calls an organization is not; a product is no actor; a
spokesperson takes the sector of a body named by a noun ("Ministry spokesman"); a capitalised
common phrase ("Food Aid" beside "food aid") is no organization."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

pytestmark = pytest.mark.model


def _orgs(nlp: Language, text: str) -> dict[str, tuple[str | None, list[str]]]:
    actors = extract_actors(nlp(text)).actors
    return {a.name: (a.sector, [m.text for m in a.mentions]) for a in actors if a.type == "ORG"}


def test_the_company_names_an_unknown_body_a_business(nlp: Language) -> None:
    orgs = _orgs(
        nlp, "Brindlewood announced 300 job cuts on Monday. The company said its sales fell."
    )
    assert orgs["Brindlewood"] == ("BUS", ["Brindlewood", "The company"])


@pytest.mark.parametrize(
    "text",
    [
        "Kestrova, a Canadian carmaker, said on Monday it would cut jobs.",
        "Kestrova, a brewer, said on Monday it would cut jobs.",
    ],
)
def test_a_business_noun_describing_a_body_codes_it(nlp: Language, text: str) -> None:
    assert _orgs(nlp, text)["Kestrova"][0] == "BUS"


def test_a_coded_business_wins_over_an_unknown_body_named_after_it(nlp: Language) -> None:
    orgs = _orgs(
        nlp,
        "Kestrova Airlines bought planes from Brindlewood on Monday. "
        "The airline said the planes would fly in May.",
    )
    assert "The airline" in orgs["Kestrova Airlines"][1]
    assert orgs.get("Brindlewood", (None, []))[1] == ["Brindlewood"]


def test_a_city_the_model_calls_a_body_is_no_business(nlp: Language) -> None:
    orgs = _orgs(
        nlp, "Jo Brindle flew to Dusseldorf on Monday. The airline said the flight was late."
    )
    assert orgs.get("Dusseldorf", (None, []))[0] is None


def test_a_product_is_no_actor(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        parsed(
            "Kestrova|PROPN|nsubj|1|B-ORG sold|VERB|ROOT|0 more|ADJ|amod|1 "
            "iPhones|PROPN|dobj|-2|B-ORG .|PUNCT|punct|-3 The|DET|det|1 "
            "iPad|PROPN|nsubj|1|B-ORG sold|VERB|ROOT|0 well|ADV|advmod|-1 .|PUNCT|punct|-2"
        )
    )
    assert [a.name for a in extract_actors(doc).actors] == ["Kestrova"]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Ministry spokesman Jo Marsh said two soldiers died.", "GOV"),
        ("Heavy shelling killed ten people, rebel spokesman Jo Marsh told reporters.", "REB"),
        ("Jo Marsh, the new leader of the Kestrel party, spoke on Monday.", "PTY"),
    ],
)
def test_a_spokesperson_takes_the_sector_of_the_body_named_by_a_noun(
    nlp: Language, text: str, sector: str
) -> None:
    people = [a for a in extract_actors(nlp(text)).actors if a.type == "PERSON"]
    assert [(a.name, a.sector) for a in people] == [("Jo Marsh", sector)]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Jo Marsh was the president of Ruritania for ten years. He died on Monday.", "GOV"),
        ("Jo Marsh became a senator in 1990.", "LEG"),
        ("Jo Marsh, who was the president of the Kestrel company, resigned.", "CVL"),
    ],
)
def test_a_title_held_as_a_predicate_codes_the_person(
    nlp: Language, text: str, sector: str
) -> None:
    people = [a for a in extract_actors(nlp(text)).actors if a.type == "PERSON"]
    assert [(a.name, a.sector) for a in people] == [("Jo Marsh", sector)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Jo Marsh, from the United Kingdom, began a campaign in the United States. "
            "The United States welcomed it.",
            "GBR",
        ),
        ("Jo Marsh of Kenya met US officials in Chicago. The United States agreed.", "KEN"),
    ],
)
def test_the_country_a_person_is_named_with_is_theirs(
    nlp: Language, text: str, country: str
) -> None:
    people = [a for a in extract_actors(nlp(text)).actors if a.type == "PERSON"]
    assert [(a.name, a.country) for a in people] == [("Jo Marsh", country)]


def test_a_capitalised_common_phrase_is_no_organization(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        parsed(
            "Kestrova|PROPN|nsubj|1|B-ORG backed|VERB|ROOT|0 Food|PROPN|compound|1|B-ORG "
            "Aid|PROPN|dobj|-2|I-ORG .|PUNCT|punct|-3 More|ADJ|amod|2 food|NOUN|compound|1 "
            "aid|NOUN|nsubj|1 arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
        )
    )
    assert [a.name for a in extract_actors(doc).actors] == ["Kestrova"]


def test_a_body_whose_name_opens_with_a_rank_is_no_person(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        parsed(
            "The|DET|det|3|B-ORG General|PROPN|compound|2|I-ORG Kestrel|PROPN|compound|1|I-ORG "
            "Administration|PROPN|nsubj|1|I-ORG agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
        )
    )
    actors = extract_actors(doc).actors
    assert [(a.name, a.type) for a in actors] == [("General Kestrel Administration", "ORG")]
