"""Whoever did the thing a response is aimed at is on its receiving end: "condemned the
attack carried out by Ruritania" condemns Ruritania (the agent of a participle on the
object), while a participle with no agent names no one. Invented sentences, hand-built
parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland condemned the attack carried out by Ruritania."
CARRIED_OUT_BY = (
    "Vastland|PROPN|nsubj|1|B-GPE condemned|VERB|ROOT|0||condemn the|DET|det|1 "
    "attack|NOUN|dobj|-2 carried|VERB|acl|-1||carry out|ADP|prt|-1 by|ADP|agent|-2 "
    "Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-7"
)
# "Vastland condemned the attack carried out in May."
CARRIED_OUT_IN = (
    "Vastland|PROPN|nsubj|1|B-GPE condemned|VERB|ROOT|0||condemn the|DET|det|1 "
    "attack|NOUN|dobj|-2 carried|VERB|acl|-1||carry out|ADP|prt|-1 in|ADP|prep|-2 "
    "May|PROPN|pobj|-1|B-DATE .|PUNCT|punct|-7"
)


@pytest.mark.parametrize(
    ("notation", "recipient"), [(CARRIED_OUT_BY, "A2"), (CARRIED_OUT_IN, None)]
)
def test_the_agent_of_a_participle_on_the_object_is_the_recipient(
    blank_nlp: Language, notation: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"condemned": "VBD", "carried": "VBN"})
    event = next(e for e in events_of(doc) if e.type == "ACCUSE")
    assert (event.actors, event.recipient) == (("A1",), recipient)
