"""Think tanks, trade unions and parties added to ``organizations.jsonl`` in stop 16."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.lexicon import lexicons

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("surface", "name", "country", "sector"),
    [
        ("Council on Foreign Relations", "Council on Foreign Relations", "USA", "NGO"),
        ("Rand Corporation", "RAND Corporation", "USA", "NGO"),
        ("IISS", "International Institute for Strategic Studies", "GBR", "NGO"),
        ("SIPRI", "Stockholm International Peace Research Institute", "SWE", "NGO"),
        ("International Crisis Group", "International Crisis Group", None, "NGO"),
        ("TUC", "Trades Union Congress", "GBR", "LAB"),
        ("Teamsters", "International Brotherhood of Teamsters", "USA", "LAB"),
        ("CAW", "Canadian Auto Workers", "CAN", "LAB"),
        ("COSATU", "Congress of South African Trade Unions", "ZAF", "LAB"),
        ("ACTU", "Australian Council of Trade Unions", "AUS", "LAB"),
        ("Nationals", "National Party of Australia", "AUS", "PTY"),
        ("NDP", "New Democratic Party", "CAN", "PTY"),
    ],
)
def test_listed(surface: str, name: str, country: str | None, sector: str) -> None:
    entry = lexicons().orgs[surface]
    assert (entry.name, entry.country, entry.sector) == (name, country, sector)


def test_a_union_s_leader_takes_its_country_and_sector(make_doc: MakeDoc) -> None:
    rows = parsed(
        "UAW|PROPN|compound|2|B-ORG president|NOUN|compound|1 Jo|PROPN|compound|1|B-PERSON "
        "Marrow|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors  # the union in the title: no party
    assert [(a.name, a.country, a.sector) for a in actors] == [("Jo Marrow", "USA", "LAB")]
