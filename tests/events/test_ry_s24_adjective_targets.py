"""An adjective's stance is aimed at the object of its framed preposition (stop 24).

"Ruritania was critical of Vastan" is Ruritania's ACCUSE of Vastan: the adjective takes
its doer from the clause verb it complements, but the "of" phrase hangs from the
adjective, which the clause verb's recipient search never reached. A thing with no owner
("critical of the plan") still names no one. Hand-parsed, no model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

_CRITICAL = (
    "Ruritania|PROPN|nsubj|1|B-GPE was|AUX|ROOT|0||be critical|ADJ|acomp|-1 "
    "of|ADP|prep|-1 Vastan|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)
# "Ruritania was critical of Vastanian textbooks.": whose the criticised thing is
_OWNED = (
    "Ruritania|PROPN|nsubj|1|B-GPE was|AUX|ROOT|0||be critical|ADJ|acomp|-1 "
    "of|ADP|prep|-1 Vastanian|ADJ|amod|1|B-NORP textbooks|NOUN|pobj|-2||textbook "
    ".|PUNCT|punct|-5"
)
# "Ruritania was critical of the plan.": a thing of no one's
_THING = (
    "Ruritania|PROPN|nsubj|1|B-GPE was|AUX|ROOT|0||be critical|ADJ|acomp|-1 "
    "of|ADP|prep|-1 the|DET|det|1 plan|NOUN|pobj|-2 .|PUNCT|punct|-5"
)


def _accusations(nlp: Language, notation: str) -> list[tuple[tuple[str, ...], str | None]]:
    doc = build(nlp, parsed(notation))
    return [(e.actors, e.recipient) for e in events_of(doc) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        (_CRITICAL, [(("A1",), "A2")]),
        (_OWNED, [(("A1",), "A2")]),
        (_THING, [(("A1",), None)]),
    ],
    ids=["named", "owned-thing", "thing"],
)
def test_an_adjective_is_aimed_at_its_framed_preposition(
    blank_nlp: Language, notation: str, expected: list[tuple[tuple[str, ...], str | None]]
) -> None:
    assert _accusations(blank_nlp, notation) == expected
