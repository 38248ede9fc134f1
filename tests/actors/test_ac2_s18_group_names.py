"""Groups that are no companies (stop 18, role AC2).

Invented sentences, hand-parsed (no model). Each failed before its keywords: "Group"
made a study panel, a survey mission and an advocacy group a business (BUS).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .conftest import org_said

MakeDoc = Callable[..., Doc]


def _org_sector(make_doc: MakeDoc, words: str) -> str | None:
    """The sector of the one organization in "<words> said it ."."""
    return org_said(make_doc, words).sector


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Westvale Study Group", "GOV"),
        ("Westvale Survey Group", "GOV"),
        ("Westvale Human Rights Group", "NGO"),
        ("Westvale Pressure Group", "NGO"),
        ("Westvale Holdings Group", "BUS"),  # a company's word first
        ("Westvale Group", "BUS"),
    ],
)
def test_the_sector_of_a_group(make_doc: MakeDoc, words: str, sector: str) -> None:
    assert _org_sector(make_doc, words) == sector
