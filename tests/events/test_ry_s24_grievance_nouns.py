"""A protest noun is aimed at whom what it is "over" or "about" belongs to (stop 24).

"Ruritania held a protest over Vastan's plans" is Ruritania's PROTEST against Vastan, as
the verb "protested over Vastan's plans" already was: the nominal roles read the noun's
"against" or "to" phrase but not the grievance a protest or a complaint is about. A
grievance of no one's ("over the plans") still names no one. Hand-parsed, no model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

_OVER = (
    "Ruritania|PROPN|nsubj|1|B-GPE held|VERB|ROOT|0||hold a|DET|det|1 "
    "protest|NOUN|dobj|-2 over|ADP|prep|-1 Vastan|PROPN|poss|2|B-GPE 's|PART|case|-1 "
    "plans|NOUN|pobj|-3||plan .|PUNCT|punct|-7"
)
_ABOUT = _OVER.replace("over|ADP", "about|ADP")
# "Ruritania held a protest over the plans.": a grievance of no one's
_NO_ONES = (
    "Ruritania|PROPN|nsubj|1|B-GPE held|VERB|ROOT|0||hold a|DET|det|1 "
    "protest|NOUN|dobj|-2 over|ADP|prep|-1 the|DET|det|1 plans|NOUN|pobj|-2||plan "
    ".|PUNCT|punct|-6"
)


def _protests(nlp: Language, notation: str) -> list[tuple[tuple[str, ...], str | None]]:
    doc = build(nlp, parsed(notation))
    return [(e.actors, e.recipient) for e in events_of(doc) if e.type == "PROTEST"]


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        (_OVER, [(("A1",), "A2")]),
        (_ABOUT, [(("A1",), "A2")]),
        (_NO_ONES, [(("A1",), None)]),
    ],
    ids=["over", "about", "no-ones"],
)
def test_a_protest_noun_is_aimed_at_the_owner_of_its_grievance(
    blank_nlp: Language, notation: str, expected: list[tuple[tuple[str, ...], str | None]]
) -> None:
    assert _protests(blank_nlp, notation) == expected
