"""The portfolio of a minister's or a secretary's title names the office, not a body.

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
            "The|DET|det|1 Minister|PROPN|nsubj|6 for|ADP|prep|-1 Trade|PROPN|pobj|-1|B-ORG "
            "and|CCONJ|cc|-1|I-ORG Tourism|PROPN|conj|-2|I-ORG ,|PUNCT|punct|-5 "
            "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        [],
        id="a_ministers_portfolio_is_no_organization",
    ),
    pytest.param(
        parsed(
            "The|DET|det|1 Secretary|PROPN|nsubj|9 of|ADP|prep|-1 State|PROPN|pobj|-1|B-ORG "
            "for|ADP|prep|-1|I-ORG Health|PROPN|pobj|-1|I-ORG ,|PUNCT|punct|-5 "
            "Jo|PROPN|compound|1|B-PERSON Marrow|PROPN|appos|-7|I-PERSON ,|PUNCT|punct|-1 "
            "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Jo Marrow"],
        id="state_for_health_is_part_of_the_title",
    ),
    pytest.param(
        parsed(
            "The|DET|det|1 Secretary|PROPN|nsubj|9 of|ADP|prep|-1 State|PROPN|pobj|-1 "
            "for|ADP|prep|-2 Arts|PROPN|pobj|-1|B-ORG ,|PUNCT|punct|-1 "
            "Parks|PROPN|conj|-2|B-PERSON and|CCONJ|cc|-1 Sport|PROPN|conj|-2|B-ORG "
            "resigned|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        [],
        id="each_item_of_a_listed_portfolio_is_part_of_the_title",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), _CASES)
def test_portfolios_are_no_actors(make_doc: MakeDoc, rows: list[Row], expected: list[str]) -> None:
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == expected


@pytest.mark.parametrize(
    "notation",
    [
        # a spokesman speaks for his organization: no portfolio
        "A|DET|det|1 spokesman|NOUN|nsubj|4 for|ADP|prep|-1 Zorvex|PROPN|compound|1|B-ORG "
        "Group|PROPN|pobj|-2|I-ORG said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2",
        # a comma ends the portfolio unless the list goes on
        "He|PRON|nsubj|1 met|VERB|ROOT|0 the|DET|det|1 Minister|PROPN|dobj|-2 "
        "for|ADP|prep|-1 Health|PROPN|pobj|-1 ,|PUNCT|punct|-5 Zorvex|PROPN|compound|1|B-ORG "
        "Group|PROPN|nsubj|1|I-ORG said|VERB|ROOT|0 .|PUNCT|punct|-1",
    ],
)
def test_a_body_after_a_title_stays(make_doc: MakeDoc, notation: str) -> None:
    assert [a.name for a in extract_actors(make_doc(parsed(notation))).actors] == ["Zorvex Group"]
