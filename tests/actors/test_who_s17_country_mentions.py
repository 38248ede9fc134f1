"""Country mentions that name a country's people or its government, not the country.

Invented sentences, hand-parsed (no model). Counted people ("40 Palestinians") were a
mention of the country with no sector; CAMEO codes them as the country's civilians (CVL).
An acting capital ("Moscow said") was a mention of the country with no sector; it is the
country's government (GOV), like "the Russian government", when the story names the
country otherwise, and it stays the country's city where something befalls it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _codes(make_doc: MakeDoc, notation: str) -> list[tuple[str, str, str | None, str | None]]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    return sorted((a.name, a.type, a.country, a.sector) for a in actors)


@pytest.mark.parametrize("count", ["40|NUM|nummod|1", "many|ADJ|amod|1", "several|ADJ|amod|1"])
def test_counted_demonym_is_the_countrys_civilians(make_doc: MakeDoc, count: str) -> None:
    notation = (
        f"Guards|NOUN|nsubj|1 detained|VERB|ROOT|0 {count} "
        "Palestinians|PROPN|dobj|-2|B-NORP .|PUNCT|punct|-3"
    )
    assert _codes(make_doc, notation) == [("Palestinians", "ORG", "PSE", "CVL")]


def test_thousands_of_a_demonym_are_civilians(make_doc: MakeDoc) -> None:
    notation = (
        "Thousands|NOUN|nsubj|3 of|ADP|prep|-1 Iraqis|PROPN|pobj|-1|B-NORP "
        "fled|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation) == [("Iraqis", "ORG", "IRQ", "CVL")]


def test_an_uncounted_demonym_stays_the_country(make_doc: MakeDoc) -> None:
    notation = "Palestinians|PROPN|nsubj|1|B-NORP protested|VERB|ROOT|0 .|PUNCT|punct|-1"
    assert _codes(make_doc, notation) == [("Palestine", "COUNTRY", "PSE", None)]


_RUSSIA = "Russia|PROPN|nsubj|1|B-GPE objected|VERB|ROOT|0 .|PUNCT|punct|-1 "


def test_an_acting_capital_is_the_government(make_doc: MakeDoc) -> None:
    notation = _RUSSIA + "Moscow|PROPN|nsubj|1|B-GPE replied|VERB|ROOT|0 .|PUNCT|punct|-1"
    assert _codes(make_doc, notation) == [
        ("Government of Russia", "ORG", "RUS", "GOV"),
        ("Russia", "COUNTRY", "RUS", None),
    ]


def test_an_agent_capital_is_the_government(make_doc: MakeDoc) -> None:
    notation = _RUSSIA + (
        "It|PRON|nsubjpass|2 was|AUX|auxpass|1 rejected|VERB|ROOT|0 by|ADP|agent|-1 "
        "Moscow|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
    )
    assert ("Government of Russia", "ORG", "RUS", "GOV") in _codes(make_doc, notation)


def test_a_capitals_efforts_stay_the_countrys(make_doc: MakeDoc) -> None:
    notation = _RUSSIA + (
        "Moscow|PROPN|poss|2|B-GPE 's|PART|case|-1 bid|NOUN|nsubj|1 "
        "failed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation) == [("Russia", "COUNTRY", "RUS", None)]


def test_a_struck_capital_is_no_government(make_doc: MakeDoc) -> None:
    notation = _RUSSIA + (
        "Moscow|PROPN|nsubjpass|2|B-GPE was|AUX|auxpass|1 hit|VERB|ROOT|0||hit .|PUNCT|punct|-1"
    )
    assert all(name != "Government of Russia" for name, *_ in _codes(make_doc, notation))


def test_a_capital_in_a_story_naming_no_country_is_no_government(make_doc: MakeDoc) -> None:
    notation = "Moscow|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1"
    assert all(name != "Government of Russia" for name, *_ in _codes(make_doc, notation))


def test_a_capital_after_a_city_and_comma_is_an_address(make_doc: MakeDoc) -> None:
    notation = _RUSSIA + (
        "Zorvex|PROPN|npadvmod|3|B-GPE ,|PUNCT|punct|-1 Moscow|PROPN|nsubj|1|B-GPE "
        "voted|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert all(name != "Government of Russia" for name, *_ in _codes(make_doc, notation))
