"""Where an act happened is not whom it is aimed at: "marched on the streets of Ruritania",
"questioned the casualty count in Ruritania" name a place, not a target; but force sent at a
place hits it ("fired on the outskirts of Ruritania", "attacked targets in Ruritania") and
people in a place are its people. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Students marched on the streets of Ruritania."
MARCHED_ON_STREETS = (
    "Students|NOUN|nsubj|1||student marched|VERB|ROOT|0||march on|ADP|prep|-1 the|DET|det|1 "
    "streets|NOUN|pobj|-2||street of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-6"
)
# "Vastland fired on the outskirts of Ruritania."
FIRED_ON_OUTSKIRTS = (
    "Vastland|PROPN|nsubj|1|B-GPE fired|VERB|ROOT|0||fire on|ADP|prep|-1 the|DET|det|1 "
    "outskirts|NOUN|pobj|-2||outskirt of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-6"
)
# "Vastland questioned the casualty count in Ruritania."
QUESTIONED_COUNT_IN = (
    "Vastland|PROPN|nsubj|1|B-GPE questioned|VERB|ROOT|0||question the|DET|det|2 "
    "casualty|NOUN|compound|1 count|NOUN|dobj|-3 in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-6"
)
# "Vastland questioned officials in Ruritania."
QUESTIONED_OFFICIALS_IN = (
    "Vastland|PROPN|nsubj|1|B-GPE questioned|VERB|ROOT|0||question "
    "officials|NOUN|dobj|-1||official in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-4"
)
# "Vastland attacked targets in Ruritania."
ATTACKED_TARGETS_IN = (
    "Vastland|PROPN|nsubj|1|B-GPE attacked|VERB|ROOT|0||attack targets|NOUN|dobj|-1||target "
    "in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)


@pytest.mark.parametrize(
    ("notation", "kind", "recipient"),
    [
        (MARCHED_ON_STREETS, "PROTEST", None),
        (FIRED_ON_OUTSKIRTS, "ASSAULT", "A2"),
        (QUESTIONED_COUNT_IN, "ACCUSE", None),
        (QUESTIONED_OFFICIALS_IN, "ACCUSE", "A2"),
        (ATTACKED_TARGETS_IN, "ASSAULT", "A2"),
    ],
)
def test_a_place_where_an_act_happened_is_no_target_of_a_peaceful_act(
    blank_nlp: Language, notation: str, kind: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"marched": "VBD", "fired": "VBD"})
    event = next(e for e in events_of(doc) if e.type == kind)
    assert event.recipient == recipient
