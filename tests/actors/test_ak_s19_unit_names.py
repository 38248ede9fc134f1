"""Military units, chambers of commerce and stock exchanges have a sector (stop 19, role AK).

Invented names, hand-parsed (no model). Before, no keyword of these names was listed:
"4th Infantry Division", "X Regiment", "1st Battalion", "X Chamber of Commerce" and "X
Stock Exchange" had no sector, and neither had the people who serve or head them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .conftest import org_said

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Westvale Light Infantry", "MIL"),
        ("Royal Westvale Regiment", "MIL"),
        ("Westvale Rifles Battalion", "MIL"),
        ("Westvale Chamber of Commerce", "BUS"),
        ("Westvale Stock Exchange", "BUS"),
        ("Westvale Securities and Exchange Commission", "GOV"),  # no stock exchange
    ],
)
def test_the_sector_of_a_unit_or_market(make_doc: MakeDoc, words: str, sector: str) -> None:
    assert org_said(make_doc, words).sector == sector
