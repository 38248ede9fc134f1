"""A joint act's "on" phrase is its topic, not a side: "held talks on Ruritania with
Lilliput" is a consultation with Lilliput about Ruritania, while "an attack on Ruritania"
is aimed at Ruritania. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland held talks on Ruritania with Lilliput."
TALKS_ON_WITH = (
    "Vastland|PROPN|nsubj|1|B-GPE held|VERB|ROOT|0||hold talks|NOUN|dobj|-1||talk "
    "on|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE with|ADP|prep|-3 "
    "Lilliput|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)
# "Vastland held talks on Ruritania."
TALKS_ON = (
    "Vastland|PROPN|nsubj|1|B-GPE held|VERB|ROOT|0||hold talks|NOUN|dobj|-1||talk "
    "on|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)
# "Vastland launched an attack on Ruritania."
ATTACK_ON = (
    "Vastland|PROPN|nsubj|1|B-GPE launched|VERB|ROOT|0||launch an|DET|det|1 "
    "attack|NOUN|dobj|-2 on|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-5"
)


@pytest.mark.parametrize(
    ("notation", "kind", "recipient"),
    [(TALKS_ON_WITH, "CONSULT", "A3"), (TALKS_ON, "CONSULT", None), (ATTACK_ON, "ASSAULT", "A2")],
)
def test_the_topic_of_a_joint_act_is_not_a_side(
    blank_nlp: Language, notation: str, kind: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"held": "VBD", "launched": "VBD"})
    event = next(e for e in events_of(doc) if e.type == kind)
    assert (event.actors, event.recipient) == (("A1",), recipient)
