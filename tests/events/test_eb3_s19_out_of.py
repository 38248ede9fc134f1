"""A withdrawal "out of" a place or body is aimed at the one left, as one "from" it: "Ruritania
pulled its troops out of Vastland", "Ruritania will pull out of Vastland" (the parser hangs
"of" on "out", or on the verb when "out" is its particle). Invented sentences, hand-built
parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Ruritania pulled its troops out of Vastland."
TROOPS_OUT_OF = (
    "Ruritania|PROPN|nsubj|1|B-GPE pulled|VERB|ROOT|0||pull its|PRON|poss|1||its "
    "troops|NOUN|dobj|-2||troop out|ADP|prep|-3 of|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-6"
)
# "Ruritania pulled out of Vastland."
OUT_OF = (
    "Ruritania|PROPN|nsubj|1|B-GPE pulled|VERB|ROOT|0||pull out|ADP|prep|-1 of|ADP|prep|-1 "
    "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)
# "Ruritania pulled out of Vastland." with "out" a particle and "of" on the verb
OUT_PARTICLE = (
    "Ruritania|PROPN|nsubj|1|B-GPE pulled|VERB|ROOT|0||pull out|ADP|prt|-1 of|ADP|prep|-2 "
    "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)


@pytest.mark.parametrize("notation", [TROOPS_OUT_OF, OUT_OF, OUT_PARTICLE])
def test_the_one_a_force_is_pulled_out_of_is_the_target(blank_nlp: Language, notation: str) -> None:
    doc = build(blank_nlp, parsed(notation))
    pulled = [(e.type, e.actors, e.recipient) for e in events_of(doc)]
    assert pulled == [("RETREAT", ("A1",), "A2")]
