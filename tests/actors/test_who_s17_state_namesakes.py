"""A body named after Georgia is the US state's unless the story names the country.

Invented sentences, hand-parsed (no model). "Georgia" inside an organization's name
gave it the country Georgia (GEO), also for a school in Atlanta; with no mention of
the country it is the state's (USA); a story that names the country keeps GEO.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_BODY = (
    "The|DET|det|3 Georgia|PROPN|compound|2|B-ORG Coastal|PROPN|compound|1|I-ORG "
    "Institute|PROPN|nsubj|1|I-ORG studied|VERB|ROOT|0 reefs|NOUN|dobj|-1 .|PUNCT|punct|-2"
)
_COUNTRY = " Georgia|PROPN|nsubj|1|B-GPE objected|VERB|ROOT|0 .|PUNCT|punct|-1"


@pytest.mark.parametrize(("notation", "iso"), [(_BODY, "USA"), (_BODY + _COUNTRY, "GEO")])
def test_a_body_named_after_georgia(make_doc: MakeDoc, notation: str, iso: str) -> None:
    actors = extract_actors(make_doc(parsed(notation))).actors
    assert next(a.country for a in actors if a.type == "ORG") == iso
