"""Conjoined agents of a passive relation cue: a conjunct the cue follows again is a new head."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.relations import extract_relations

from .specs import Spec, spec_actors

pytestmark = pytest.mark.model

PEOPLE: list[Spec] = [
    ("U", "Unity Party", "ORG", (("Unity Party", "ORG"),)),
    ("F", "Farmers League", "ORG", (("Farmers League", "ORG"),)),
    ("A", "Ana Berg", "PERSON", (("Ana Berg", "PERSON"),)),
    ("O", "Olav Lund", "PERSON", (("Olav Lund", "PERSON"),)),
]
STATES: list[Spec] = [
    ("M", "Milan Front", "ORG", (("Milan Front", "ORG"),)),
    ("V", "Veldoria", "COUNTRY", (("Veldoria", "GPE"),)),
    ("T", "Tessaly", "COUNTRY", (("Tessaly", "GPE"),)),
]


def _found(nlp: Language, text: str, specs: list[Spec]) -> set[tuple[str, str, str]]:
    return {
        (r.source, r.relation, r.target)
        for r in extract_relations(nlp(text), spec_actors(text, specs), [])
    }


def test_conjunct_with_its_own_cue_is_not_a_co_agent(nlp: Language) -> None:
    text = (
        "Power would be shared by the two main parties, the Unity Party led by Ana Berg "
        "and the Farmers League, led by Olav Lund."
    )
    found = _found(nlp, text, PEOPLE)
    assert ("A", "leads", "U") in found
    assert ("F", "leads", "U") not in found


def test_plain_conjoined_agents_still_count(nlp: Language) -> None:
    text = "The Milan Front, backed by Veldoria and Tessaly, took the town."
    assert _found(nlp, text, STATES) == {("V", "backs", "M"), ("T", "backs", "M")}


NATO: list[Spec] = [
    ("V", "Veldoria", "COUNTRY", (("Veldorian", "NORP"),)),
    ("N", "North Atlantic Treaty Organization", "ORG", (("NATO", "ORG"),)),
]


def test_demonym_leads_the_troops_not_the_alliance(nlp: Language) -> None:
    text = "A soldier died during a joint operation with Veldorian-led NATO troops."
    assert _found(nlp, text, NATO) == set()


def test_demonym_still_leads_a_named_body(nlp: Language) -> None:
    text = "The Veldorian-led NATO mission ended. Officials praised the Veldorian-led NATO."
    assert ("V", "leads", "N") in _found(nlp, text, NATO)
