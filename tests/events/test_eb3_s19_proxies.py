"""A lawyer, counsel, negotiator or envoy "for" a client or side acts for them, as a spokesman
for them does: "the negotiator for Vastland rejected the offer" was Vastland's rejection (a
"for" after another noun is a purpose: "a plan for Vastland"). Invented sentences, hand-built
parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


def _rejected_by(noun: str, lemma: str) -> str:
    # "The <noun> for Vastland rejected the offer."
    return (
        f"The|DET|det|1 {noun}|NOUN|nsubj|3||{lemma} for|ADP|prep|-1 "
        "Vastland|PROPN|pobj|-1|B-GPE rejected|VERB|ROOT|0||reject the|DET|det|1 "
        "offer|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )


@pytest.mark.parametrize(
    ("noun", "lemma", "expected"),
    [
        ("negotiator", "negotiator", [("A1",)]),
        ("lawyers", "lawyer", [("A1",)]),
        ("plan", "plan", [()]),
    ],
)
def test_who_acts_for_a_side_acts_as_that_side(
    blank_nlp: Language, noun: str, lemma: str, expected: list[tuple[str, ...]]
) -> None:
    doc = build(blank_nlp, parsed(_rejected_by(noun, lemma)))
    assert [e.actors for e in events_of(doc) if e.trigger.text == "rejected"] == expected
