"""A request names its addressee with "on", "upon" or "to" ("called on donors to send aid
to Ruritania"): the one asked is the recipient even when no actor names them, and what
they are asked to do is aimed elsewhere. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland called on donors to send aid to Ruritania."
CALLED_ON_DONORS = (
    "Vastland|PROPN|nsubj|1|B-GPE called|VERB|ROOT|0||call on|ADP|prep|-1 "
    "donors|NOUN|pobj|-1||donor to|PART|aux|1 send|VERB|xcomp|-4 aid|NOUN|dobj|-1 "
    "to|ADP|prep|-2 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
)
# "Vastland called on Ruritania to free the prisoners."
CALLED_ON_RURITANIA = (
    "Vastland|PROPN|nsubj|1|B-GPE called|VERB|ROOT|0||call on|ADP|prep|-1 "
    "Ruritania|PROPN|pobj|-1|B-GPE to|PART|aux|1 free|VERB|xcomp|-4 the|DET|det|1 "
    "prisoners|NOUN|dobj|-2||prisoner .|PUNCT|punct|-7"
)
# "Vastland appealed on Monday to donors to send aid to Ruritania." -- a day is no addressee
APPEALED_ON_MONDAY = (
    "Vastland|PROPN|nsubj|1|B-GPE appealed|VERB|ROOT|0||appeal on|ADP|prep|-1 "
    "Monday|PROPN|pobj|-1|B-DATE to|ADP|prep|-3 donors|NOUN|pobj|-1||donor to|PART|aux|1 "
    "send|VERB|xcomp|-6 aid|NOUN|dobj|-1 to|ADP|prep|-2 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-10"
)


@pytest.mark.parametrize(
    ("notation", "recipient"),
    [(CALLED_ON_DONORS, None), (CALLED_ON_RURITANIA, "A2"), (APPEALED_ON_MONDAY, None)],
)
def test_a_request_is_aimed_at_its_addressee_not_at_what_it_asks_for(
    blank_nlp: Language, notation: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"called": "VBD", "appealed": "VBD"})
    event = next(e for e in events_of(doc) if e.type == "REQUEST")
    assert (event.actors, event.recipient) == (("A1",), recipient)
