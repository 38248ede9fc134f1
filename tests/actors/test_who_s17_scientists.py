"""Scientists are academics, unless an employer is named.

Invented sentences, hand-parsed (no model). "geochemist Jo Brin" had no title
(``titles.tsv`` knew "scientist" and "researcher" only) and fell back to a civilian
(CVL); the sciences' nouns are EDU titles now. An academic title at a named body of
another kind ("a Zorvex Rights Fund scientist") took EDU, the title's sector; the
employer says more (NGO), as it already did for generic offices.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _person(make_doc: MakeDoc, notation: str) -> tuple[str | None, tuple[str, ...]]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    person = next(a for a in actors if a.type == "PERSON")
    return person.sector, tuple(t.text for t in person.titles)


@pytest.mark.parametrize("noun", ["geochemist", "ecologist", "astronomer", "mathematician"])
def test_a_scientists_noun_is_an_academic_title(make_doc: MakeDoc, noun: str) -> None:
    notation = (
        f"{noun}|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation) == ("EDU", (noun.capitalize(),))


def test_an_employer_outranks_an_academic_title(make_doc: MakeDoc) -> None:
    notation = (
        "Zorvex|PROPN|compound|2|B-ORG Rights|PROPN|compound|1|I-ORG Fund|PROPN|compound|1|I-ORG "
        "scientist|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation)[0] == "NGO"
