"""People joined for a cause are an advocacy group (stop 19, role AK).

Invented names, hand-parsed (no model). Before, "Citizens for X" took its members'
sector (CVL), "Students for X" EDU, "Doctors for X" HLH.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .conftest import org_said

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    "words",
    ["Citizens for Westvale Reform", "Students for Clean Westvale", "Doctors for Fair Care"],
)
def test_people_for_a_cause(make_doc: MakeDoc, words: str) -> None:
    assert org_said(make_doc, words).sector == "NGO"


def test_a_union_of_people_keeps_their_sector(make_doc: MakeDoc) -> None:
    assert org_said(make_doc, "Westvale Union of Teachers").sector == "EDU"
