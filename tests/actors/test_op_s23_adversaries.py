"""Opponents, critics and enemies of someone are that one's country's opposition (OPP).

Invented sentences, hand-parsed (no model): the name in the adversary noun's "of",
possessive or compound is whom the group stands against, so the group becomes an actor
of that one's country with the sector OPP, mentioned by the whole phrase, as CAMEO codes
"opponents of X"; a phrase naming no one ("opponents of the plan") and a description of a
named person ("Jo Doe, a critic of ...") make no group.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]

# "Opponents of Vladimir Putin marched ."
_OF_PERSON = (
    "Opponents|NOUN|nsubj|4 of|ADP|prep|-1 Vladimir|PROPN|compound|1|B-PERSON "
    "Putin|PROPN|pobj|-2|I-PERSON marched|VERB|ROOT|0 .|PUNCT|punct|-1"
)
# "Putin's critics marched ."
_POSSESSIVE = (
    "Putin|PROPN|poss|2|B-PERSON 's|PART|case|-1 critics|NOUN|nsubj|1 "
    "marched|VERB|ROOT|0 .|PUNCT|punct|-1"
)
# "The enemies of Chile attacked the town ."
_OF_COUNTRY = (
    "The|DET|det|1 enemies|NOUN|nsubj|3 of|ADP|prep|-1 Chile|PROPN|pobj|-1|B-GPE "
    "attacked|VERB|ROOT|0 the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Opponents of the plan marched ."
_OF_THING = (
    "Opponents|NOUN|nsubj|4 of|ADP|prep|-1 the|DET|det|1 plan|NOUN|pobj|-2 "
    "marched|VERB|ROOT|0 .|PUNCT|punct|-1"
)
# "Jo Doe , a critic of Vladimir Putin , marched ."
_DESCRIBED = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|9|I-PERSON ,|PUNCT|punct|-1 "
    "a|DET|det|1 critic|NOUN|appos|-3 of|ADP|prep|-1 Vladimir|PROPN|compound|1|B-PERSON "
    "Putin|PROPN|pobj|-2|I-PERSON ,|PUNCT|punct|-7 marched|VERB|ROOT|0 .|PUNCT|punct|-1"
)


def _opposition(
    make_doc: MakeDoc, notation: str, glued: frozenset[int] = frozenset()
) -> list[Actor]:
    result = extract_actors(make_doc(parsed(notation), glued))
    return [a for a in result.actors if a.sector == "OPP"]


@pytest.mark.parametrize(
    ("notation", "glued", "name", "country"),
    [
        (_OF_PERSON, frozenset(), "Opponents of Vladimir Putin", "RUS"),
        (_POSSESSIVE, frozenset({0}), "Putin's critics", "RUS"),
        (_OF_COUNTRY, frozenset(), "enemies of Chile", "CHL"),
    ],
)
def test_adversaries_are_the_opposition_of_whom_they_oppose(
    make_doc: MakeDoc, notation: str, glued: frozenset[int], name: str, country: str
) -> None:
    doc = make_doc(parsed(notation), glued)
    groups = [a for a in extract_actors(doc).actors if a.sector == "OPP"]
    assert [(a.name, a.country) for a in groups] == [(name, country)]
    mention = groups[0].mentions[0]
    assert doc.text[mention.start : mention.end] == mention.text == name


@pytest.mark.parametrize("notation", [_OF_THING, _DESCRIBED])
def test_no_group_when_no_one_is_opposed_or_a_person_is_described(
    make_doc: MakeDoc, notation: str
) -> None:
    assert _opposition(make_doc, notation) == []
