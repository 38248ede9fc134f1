"""A detention or correctional centre is the government's, not a school.

Invented sentences, hand-parsed (no model); the first two failed while only 'centre'
(EDU) was a keyword of these names (org_keywords.tsv: detention, correctional GOV);
the last guards a centre with no such word.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("middle", "sector"),
    [("Detention", "GOV"), ("Correctional", "GOV"), ("Language", "EDU")],
)
def test_the_first_keyword_of_a_centre_gives_its_sector(
    make_doc: MakeDoc, middle: str, sector: str
) -> None:
    rows = parsed(
        f"The|DET|det|3 Zorvex|PROPN|compound|2|B-ORG {middle}|PROPN|compound|1|I-ORG "
        "Centre|PROPN|nsubj|1|I-ORG said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.sector) for a in actors] == [(f"Zorvex {middle} Centre", sector)]
