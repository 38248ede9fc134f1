"""A protest is aimed at whom its stated demand addresses ("rallied, urging Chile to ..."),
and only when a demand is stated. Invented sentences, hand-built parses with tags."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Event

from .conftest import build, events_of, parsed


def _events(nlp: Language, notation: str, tags: dict[str, str]) -> list[Event]:
    doc = build(nlp, parsed(notation), tags)
    return events_of(doc)


# "Farmers rallied in Lima, urging Chile to lift the ban."
URGING = (
    "Farmers|NOUN|nsubj|1||farmer rallied|VERB|ROOT|0||rally in|ADP|prep|-1 "
    "Lima|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|-3 urging|VERB|advcl|-4||urge "
    "Chile|PROPN|dobj|-1|B-GPE to|PART|aux|1 lift|VERB|xcomp|-3 the|DET|det|1 "
    "ban|NOUN|dobj|-2 .|PUNCT|punct|-10"
)
# "Students marched to demand the resignation of Peru's president."
TO_DEMAND = (
    "Students|NOUN|nsubj|1||student marched|VERB|ROOT|0||march to|PART|aux|1 "
    "demand|VERB|advcl|-2 the|DET|det|1 resignation|NOUN|dobj|-2 of|ADP|prep|-1 "
    "Peru|PROPN|poss|2|B-GPE 's|PART|case|-1 president|NOUN|pobj|-3 .|PUNCT|punct|-8"
)
# "Farmers rallied in Lima, carrying flags of Chile." -- no demand stated
CARRYING = (
    "Farmers|NOUN|nsubj|1||farmer rallied|VERB|ROOT|0||rally in|ADP|prep|-1 "
    "Lima|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|-3 carrying|VERB|advcl|-4||carry "
    "flags|NOUN|dobj|-1||flag of|ADP|prep|-1 Chile|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [(URGING, "A2"), (TO_DEMAND, "A1"), (CARRYING, None)],
)
def test_a_protest_is_aimed_at_whom_its_demand_addresses(
    blank_nlp: Language, notation: str, expected: str | None
) -> None:
    events = _events(blank_nlp, notation, {"urging": "VBG", "carrying": "VBG"})
    (protest,) = [e for e in events if e.type == "PROTEST"]
    assert protest.recipient == expected


# "Students left the hall in protest of Chile's rule." / "The protest of Peruvian farmers ended."
IN_PROTEST_OF = (
    "Students|NOUN|nsubj|1||student left|VERB|ROOT|0||leave the|DET|det|1 hall|NOUN|dobj|-2 "
    "in|ADP|prep|-3 protest|NOUN|pobj|-1 of|ADP|prep|-1 Chile|PROPN|poss|2|B-GPE "
    "'s|PART|case|-1 rule|NOUN|pobj|-3 .|PUNCT|punct|-9"
)
PROTEST_OF = (
    "The|DET|det|1 protest|NOUN|nsubj|4 of|ADP|prep|-1 Peruvian|ADJ|amod|1|B-NORP "
    "farmers|NOUN|pobj|-2||farmer ended|VERB|ROOT|0||end .|PUNCT|punct|-1"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [(IN_PROTEST_OF, ((), "A1")), (PROTEST_OF, (("A1",), None))],
)
def test_in_protest_of_names_what_is_protested_not_who_protests(
    blank_nlp: Language, notation: str, expected: tuple[tuple[str, ...], str | None]
) -> None:
    (protest,) = [e for e in _events(blank_nlp, notation, {}) if e.type == "PROTEST"]
    assert (protest.actors, protest.recipient) == expected


# "Students marched with Jo Hale." / "Students marched against Chile."
MARCHED_WITH = (
    "Students|NOUN|nsubj|1||student marched|VERB|ROOT|0||march with|ADP|prep|-1 "
    "Jo|PROPN|compound|1|B-PERSON Hale|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-4"
)
MARCHED_AGAINST = (
    "Students|NOUN|nsubj|1||student marched|VERB|ROOT|0||march against|ADP|prep|-1 "
    "Chile|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
)


# "Students clashed with Chilean police." -- a force one clashes with is the target
CLASHED_WITH = (
    "Students|NOUN|nsubj|1||student clashed|VERB|ROOT|0||clash with|ADP|prep|-1 "
    "Chilean|ADJ|amod|1|B-NORP police|NOUN|pobj|-2 .|PUNCT|punct|-4"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [(MARCHED_WITH, None), (MARCHED_AGAINST, "A1"), (CLASHED_WITH, "A1")],
)
def test_whom_one_protests_with_is_no_target(
    blank_nlp: Language, notation: str, expected: str | None
) -> None:
    (protest,) = [e for e in _events(blank_nlp, notation, {}) if e.type == "PROTEST"]
    assert protest.recipient == expected


# "Students protested over Chile's decision."
PROTESTED_OVER = (
    "Students|NOUN|nsubj|1||student protested|VERB|ROOT|0||protest over|ADP|prep|-1 "
    "Chile|PROPN|poss|2|B-GPE 's|PART|case|-1 decision|NOUN|pobj|-3 .|PUNCT|punct|-5"
)


def test_what_a_protest_is_over_names_whom_it_is_against(blank_nlp: Language) -> None:
    (protest,) = [e for e in _events(blank_nlp, PROTESTED_OVER, {}) if e.type == "PROTEST"]
    assert protest.recipient == "A1"
