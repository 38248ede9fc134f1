"""A country after "in" or "at" on one thing or person no body stands for says where it is,
not who acts: "An accident in Ruritania poisoned many residents" names no doer, while
"Officials in Ruritania" are still Ruritania's people. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import doers_of

# "An accident in Ruritania poisoned many residents."
ACCIDENT_IN = (
    "An|DET|det|1 accident|NOUN|nsubj|3 in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "poisoned|VERB|ROOT|0||poison many|ADJ|amod|1 residents|NOUN|dobj|-2||resident "
    ".|PUNCT|punct|-3"
)
# "Officials in Ruritania poisoned many residents."
OFFICIALS_IN = ACCIDENT_IN.replace("An|DET|det|1 accident|NOUN|nsubj|3", "Officials|NOUN|nsubj|3")


def test_a_country_where_a_thing_is_does_not_act(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, ACCIDENT_IN, "poisoned", {"accident": "NN"}) == [()]


def test_people_in_a_country_still_act_for_it(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, OFFICIALS_IN, "poisoned", {"Officials": "NNS"}) == [("A1",)]


def test_a_team_in_a_country_is_still_its_people(blank_nlp: Language) -> None:
    team_in = ACCIDENT_IN.replace("An|DET|det|1 accident|NOUN", "A|DET|det|1 team|NOUN")
    assert doers_of(blank_nlp, team_in, "poisoned", {"team": "NN"}) == [("A1",)]
