"""Whose decision or plan it is, is who does what it is to do ("Ruritania's decision to
expel Jo Doe"); and an act is its doer's before it is its patient's, so a response to
"Ruritania's arrest of Jo Doe" is aimed at Ruritania. Invented sentences, hand-built
parses."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Event

from .conftest import build, events_of, parsed

# "Ruritania's decision to expel Jo Doe surprised Vastland."
DECISION_TO_EXPEL = (
    "Ruritania|PROPN|poss|2|B-GPE 's|PART|case|-1 decision|NOUN|nsubj|5 to|PART|aux|1 "
    "expel|VERB|acl|-2 Jo|PROPN|compound|1|B-PERSON Doe|PROPN|dobj|-2|I-PERSON "
    "surprised|VERB|ROOT|0||surprise Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
)
# "Vastland condemned Ruritania's arrest of Jo Doe."
CONDEMNED_ARREST = (
    "Vastland|PROPN|nsubj|1|B-GPE condemned|VERB|ROOT|0||condemn Ruritania|PROPN|poss|2|B-GPE "
    "'s|PART|case|-1 arrest|NOUN|dobj|-3 of|ADP|prep|-1 Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-7"
)
# "Vastland condemned the arrest of Jo Doe." -- no doer named: the one arrested
CONDEMNED_BARE_ARREST = (
    "Vastland|PROPN|nsubj|1|B-GPE condemned|VERB|ROOT|0||condemn the|DET|det|1 "
    "arrest|NOUN|dobj|-2 of|ADP|prep|-1 Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-6"
)


def _event(nlp: Language, notation: str, kind: str) -> Event:
    doc = build(nlp, parsed(notation), {"condemned": "VBD", "surprised": "VBD"})
    return next(e for e in events_of(doc) if e.type == kind)


def test_the_owner_of_a_decision_does_what_it_decides(blank_nlp: Language) -> None:
    event = _event(blank_nlp, DECISION_TO_EXPEL, "SANCTION")
    assert (event.actors, event.recipient) == (("A1",), "A2")


def test_a_response_to_an_act_is_aimed_at_its_doer(blank_nlp: Language) -> None:
    event = _event(blank_nlp, CONDEMNED_ARREST, "ACCUSE")
    assert (event.actors, event.recipient) == (("A1",), "A2")


def test_a_response_to_an_act_with_no_doer_is_aimed_at_its_patient(blank_nlp: Language) -> None:
    event = _event(blank_nlp, CONDEMNED_BARE_ARREST, "ACCUSE")
    assert (event.actors, event.recipient) == (("A1",), "A2")
