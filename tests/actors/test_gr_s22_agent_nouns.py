"""More agent nouns head a country's group (stop 22, role GR).

Invented sentences, hand-parsed (no model). Before, "Pakistani fishermen" or "British
sailors" were no agent phrase: the events took the bare country, with no sector; now
they are the country's civilians, armed forces, businesses (``agents.tsv``); "the Iraqi
people" and "Palestinian children" were no party at all, now the country's civilians; and
"personnel" takes the sector of the body named with it ("army personnel").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("demonym", "noun", "country", "sector"),
    [
        ("Pakistani", "fishermen", "PAK", "CVL"),
        ("British", "sailors", "GBR", "MIL"),
        ("Russian", "servicemen", "RUS", "MIL"),
        ("Lebanese", "prisoners", "LBN", "CVL"),
        ("Danish", "voters", "DNK", "CVL"),
        ("Spanish", "contractors", "ESP", "BUS"),
        ("Iraqi", "people", "IRQ", "CVL"),
        ("Palestinian", "children", "PSE", "CVL"),
    ],
)
def test_a_country_s_group(
    make_doc: MakeDoc, demonym: str, noun: str, country: str, sector: str
) -> None:
    rows = parsed(
        f"Police|NOUN|nsubj|1 held|VERB|ROOT|0 {demonym}|ADJ|amod|1|B-NORP "
        f"{noun}|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    actors = extract_actors(make_doc(rows)).actors
    group = [a for a in actors if any(m.text == f"{demonym} {noun}" for m in a.mentions)]
    assert [(a.country, a.sector) for a in group] == [(country, sector)]


@pytest.mark.parametrize(("body", "sector"), [("army", "MIL"), ("police", "COP")])
def test_personnel_take_their_body_s_sector(make_doc: MakeDoc, body: str, sector: str) -> None:
    rows = parsed(
        f"Indian|ADJ|amod|2|B-NORP {body}|NOUN|compound|1 personnel|NOUN|nsubj|1 "
        "arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    group = [a for a in actors if any(m.text == f"Indian {body} personnel" for m in a.mentions)]
    assert [(a.country, a.sector) for a in group] == [("IND", sector)]


def test_personnel_of_no_body_are_no_group(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Indian|ADJ|amod|1|B-NORP personnel|NOUN|nsubj|1 arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert not any(m.text == "Indian personnel" for a in actors for m in a.mentions)


def test_the_people_of_a_place_are_no_group(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Police|NOUN|nsubj|1 warned|VERB|ROOT|0 the|DET|det|1 people|NOUN|dobj|-2 "
        "of|ADP|prep|-1 Lyon|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-5"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert not any(m.text.startswith("people") for a in actors for m in a.mentions)
