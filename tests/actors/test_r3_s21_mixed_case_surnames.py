"""An untagged surname in mixed case is found again (stop 21, role R3).

Hand-parsed sentences (no model). ``people._add_untagged_names`` read only
title-case words, and "McCallum", "DeLay" or "DiRita" are not title case to
``str.istitle``: such a surname the model left untagged after the full name
lost its mention, and the event it opened lost its doer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _mentions(make_doc: MakeDoc, first: str, surname: str, later: str) -> dict[str, list[str]]:
    """Actor name -> mention texts of "<first> <surname> ruled . <later> ordered lawyers ."."""
    rows = parsed(
        f"{first}|PROPN|compound|1|B-PERSON {surname}|PROPN|nsubj|1|I-PERSON ruled|VERB|ROOT|0 "
        ".|PUNCT|punct|-1 "
        f"{later}|PROPN|nsubj|1 ordered|VERB|ROOT|0 lawyers|NOUN|dobj|-1 .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    return {a.name: [m.text for m in a.mentions] for a in actors}


@pytest.mark.parametrize(
    ("first", "surname"), [("Robert", "McCallum"), ("Tom", "DeLay"), ("Larry", "DiRita")]
)
def test_a_mixed_case_surname_alone_is_the_person(
    make_doc: MakeDoc, first: str, surname: str
) -> None:
    found = _mentions(make_doc, first, surname, surname)
    assert found == {f"{first} {surname}": [f"{first} {surname}", surname]}


@pytest.mark.parametrize(("surname", "later"), [("Tulo", "TULO"), ("Mps", "MPs")])
def test_capitals_after_the_first_letter_are_no_surname(
    make_doc: MakeDoc, surname: str, later: str
) -> None:
    found = _mentions(make_doc, "Jo", surname, later)
    assert found == {f"Jo {surname}": [f"Jo {surname}"]}
