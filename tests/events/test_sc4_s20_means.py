"""A gerund under "by" is the means of its verb's act and shares that verb's frame:
"intends to expand its mission by sending troops" sends none yet, "did not respond by
sending troops" sent none. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

_TAGS = {
    "intends": "VBZ",
    "expand": "VB",
    "expanded": "VBD",
    "sending": "VBG",
    "respond": "VB",
    "did": "VBD",
    "troops": "NNS",
}

# "Ruritania intends to expand its mission by sending troops."
INTENDED = (
    "Ruritania|PROPN|nsubj|1|B-GPE intends|VERB|ROOT|0||intend to|PART|aux|1 "
    "expand|VERB|xcomp|-2 its|PRON|poss|1 mission|NOUN|dobj|-2 by|ADP|prep|-3 "
    "sending|VERB|pcomp|-1||send troops|NOUN|dobj|-1||troop .|PUNCT|punct|-8"
)
# "Ruritania expanded its mission by sending troops."
DONE = (
    "Ruritania|PROPN|nsubj|1|B-GPE expanded|VERB|ROOT|0||expand its|PRON|poss|1 "
    "mission|NOUN|dobj|-2 by|ADP|prep|-3 sending|VERB|pcomp|-1||send "
    "troops|NOUN|dobj|-1||troop .|PUNCT|punct|-6"
)
# "Ruritania did not respond by sending troops."
NOT_DONE = (
    "Ruritania|PROPN|nsubj|3|B-GPE did|AUX|aux|2||do not|PART|neg|1 respond|VERB|ROOT|0 "
    "by|ADP|prep|-1 sending|VERB|pcomp|-1||send troops|NOUN|dobj|-1||troop .|PUNCT|punct|-4"
)


def _sending(nlp: Language, notation: str) -> list[tuple[str, bool]]:
    doc = build(nlp, parsed(notation), _TAGS)
    return [(e.type, e.intent) for e in events_of(doc) if e.trigger.text == "sending"]


def test_a_means_under_an_intent_is_intended(blank_nlp: Language) -> None:
    assert _sending(blank_nlp, INTENDED) == [("THREATEN", True)]


def test_a_means_of_a_done_act_is_done(blank_nlp: Language) -> None:
    assert _sending(blank_nlp, DONE) == [("MOBILIZE", False)]


def test_a_means_of_an_act_not_done_is_not_done(blank_nlp: Language) -> None:
    assert _sending(blank_nlp, NOT_DONE) == []
