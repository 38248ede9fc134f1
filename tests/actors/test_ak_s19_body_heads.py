"""A body's head takes the body's sector (stop 19, role AK).

Invented sentences, hand-parsed (no model). Each failed before its rule: a president
or chairman was GOV or BUS by the title alone whatever body a common noun named
with it ("the company's president", "president of the firm", "party chairman"), and
an appositive title owned by a common noun ("NAME, the company's president") was not
read at all, while one owned by another title ("NAME, the president's wife") was his.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_SAID = "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2"


def _person(make_doc: MakeDoc, notation: str) -> tuple[str | None, list[str]]:
    actors = [a for a in extract_actors(make_doc(parsed(notation))).actors if a.type == "PERSON"]
    assert len(actors) == 1, actors
    return actors[0].sector, [t.text for t in actors[0].titles]


@pytest.mark.parametrize(
    ("notation", "sector"),
    [
        (  # The company's president, Tal Orvin, said it.
            "The|DET|det|1 company|NOUN|poss|2 's|PART|case|-1 president|NOUN|nsubj|5 "
            ",|PUNCT|punct|-1 Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|appos|-3|I-PERSON "
            f",|PUNCT|punct|-4 {_SAID}",
            "BUS",
        ),
        (  # Tal Orvin, the company's president, said it.
            "Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
            "the|DET|det|1 company|NOUN|poss|2 's|PART|case|-1 president|NOUN|appos|-5 "
            f",|PUNCT|punct|-6 {_SAID}",
            "BUS",
        ),
        (  # Tal Orvin, president of the firm, said it.
            "Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
            "president|NOUN|appos|-2 of|ADP|prep|-1 the|DET|det|1 firm|NOUN|pobj|-2 "
            f",|PUNCT|punct|-6 {_SAID}",
            "BUS",
        ),
        (  # Tal Orvin, the city's planning director, said it.
            "Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|nsubj|8|I-PERSON ,|PUNCT|punct|-1 "
            "the|DET|det|1 city|NOUN|poss|3 's|PART|case|-1 planning|NOUN|compound|1 "
            f"director|NOUN|appos|-6 ,|PUNCT|punct|-7 {_SAID}",
            "GOV",
        ),
        (  # party chairman Tal Orvin said it.
            "party|NOUN|compound|3 chairman|NOUN|compound|2 Tal|PROPN|compound|1|B-PERSON "
            f"Orvin|PROPN|nsubj|1|I-PERSON {_SAID}",
            "PTY",
        ),
        (  # deputy president Tal Orvin said it: "deputy" is a rank, no legislator's body
            "deputy|NOUN|compound|3 president|NOUN|compound|2 Tal|PROPN|compound|1|B-PERSON "
            f"Orvin|PROPN|nsubj|1|I-PERSON {_SAID}",
            "GOV",
        ),
    ],
)
def test_a_head_s_sector_is_the_body_s(make_doc: MakeDoc, notation: str, sector: str) -> None:
    assert _person(make_doc, notation)[0] == sector


def test_a_title_owned_by_another_title_is_not_the_person_s(make_doc: MakeDoc) -> None:
    # Tal Orvin, the president's wife, said it.
    notation = (
        "Tal|PROPN|compound|1|B-PERSON Orvin|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
        "the|DET|det|1 president|NOUN|poss|2 's|PART|case|-1 wife|NOUN|appos|-5 "
        f",|PUNCT|punct|-6 {_SAID}"
    )
    sector, titles = _person(make_doc, notation)
    assert (sector, titles) == ("CVL", [])
