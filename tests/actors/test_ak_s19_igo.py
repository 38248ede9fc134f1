"""Intergovernmental bodies are IGO with no country (stop 19, role AK).

Invented sentences, hand-parsed (no model). Each failed before its lexicon entry: a
development bank or the energy agency was a company (BUS from "Bank", "Energy") of the
story's country, a UN mission or the NATO-led force had no sector or a MIL one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors.lexicon import lexicons

from .conftest import org_said

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("surface", "name", "sector"),
    [
        ("IEA", "International Energy Agency", "IGO"),
        ("ADB", "Asian Development Bank", "IGO"),
        ("EBRD", "European Bank for Reconstruction and Development", "IGO"),
        ("European Investment Bank", "European Investment Bank", "IGO"),
        ("IPCC", "Intergovernmental Panel on Climate Change", "IGO"),
        ("UNCTAD", "United Nations Conference on Trade and Development", "IGO"),
        ("UNIFIL", "United Nations Interim Force in Lebanon", "IGO"),
        ("ISAF", "International Security Assistance Force", "IGO"),
        ("KFOR", "Kosovo Force", "IGO"),
        ("ICTY", "International Criminal Tribunal for the former Yugoslavia", "JUD"),
    ],
)
def test_an_intergovernmental_body(surface: str, name: str, sector: str) -> None:
    entry = lexicons().orgs[surface]
    assert (entry.name, entry.country, entry.sector) == (name, None, sector)


@pytest.mark.parametrize(
    "words",
    ["International Energy Agency", "Asian Development Bank", "Inter-American Development Bank"],
)
def test_a_bank_or_agency_of_states_is_no_company(make_doc: MakeDoc, words: str) -> None:
    actor = org_said(make_doc, words)
    assert (actor.country, actor.sector) == (None, "IGO")
