"""A body no lexicon knows is a business when the text calls it one ("the company",
"a carmaker"), and a city the model calls an organization is not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors

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
