"""Titles of study authors, students, district judges and lawyers.

Invented sentences, hand-parsed (no model). "co-author Jo Brin" had no title and fell
back to a civilian (CVL); a study's authors and a university's students are EDU titles
now, a district judge and a lawyer or attorney JUD (CAMEO codes the legal profession as
judicial). A lawyer says nothing of the body that hires them: "Zorvex's lawyer" leaves
Zorvex uncoded (it took JUD as "CEO of X" makes X a business).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _sectors(make_doc: MakeDoc, notation: str) -> dict[str, str | None]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    return {a.name: a.sector for a in actors}


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("lead|ADJ|amod|1 author", "EDU"),
        ("senior|ADJ|amod|1 author", "EDU"),
        ("undergrad", "EDU"),
        ("lawyer", "JUD"),
        ("attorney", "JUD"),
    ],
)
def test_a_study_or_legal_title_codes_the_person(
    make_doc: MakeDoc, title: str, sector: str
) -> None:
    notation = (
        f"{title}|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sectors(make_doc, notation)["Jo Brin"] == sector


def test_a_district_judge_in_an_appositive_is_judicial(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|8|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|4 United|PROPN|compound|1|B-GPE States|PROPN|compound|2|I-GPE "
        "District|PROPN|compound|1 judge|NOUN|appos|-6 ,|PUNCT|punct|-7 "
        "ruled|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sectors(make_doc, notation)["Jo Brin"] == "JUD"


def test_a_lawyer_does_not_code_the_body_that_hires_them(make_doc: MakeDoc) -> None:
    notation = (
        "Zorvex|PROPN|poss|2|B-ORG 's|PART|case|-1 lawyer|NOUN|compound|2 "
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    sectors = _sectors(make_doc, notation)
    assert sectors["Jo Brin"] == "JUD"
    assert sectors["Zorvex"] != "JUD"


def test_a_lawyer_of_a_coded_body_takes_its_sector(make_doc: MakeDoc) -> None:
    notation = (
        "Zorvex|PROPN|compound|1|B-ORG Bank|PROPN|poss|2|I-ORG 's|PART|case|-1 "
        "lawyer|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sectors(make_doc, notation)["Jo Brin"] == "BUS"


def test_an_office_outranks_a_lawyers_title(make_doc: MakeDoc) -> None:
    notation = (
        "Senator|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|6|I-PERSON "
        ",|PUNCT|punct|-1 a|DET|det|1 lawyer|NOUN|appos|-3 ,|PUNCT|punct|-4 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sectors(make_doc, notation)["Jo Brin"] == "LEG"
