"""Relations on parsed invented sentences: titles before the agent, parenthetical and
appositive heads, control cues, and modifiers that are not what the cue describes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.relations import extract_relations

from .specs import Spec, spec_actors

pytestmark = pytest.mark.model

VELDORIA: Spec = ("V", "Veldoria", "COUNTRY", (("Veldoria", "GPE"), ("Veldorian", "NORP")))
TESSALY: Spec = ("T", "Tessaly", "COUNTRY", (("Tessaly", "GPE"),))


CASES: list[tuple[str, list[Spec], list[tuple[str, str, str, str]]]] = [
    (
        "The Veldran government (led by President Tomas Brandt) approved the plan.",
        [
            ("G", "Veldran government", "ORG", (("Veldran government", "ORG"),)),
            ("B", "Tomas Brandt", "PERSON", (("Tomas Brandt", "PERSON"),)),
        ],
        [("B", "leads", "G", "Veldran government (led by President Tomas Brandt")],
    ),
    (
        "Al-Nur, a militant group led by Omar Kadi, attacked the town.",
        [
            ("N", "Al-Nur", "ORG", (("Al-Nur", "ORG"),)),
            ("K", "Omar Kadi", "PERSON", (("Omar Kadi", "PERSON"),)),
        ],
        [("K", "leads", "N", "Al-Nur, a militant group led by Omar Kadi")],
    ),
    (
        "The Sunfield Party -led Coastal Alliance won the vote.",
        [
            ("S", "Sunfield Party", "ORG", (("Sunfield Party", "ORG"),)),
            ("C", "Coastal Alliance", "ORG", (("Coastal Alliance", "ORG"),)),
        ],
        [("S", "leads", "C", "Sunfield Party -led Coastal Alliance")],
    ),
    (
        "The Republican-controlled Senate passed the bill.",
        [
            ("R", "Republican Party", "ORG", (("Republican", "ORG"),)),
            ("S", "Senate", "ORG", (("Senate", "ORG"),)),
        ],
        [("R", "controls", "S", "Republican-controlled Senate")],
    ),
    (
        "Tessaly, which was ruled by Veldoria until 1990, voted.",
        [VELDORIA, TESSALY],
        [("V", "controls", "T", "Tessaly, which was ruled by Veldoria")],
    ),
    (
        "Dana Roe, the chair of the UN-run Climate Panel, spoke.",
        [
            ("P", "Dana Roe", "PERSON", (("Dana Roe", "PERSON"), ("the chair of the UN", "ORG"))),
            ("U", "United Nations", "ORG", (("UN", "ORG"),)),
            ("C", "Climate Panel", "ORG", (("Climate Panel", "ORG"),)),
        ],
        [("U", "controls", "C", "UN-run Climate Panel")],
    ),
    # a country named as a modifier is not what the cue describes
    ("Officials praised the Veldoria-led Tessaly military operations.", [VELDORIA, TESSALY], []),
    # a people, not its state, holds what "X-controlled" names
    (
        "The Veldorian-controlled Port Board met the Sunfield-run Harbour Office.",
        [
            VELDORIA,
            ("P", "Port Board", "ORG", (("Port Board", "ORG"),)),
            ("S", "Sunfield Party", "ORG", (("Sunfield", "ORG"),)),
            ("H", "Harbour Office", "ORG", (("Harbour Office", "ORG"),)),
        ],
        [("S", "controls", "H", "Sunfield-run Harbour Office")],
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected"), CASES)
def test_relations_parsed(
    nlp: Language, text: str, specs: list[Spec], expected: list[tuple[str, str, str, str]]
) -> None:
    found = extract_relations(nlp(text), spec_actors(text, specs), [])
    assert [(r.source, r.relation, r.target, r.evidence.text) for r in found] == expected
    for r in found:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
