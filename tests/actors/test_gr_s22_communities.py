"""Groups named by an ethnic or religious word are the story's country's (stop 22, GR).

Invented sentences, hand-parsed (no model). Before, "Kurdish fighters" or "Sunni
militants" had no actor at all: the word names no country, so the agent phrase was
dropped; now, like "Shona rebels", the group is the story's country's, one actor per
community (cue_words.tsv "community").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _with_mention(actors: list[Actor], text: str) -> list[Actor]:
    return [a for a in actors if any(m.text == text for m in a.mentions)]


@pytest.mark.parametrize(
    ("word", "noun", "sector"),
    [
        ("Kurdish", "fighters", "REB"),
        ("Shia", "pilgrims", "CVL"),
        ("Christian", "activists", "OPP"),
    ],
)
def test_a_community_s_group_is_the_story_s(
    make_doc: MakeDoc, word: str, noun: str, sector: str
) -> None:
    rows = parsed(
        f"{word}|ADJ|amod|1|B-NORP {noun}|NOUN|nsubj|1 marched|VERB|ROOT|0 "
        "through|ADP|prep|-1 Mosul|PROPN|pobj|-1|B-GPE in|ADP|prep|-3 "
        "Iraq|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    actors = _with_mention(extract_actors(make_doc(rows)).actors, f"{word} {noun}")
    assert [(a.country, a.sector) for a in actors] == [("IRQ", sector)]


def test_two_communities_are_two_actors(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Sunni|ADJ|amod|1|B-NORP militants|NOUN|nsubj|1 fought|VERB|ROOT|0 "
        "Shiite|ADJ|amod|1|B-NORP militants|NOUN|dobj|-2 in|ADP|prep|-3 "
        "Iraq|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    actors = extract_actors(make_doc(rows)).actors
    sunni = _with_mention(actors, "Sunni militants")
    shiite = _with_mention(actors, "Shiite militants")
    assert [(a.country, a.sector) for a in sunni + shiite] == [("IRQ", "REB"), ("IRQ", "REB")]
    assert sunni[0].id != shiite[0].id


def test_no_country_named_no_actor(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Kurdish|ADJ|amod|1|B-NORP fighters|NOUN|nsubj|1 marched|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _with_mention(extract_actors(make_doc(rows)).actors, "Kurdish fighters") == []


@pytest.mark.parametrize(("words", "country"), [("", "IRQ"), ("Syrian|ADJ|amod|1|B-NORP ", "SYR")])
def test_a_community_named_by_a_noun(make_doc: MakeDoc, words: str, country: str) -> None:
    rows = parsed(
        f"{words}Kurds|NOUN|nsubj|1 marched|VERB|ROOT|0 in|ADP|prep|-1 "
        f"Iraq|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
    )
    actors = extract_actors(make_doc(rows)).actors
    kurds = [a for a in actors if any(m.text == "Kurds" for m in a.mentions)]
    assert [(a.country, a.sector) for a in kurds] == [(country, "CVL")]
