"""The sides a go-between works between are on the receiving end of the mediation: "Vastland
mediated between Ruritania and Lilliput" is one CONSULT with each side. Invented sentences,
hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland mediated between Ruritania and Lilliput."
MEDIATED_BETWEEN = (
    "Vastland|PROPN|nsubj|1|B-GPE mediated|VERB|ROOT|0||mediate between|ADP|prep|-1 "
    "Ruritania|PROPN|pobj|-1|B-GPE and|CCONJ|cc|-1 Lilliput|PROPN|conj|-2|B-GPE "
    ".|PUNCT|punct|-5"
)
# "Vastland brokered a truce between Ruritania and Lilliput."
BROKERED_BETWEEN = (
    "Vastland|PROPN|nsubj|1|B-GPE brokered|VERB|ROOT|0||broker a|DET|det|1 truce|NOUN|dobj|-2 "
    "between|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE and|CCONJ|cc|-1 "
    "Lilliput|PROPN|conj|-2|B-GPE .|PUNCT|punct|-7"
)


def test_the_sides_of_a_mediation_are_its_recipients(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(MEDIATED_BETWEEN), {"mediated": "VBD"})
    mediations = [e for e in events_of(doc) if e.trigger.text == "mediated"]
    assert {e.recipient for e in mediations} == {"A2", "A3"}
    assert all(e.actors == ("A1",) for e in mediations)


def test_the_sides_of_a_brokered_deal_are_its_recipients(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(BROKERED_BETWEEN), {"brokered": "VBD"})
    brokered = [e for e in events_of(doc) if e.trigger.text == "brokered"]
    assert {e.recipient for e in brokered} == {"A2", "A3"}
