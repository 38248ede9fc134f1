"""A request for a retreat is aimed at whose force must withdraw, its "of" phrase, not at
the place it leaves: "Ruritania demanded the withdrawal of Freedonia from Borduria" asks
Freedonia. A release is not: its "of" phrase undergoes it. Invented sentences, hand-built
parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Ruritania demanded the withdrawal of Freedonia from Borduria."
WITHDRAWAL_OF_FROM = (
    "Ruritania|PROPN|nsubj|1|B-GPE demanded|VERB|ROOT|0||demand the|DET|det|1 "
    "withdrawal|NOUN|dobj|-2 of|ADP|prep|-1 Freedonia|PROPN|pobj|-1|B-GPE "
    "from|ADP|prep|-3 Borduria|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-7"
)
# "Ruritania demanded the release of Jo Doe from Borduria."
RELEASE_OF_FROM = (
    "Ruritania|PROPN|nsubj|1|B-GPE demanded|VERB|ROOT|0||demand the|DET|det|1 "
    "release|NOUN|dobj|-2 of|ADP|prep|-1 Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|pobj|-2|I-PERSON from|ADP|prep|-4 Borduria|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-8"
)


def test_a_requested_withdrawal_is_aimed_at_who_withdraws(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(WITHDRAWAL_OF_FROM), {"demanded": "VBD"})
    demanded = [e for e in events_of(doc) if e.trigger.text == "demanded"]
    assert [(e.actors, e.recipient) for e in demanded] == [(("A1",), "A2")]


def test_a_requested_release_is_not_aimed_at_who_is_released(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(RELEASE_OF_FROM), {"demanded": "VBD"})
    demanded = [e for e in events_of(doc) if e.trigger.text == "demanded"]
    assert demanded and all(e.recipient != "A2" for e in demanded)
