"""Opponents, critics, rivals and enemies of someone are not that someone: the name in their
"of", possessive or compound is whom they are against, so it is neither the doer nor the
target of what they do ("Opponents of Ruritania attacked the town" names no doer), while
their adjective still says who they are. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import doers_of

# "Opponents of Ruritania attacked the town."
OPPONENTS_OF = (
    "Opponents|NOUN|nsubj|3||opponent of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "attacked|VERB|ROOT|0||attack the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Soldiers of Ruritania attacked the town."
SOLDIERS_OF = OPPONENTS_OF.replace(
    "Opponents|NOUN|nsubj|3||opponent", "Soldiers|NOUN|nsubj|3||soldier"
)
# "Ruritania 's rivals attacked the town."
RIVALS_POSS = (
    "Ruritania|PROPN|poss|2|B-GPE 's|PART|case|-1 rivals|NOUN|nsubj|1||rival "
    "attacked|VERB|ROOT|0||attack the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Jo Doe critics attacked the town."
CRITICS_COMPOUND = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|compound|1|I-PERSON critics|NOUN|nsubj|1||critic "
    "attacked|VERB|ROOT|0||attack the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Ruritanian enemies of Jo Doe attacked the town."
AMOD_ENEMIES = (
    "Ruritanian|ADJ|amod|1|B-NORP enemies|NOUN|nsubj|4||enemy of|ADP|prep|-1 "
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|pobj|-2|I-PERSON attacked|VERB|ROOT|0||attack "
    "the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)


@pytest.mark.parametrize("notation", [OPPONENTS_OF, RIVALS_POSS, CRITICS_COMPOUND])
def test_whom_adversaries_oppose_is_not_the_doer(blank_nlp: Language, notation: str) -> None:
    assert doers_of(blank_nlp, notation, "attacked") == [()]


def test_people_of_a_country_still_act_for_it(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, SOLDIERS_OF, "attacked") == [("A1",)]


def test_an_adjective_still_says_who_the_adversaries_are(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, AMOD_ENEMIES, "attacked") == [("A1",)]
