"""Central banks are their state's (GOV), not companies (stop 19, role AK).

Invented names, hand-parsed (no model). Before, every "Bank" was BUS from its keyword:
the Bank of England, a "Central Bank of X", a "Reserve Bank" and their governors.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors.lexicon import lexicons

from .conftest import org_said

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize("words", ["Westvale Central Bank", "Reserve Bank of Westvale"])
def test_a_central_bank_s_name_is_the_state_s(make_doc: MakeDoc, words: str) -> None:
    assert org_said(make_doc, words).sector == "GOV"


def test_a_commercial_bank_stays_a_company(make_doc: MakeDoc) -> None:
    assert org_said(make_doc, "Westvale Savings Bank").sector == "BUS"


@pytest.mark.parametrize(
    ("surface", "country"),
    [("Bank of England", "GBR"), ("BoJ", "JPN"), ("SNB", "CHE"), ("Bundesbank", "DEU")],
)
def test_a_listed_central_bank(surface: str, country: str) -> None:
    entry = lexicons().orgs[surface]
    assert (entry.country, entry.sector) == (country, "GOV")
