"""The sector of an organization no lexicon lists, read from the keyword of its name.

Invented sentences, hand-parsed (no model); each failed before its keyword was listed
(org_keywords.tsv: command, daily, board, customs, industries, temple; incidental.tsv:
chancellor as a portfolio).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("first", "second", "sector"),
    [
        ("Zorvex", "Command", "MIL"),
        ("Zorvex", "Daily", "MED"),
        ("Tariff", "Board", "GOV"),
        ("Zorvex", "Customs", "GOV"),
        ("Zorvex", "Industries", "BUS"),
        ("Zorvex", "Temple", "REL"),
    ],
)
def test_a_keyword_of_the_name_gives_the_sector(
    make_doc: MakeDoc, first: str, second: str, sector: str
) -> None:
    rows = parsed(
        f"The|DET|det|2 {first}|PROPN|compound|1|B-ORG {second}|PROPN|nsubj|1|I-ORG "
        "said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.sector) for a in actors] == [(f"{first} {second}", sector)]


def test_the_exchequer_of_a_chancellor_is_part_of_the_title(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 Chancellor|PROPN|nsubj|4 of|ADP|prep|-1 the|DET|det|1 "
        "Exchequer|PROPN|pobj|-2|B-ORG spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == []


def test_a_listed_company_takes_its_country_and_sector(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Siemens|PROPN|nsubj|1|B-PERSON hired|VERB|ROOT|0 Jo|PROPN|compound|1|B-PERSON "
        "Vell|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert ("Siemens", "ORG", "DEU", "BUS") in [
        (a.name, a.type, a.country, a.sector) for a in actors
    ]
