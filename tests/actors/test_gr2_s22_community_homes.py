"""A community's group takes one of its home countries, not the story's (stop 22, GR2).

Invented sentences, hand-parsed (no model). Before, "Kurdish fighters" and "Tutsis"
took the story's dominant country even when that was a foreign party ("Kurdish fighters"
armed by America in a story naming America most were USA); now the group is of the home
country (``communities.tsv``) the story names most, else of none; a world religion keeps
the story's country, and a community noun's own "in X" wins ("Kurds in Germany").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.communities import community_homes
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]

# "America said so ." twice more: the story names America most
_AMERICA_SAID = parsed(
    "America|PROPN|nsubj|1|B-GPE said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2"
)


def _countries(actors: list[Actor], text: str) -> list[str | None]:
    return [a.country for a in actors if any(m.text == text for m in a.mentions)]


@pytest.mark.parametrize(
    ("word", "country"), [("Kurdish", ["IRQ"]), ("Tutsi", []), ("Christian", ["USA"])]
)
def test_a_group_is_of_a_home_the_story_names(
    make_doc: MakeDoc, word: str, country: list[str]
) -> None:
    rows = parsed(
        f"America|PROPN|nsubj|1|B-GPE armed|VERB|ROOT|0 {word}|ADJ|amod|1|B-NORP "
        "fighters|NOUN|dobj|-2 near|ADP|prep|-3 Mosul|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    doc = make_doc(rows + _AMERICA_SAID)
    # Mosul is Iraq, a home of the Kurds, none of the Tutsis'; a world religion has no
    # home: it keeps the story's dominant country, America
    assert _countries(extract_actors(doc).actors, f"{word} fighters") == country


def test_a_community_noun_of_a_home_the_story_names(make_doc: MakeDoc) -> None:
    rows = parsed(
        "America|PROPN|nsubj|1|B-GPE praised|VERB|ROOT|0 Tutsis|NOUN|dobj|-1 "
        "near|ADP|prep|-2 Kigali|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-5"
    )
    doc = make_doc(rows + _AMERICA_SAID)
    assert _countries(extract_actors(doc).actors, "Tutsis") == ["RWA"]


def test_a_community_noun_s_own_place_wins(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Kurds|NOUN|nsubj|3 in|ADP|prep|-1 Germany|PROPN|pobj|-1|B-GPE "
        "marched|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    turkey = parsed(
        "Turkey|PROPN|nsubj|1|B-GPE warned|VERB|ROOT|0 Ankara|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    doc = make_doc(rows + turkey)
    assert _countries(extract_actors(doc).actors, "Kurds") == ["DEU"]


def test_homes_are_listed_for_every_community_word() -> None:
    homes = community_homes()
    assert homes["kurds"] == ("TUR", "IRQ", "SYR", "IRN")
    assert "RWA" in homes["tutsi"]
    assert homes["muslim"] == homes["buddhist"] == ()
