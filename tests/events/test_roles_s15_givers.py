"""Whose a thing given is, is not whom it is given to: "promised support from Ruritania"
names the giver's side, "seized weapons from the rebels" whom they were taken from.
Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland promised support from Ruritania."
PROMISED_SUPPORT_FROM = (
    "Vastland|PROPN|nsubj|1|B-GPE promised|VERB|ROOT|0||promise support|NOUN|dobj|-1 "
    "from|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)
# "Vastland promised support to Lilliput from Ruritania."
PROMISED_SUPPORT_TO = (
    "Vastland|PROPN|nsubj|1|B-GPE promised|VERB|ROOT|0||promise support|NOUN|dobj|-1 "
    "to|ADP|prep|-1 Lilliput|PROPN|pobj|-1|B-GPE from|ADP|prep|-3 "
    "Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)
# "Vastland seized weapons from Ruritania."
SEIZED_FROM = (
    "Vastland|PROPN|nsubj|1|B-GPE seized|VERB|ROOT|0||seize weapons|NOUN|dobj|-1||weapon "
    "from|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)


@pytest.mark.parametrize(
    ("notation", "kind", "recipient"),
    [
        (PROMISED_SUPPORT_FROM, "AGREE", None),
        (PROMISED_SUPPORT_TO, "AGREE", "A2"),
        (SEIZED_FROM, "COERCE", "A2"),
    ],
)
def test_the_source_of_a_thing_given_is_not_its_recipient(
    blank_nlp: Language, notation: str, kind: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"promised": "VBD", "seized": "VBD"})
    event = next(e for e in events_of(doc) if e.type == kind)
    assert (event.actors, event.recipient) == (("A1",), recipient)
