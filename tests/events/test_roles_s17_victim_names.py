"""A person's name before an act of force is whom it befell, not its doer: "the Doe
assassination" was done to Doe (as "the Bhutto assassination" was), while a country
before it ("the Vastland airstrike") is still the doer. Invented sentences, hand-built
parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


def _doe_assassination(dep: str) -> str:
    """ "The Doe assassination was condemned by Vastland." (the parser may make "Doe" an
    adjective)"""
    return (
        f"The|DET|det|2 Doe|PROPN|{dep}|1|B-PERSON assassination|NOUN|nsubjpass|2 "
        "was|AUX|auxpass|1||be condemned|VERB|ROOT|0||condemn by|ADP|agent|-1 "
        "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
    )


# "The Vastland airstrike was condemned by Ruritania."
VASTLAND_AIRSTRIKE = (
    "The|DET|det|2 Vastland|PROPN|compound|1|B-GPE airstrike|NOUN|nsubjpass|2 "
    "was|AUX|auxpass|1||be condemned|VERB|ROOT|0||condemn by|ADP|agent|-1 "
    "Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
)


@pytest.mark.parametrize("dep", ["compound", "amod"])
def test_a_persons_name_before_an_act_of_force_is_its_victim(blank_nlp: Language, dep: str) -> None:
    doc = build(blank_nlp, parsed(_doe_assassination(dep)), {"condemned": "VBN"})
    events = events_of(doc)
    condemned = next(e for e in events if e.trigger.text == "condemned")
    assert condemned.recipient == "A1"
    assert all("A1" not in e.actors for e in events)


def test_a_country_before_an_act_of_force_is_its_doer(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(VASTLAND_AIRSTRIKE), {"condemned": "VBN"})
    act = next(e for e in events_of(doc) if e.trigger.text == "airstrike")
    assert act.actors == ("A1",)
