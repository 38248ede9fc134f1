"""A curb ordered on someone, with nothing else on its receiving end, is aimed at whom it is
ordered on: "Vastland ordered the newspaper Ruritania Times to suspend publication" is
Vastland's curb on the paper. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland ordered the newspaper Ruritania Times to suspend publication."
ORDERED_PAPER = (
    "Vastland|PROPN|nsubj|1|B-GPE ordered|VERB|ROOT|0||order the|DET|det|1 "
    "newspaper|NOUN|dobj|-2 Ruritania|PROPN|compound|1|B-ORG Times|PROPN|appos|-2|I-ORG "
    "to|PART|aux|1 suspend|VERB|xcomp|-6 publication|NOUN|dobj|-1 .|PUNCT|punct|-8"
)
# "Vastland urged the newspaper Ruritania Times to suspend publication." -- no order
URGED_PAPER = ORDERED_PAPER.replace("ordered|VERB|ROOT|0||order", "urged|VERB|ROOT|0||urge")


@pytest.mark.parametrize(("notation", "recipient"), [(ORDERED_PAPER, "A2")])
def test_a_curb_ordered_on_someone_is_aimed_at_them(
    blank_nlp: Language, notation: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"ordered": "VBD"})
    event = next(e for e in events_of(doc) if e.type == "COERCE")
    assert (event.actors, event.recipient) == (("A1",), recipient)


def test_a_request_is_no_order(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(URGED_PAPER), {"urged": "VBD"})
    assert not any(e.type == "COERCE" and e.recipient == "A2" for e in events_of(doc))
