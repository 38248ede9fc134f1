"""A bare "Congo" is the Congo the story names by a name of its own.

Invented sentences, hand-parsed (no model). "Congo" is the Republic of the Congo's
pycountry name, so a story about the Democratic Republic that wrote "Congo" gave its
actors the Republic's code (``resolve._namesakes_as_story_state``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.resolve import _shared_short_names

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _said(name: str, label: str = "GPE") -> str:
    return f"{name}|PROPN|nsubj|1|B-{label} protested|VERB|ROOT|0 .|PUNCT|punct|-1"


def _country_of_congo(make_doc: MakeDoc, *first: str) -> str | None:
    rows = [row for name in first for row in parsed(_said(name))] + parsed(_said("Congo"))
    result = extract_actors(make_doc(rows))
    found = [a for a in result.actors if any(m.text == "Congo" for m in a.mentions)]
    assert found, [a.name for a in result.actors]
    return found[0].country


def test_congo_in_a_story_about_kinshasa_is_the_democratic_republic(make_doc: MakeDoc) -> None:
    assert _country_of_congo(make_doc, "Kinshasa") == "COD"


def test_congo_in_a_story_naming_the_drc_is_the_drc(make_doc: MakeDoc) -> None:
    assert _country_of_congo(make_doc, "DRC") == "COD"


@pytest.mark.parametrize("first", [(), ("Brazzaville",), ("Kinshasa", "Brazzaville")])
def test_congo_stays_the_republic_unless_only_the_drc_is_named(
    make_doc: MakeDoc, first: tuple[str, ...]
) -> None:
    assert _country_of_congo(make_doc, *first) == "COG"


def test_only_congo_is_a_shared_short_name() -> None:
    # "China" is the PRC's display name, "Korea" no name the lexicon reads as one state
    assert set(_shared_short_names()) == {"Congo"}
