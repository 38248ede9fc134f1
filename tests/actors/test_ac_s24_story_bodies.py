"""A country's listed political bodies count toward the story's country.

Invented sentences, hand-parsed (no model). A story naming the Knesset and no place left a
person with no cue of their own without a country (the story's dominant country counted
only places); the Knesset says the story is Israel's. Bodies count once per country, a
mention and a half: they win a tie with a place, and a country named as a place more
often still wins.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_KNESSET = (
    "The|DET|det|1 Knesset|PROPN|nsubj|1|B-ORG rejected|VERB|ROOT|0 a|DET|det|1 "
    "Likud|PROPN|compound|1|B-ORG bill|NOUN|dobj|-3 .|PUNCT|punct|-4"
)
_VELL = (
    "Ari|PROPN|compound|1|B-PERSON Vell|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
)
_JORDAN = "Jordan|PROPN|nsubj|1|B-GPE agreed|VERB|ROOT|0 .|PUNCT|punct|-1"


def _country_of(make_doc: MakeDoc, name: str, *sentences: str) -> str | None:
    doc = make_doc([row for sentence in sentences for row in parsed(sentence)])
    actors = extract_actors(doc).actors
    return next(a.country for a in actors if a.name == name)


def test_a_story_naming_no_place_is_its_listed_bodies_country(make_doc: MakeDoc) -> None:
    assert _country_of(make_doc, "Ari Vell", _KNESSET, _VELL) == "ISR"


def test_a_country_named_more_often_outweighs_the_bodies(make_doc: MakeDoc) -> None:
    assert _country_of(make_doc, "Ari Vell", _KNESSET, _JORDAN, _JORDAN, _VELL) == "JOR"


def test_the_bodies_country_wins_a_tie_with_a_place_named_as_often(make_doc: MakeDoc) -> None:
    # Jordan named once, Israel's bodies once: the bodies' country is the story's
    assert _country_of(make_doc, "Ari Vell", _KNESSET, _JORDAN, _VELL) == "ISR"
