"""A verb takes no part in the noun act it hangs from when it casts the act "as" something
("Ruritania referred to the strike as a riot": Ruritania struck nothing), nor when its subject
is a demand ("the demands of Ruritania include an inquiry": the inquiry is asked for, not
opened by Ruritania). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Ruritania referred to the strike as a riot."
REFERRED_AS = (
    "Ruritania|PROPN|nsubj|1|B-GPE referred|VERB|ROOT|0||refer to|ADP|prep|-1 the|DET|det|1 "
    "strike|NOUN|pobj|-2 as|ADP|prep|-4 a|DET|det|1 riot|NOUN|pobj|-2 .|PUNCT|punct|-7"
)
# "Ruritania went to the strike."
WENT_TO = (
    "Ruritania|PROPN|nsubj|1|B-GPE went|VERB|ROOT|0||go to|ADP|prep|-1 the|DET|det|1 "
    "strike|NOUN|pobj|-2 .|PUNCT|punct|-4"
)
# "The demands of Ruritania include an inquiry."
DEMANDS_INCLUDE = (
    "The|DET|det|1 demands|NOUN|nsubj|3||demand of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "include|VERB|ROOT|0||include an|DET|det|1 inquiry|NOUN|dobj|-2 .|PUNCT|punct|-3"
)


def _doers_of(nlp: Language, notation: str, word: str) -> list[tuple[str, ...]]:
    doc = build(nlp, parsed(notation))
    return [e.actors for e in events_of(doc) if e.trigger.text == word]


def test_an_act_cast_as_something_is_not_the_speakers(blank_nlp: Language) -> None:
    assert ("A1",) not in _doers_of(blank_nlp, REFERRED_AS, "strike")


def test_one_who_goes_to_an_act_still_takes_part(blank_nlp: Language) -> None:
    assert _doers_of(blank_nlp, WENT_TO, "strike") == [("A1",)]


def test_what_demands_include_is_asked_for_not_done(blank_nlp: Language) -> None:
    assert ("A1",) not in _doers_of(blank_nlp, DEMANDS_INCLUDE, "inquiry")
