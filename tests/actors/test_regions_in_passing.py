"""A city or region takes part only in a participant's position (each rule, and cases it spares)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import ActorResult, extract_actors
from newsgraph.actors.participation import takes_part

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _actors(result: ActorResult) -> list[str]:
    return [a.name for a in result.actors]


def _places(result: ActorResult) -> list[str]:
    return [p.name for p in result.places]


# Each sentence names Idaho once; ``True`` when Idaho is a participant there.
_CASES = [
    # a subject, an object, a possessor: the state acts or is acted upon
    ("Idaho|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1", True),
    (
        "Jo|PROPN|compound|1|B-PERSON Marsh|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0 "
        "Idaho|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2",
        True,
    ),
    (
        "Idaho|PROPN|poss|2|B-GPE 's|PART|case|-1 delegates|NOUN|nsubj|1 left|VERB|ROOT|0 "
        ".|PUNCT|punct|-1",
        True,
    ),
    # the object of a preposition of contact is a party
    (
        "Talks|NOUN|nsubj|3 with|ADP|prep|-1 Idaho|PROPN|pobj|-1|B-GPE failed|VERB|ROOT|0 "
        ".|PUNCT|punct|-1",
        True,
    ),
    # "the city of X" takes the role of "the city"
    (
        "The|DET|det|1 city|NOUN|nsubj|3 of|ADP|prep|-1 Idaho|PROPN|pobj|-1|B-GPE "
        "sued|VERB|ROOT|0 .|PUNCT|punct|-1",
        True,
    ),
    # a modifier says where
    (
        "An|DET|det|2 Idaho|PROPN|compound|1|B-GPE man|NOUN|nsubj|1 left|VERB|ROOT|0 "
        ".|PUNCT|punct|-1",
        False,
    ),
    # so does the object of any other preposition, "the city of X" included
    (
        "It|PRON|nsubj|1 lies|VERB|ROOT|0 north|ADV|advmod|-1 of|ADP|prep|-1 "
        "Idaho|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4",
        False,
    ),
    (
        "Votes|NOUN|nsubj|1 rose|VERB|ROOT|0 in|ADP|prep|-1 the|DET|det|1 city|NOUN|pobj|-2 "
        "of|ADP|prep|-1 Idaho|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6",
        False,
    ),
]


@pytest.mark.parametrize(("notation", "acts"), _CASES)
def test_a_region_is_an_actor_only_in_a_participant_s_position(
    make_doc: MakeDoc, notation: str, acts: bool
) -> None:
    doc = make_doc(parsed(notation))
    idaho = next(t for t in doc if t.text == "Idaho")
    assert takes_part(idaho) is acts
    result = extract_actors(doc)
    assert ("Idaho" in _actors(result)) is acts
    assert ("Idaho" in _places(result)) is not acts


def test_every_state_of_a_long_predicate_list_takes_part(make_doc: MakeDoc) -> None:
    states = ["Idaho", "Ohio", "Utah", "Iowa", "Texas", "Maine", "Oregon", "Nevada", "Alaska"]
    words = "The|DET|det|1 states|NOUN|nsubj|1 are|AUX|ROOT|0 Idaho|PROPN|attr|-1|B-GPE"
    for state in states[1:]:  # each item a conjunct of the one before, as the model parses lists
        words += f" ,|PUNCT|punct|-1 {state}|PROPN|conj|-2|B-GPE"
    doc = make_doc(parsed(words + " .|PUNCT|punct|-19"))
    assert _actors(extract_actors(doc)) == states


def test_without_a_parse_every_region_takes_part(blank_nlp: Language) -> None:
    doc = blank_nlp("An Idaho man left.")
    assert takes_part(doc[1])
