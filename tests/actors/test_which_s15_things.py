"""Names of things the model tags as actors: holidays, bills, protocols, plants, indexes.

Invented sentences, hand-parsed (no model); each failed before its rule.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import Row, parsed

MakeDoc = Callable[..., Doc]

_CASES = [
    pytest.param(
        parsed(
            "Crowds|NOUN|nsubj|1 marked|VERB|ROOT|0 Wessexia|PROPN|compound|1|B-ORG "
            "Day|PROPN|dobj|-2|I-ORG .|PUNCT|punct|-3"
        ),
        [],
        id="a_national_day_is_no_organization",
    ),
    pytest.param(
        parsed(
            "Schools|NOUN|nsubj|1 marked|VERB|ROOT|0 Omar|PROPN|compound|3|B-PERSON "
            "Vell|PROPN|compound|2|I-PERSON Tarn|PROPN|compound|1|I-PERSON "
            "Day|PROPN|dobj|-4|I-PERSON .|PUNCT|punct|-5"
        ),
        [],
        id="a_day_named_after_a_person_is_no_person",
    ),
    pytest.param(
        parsed(
            "Members|NOUN|nsubj|1 passed|VERB|ROOT|0 Bill|PROPN|dobj|-1|B-PERSON "
            "C-41|PROPN|appos|-1|I-PERSON .|PUNCT|punct|-3"
        ),
        [],
        id="a_numbered_bill_is_no_person",
    ),
    pytest.param(
        parsed(
            "Ministers|NOUN|nsubj|1 signed|VERB|ROOT|0 the|DET|det|2 "
            "Ardmore|PROPN|compound|1|B-ORG Protocol|PROPN|dobj|-3|I-ORG .|PUNCT|punct|-4"
        ),
        [],
        id="a_protocol_is_a_text",
    ),
    pytest.param(
        parsed(
            "The|DET|det|2 Hang|PROPN|compound|1|B-ORG Seng|PROPN|nsubj|1|I-ORG "
            "rose|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        [],
        id="a_stock_index_is_no_organization",
    ),
    pytest.param(
        parsed("The|DET|det|1 TSX|PROPN|nsubj|1|B-ORG fell|VERB|ROOT|0 .|PUNCT|punct|-1"),
        [],
        id="an_index_abbreviation_is_no_organization",
    ),
    pytest.param(
        parsed(
            "Engineers|NOUN|nsubj|1 inspected|VERB|ROOT|0 the|DET|det|3 "
            "Ardmore|PROPN|compound|2|B-ORG Power|PROPN|compound|1|I-ORG "
            "Plant|PROPN|dobj|-4|I-ORG .|PUNCT|punct|-5"
        ),
        [],
        id="a_power_plant_is_a_site",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), _CASES)
def test_things_are_no_actors(make_doc: MakeDoc, rows: list[Row], expected: list[str]) -> None:
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == expected


def test_a_person_surnamed_day_stays_a_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Jo|PROPN|compound|1|B-PERSON Day|PROPN|nsubj|1|I-PERSON resigned|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 Wessexia|PROPN|compound|1|B-ORG Day|PROPN|nsubj|1|I-ORG "
        "ended|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == ["Jo Day"]


def test_a_place_and_an_office_name_nobody(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Which|DET|det|2 Idaho|PROPN|compound|1|B-PERSON Governor(s|PROPN|nsubj|2|I-PERSON "
        ")|PUNCT|punct|-1 won|VERB|ROOT|0 ?|PUNCT|punct|-1 Idaho|PROPN|nsubj|1|B-GPE "
        "voted|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.type) for a in actors] == [("Idaho", "GPE")]
