"""An argument of a clause that describes a noun inside a complement belongs to another act:
"Vastland refused to allow the extradition of a man suspected of shooting Jo Doe" is not
aimed at Jo Doe; without that clause, "the extradition of Jo Doe" still is. Invented
sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland refused to allow the extradition of a man suspected of shooting Jo Doe."
SUSPECTED = (
    "Vastland|PROPN|nsubj|1|B-GPE refused|VERB|ROOT|0||refuse to|PART|aux|1 "
    "allow|VERB|xcomp|-2 the|DET|det|1 extradition|NOUN|dobj|-2 of|ADP|prep|-1 "
    "a|DET|det|1 man|NOUN|pobj|-2 suspected|VERB|acl|-1||suspect of|ADP|prep|-1 "
    "shooting|VERB|pcomp|-1||shoot Jo|PROPN|compound|1|B-PERSON Doe|PROPN|dobj|-2|I-PERSON "
    ".|PUNCT|punct|-13"
)
# "Vastland refused to allow the extradition of Jo Doe."
PLAIN = (
    "Vastland|PROPN|nsubj|1|B-GPE refused|VERB|ROOT|0||refuse to|PART|aux|1 "
    "allow|VERB|xcomp|-2 the|DET|det|1 extradition|NOUN|dobj|-2 of|ADP|prep|-1 "
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-8"
)


@pytest.mark.parametrize(("notation", "recipient"), [(SUSPECTED, None), (PLAIN, "A2")])
def test_a_noun_clause_inside_a_complement_names_no_target(
    blank_nlp: Language, notation: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"suspected": "VBN", "shooting": "VBG"})
    event = next(e for e in events_of(doc) if e.type == "REJECT")
    assert event.actor == "A1"
    assert event.recipient == recipient
