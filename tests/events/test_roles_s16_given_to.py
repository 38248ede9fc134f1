"""Whom a thing is given to receives it, before whose the thing is: "Vastland conveyed the
condolences of Ruritania to Lilliput" is aimed at Lilliput; with no one it is given to, the
thing's owner stays the recipient. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland conveyed the condolences of Ruritania to Lilliput."
CONVEYED_TO = (
    "Vastland|PROPN|nsubj|1|B-GPE conveyed|VERB|ROOT|0||convey the|DET|det|1 "
    "condolences|NOUN|dobj|-2||condolence of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "to|ADP|prep|-5 Lilliput|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
)
# "Vastland conveyed the condolences of Ruritania."
CONVEYED = (
    "Vastland|PROPN|nsubj|1|B-GPE conveyed|VERB|ROOT|0||convey the|DET|det|1 "
    "condolences|NOUN|dobj|-2||condolence of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-6"
)


@pytest.mark.parametrize(("notation", "recipient"), [(CONVEYED_TO, "A3"), (CONVEYED, "A2")])
def test_whom_a_thing_is_given_to_receives_it(
    blank_nlp: Language, notation: str, recipient: str
) -> None:
    doc = build(blank_nlp, parsed(notation), {"conveyed": "VBD"})
    event = next(e for e in events_of(doc) if e.type == "SUPPORT")
    assert event.recipient == recipient
