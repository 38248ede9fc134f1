"""A force withdrawn with no one named to withdraw it is its own side's: "Ruritanian troops
were withdrawn from Vastland" is Ruritania's withdrawal from Vastland, not an act done to
the troops; a person withdrawn is not made the doer. Invented sentences, hand-built
parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Ruritanian troops were withdrawn from Vastland."
TROOPS_WITHDRAWN = (
    "Ruritanian|ADJ|amod|1|B-NORP troops|NOUN|nsubjpass|2||troop were|AUX|auxpass|1||be "
    "withdrawn|VERB|ROOT|0||withdraw from|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-3"
)
# "Jo Doe was withdrawn from Vastland."
PERSON_WITHDRAWN = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubjpass|2|I-PERSON was|AUX|auxpass|1||be "
    "withdrawn|VERB|ROOT|0||withdraw from|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-3"
)


@pytest.mark.parametrize(
    ("notation", "actors"), [(TROOPS_WITHDRAWN, ("A1",)), (PERSON_WITHDRAWN, ())]
)
def test_a_force_withdrawn_is_its_own_sides(
    blank_nlp: Language, notation: str, actors: tuple[str, ...]
) -> None:
    tags = {"withdrawn": "VBN", "were": "VBD", "was": "VBD"}
    (event,) = events_of(build(blank_nlp, parsed(notation), tags))
    assert (event.type, event.actors, event.recipient) == ("RETREAT", actors, "A2")
