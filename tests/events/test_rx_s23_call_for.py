"""A request noun's "for" clause names whom it asks (stop 23, invented sentences).

"Ruritania renewed its call for Vastan to resign" is Ruritania's REQUEST of Vastan, as
the verb "called for Vastan to resign" already was; the parser hangs the "for" clause on
the noun as an adverbial clause ("for" its mark), which the nominal roles did not read.
Hand-parsed, no model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

_RENEWED = (
    "Ruritania|PROPN|nsubj|1|B-GPE renewed|VERB|ROOT|0||renew its|PRON|poss|1 "
    "call|NOUN|dobj|-2 for|SCONJ|mark|3 Vastan|PROPN|nsubj|2|B-GPE to|PART|aux|1 "
    "resign|VERB|advcl|-4 .|PUNCT|punct|-7"
)
# "Ruritania renewed its call for calm.": no clause, no one asked
_NO_CLAUSE = (
    "Ruritania|PROPN|nsubj|1|B-GPE renewed|VERB|ROOT|0||renew its|PRON|poss|1 "
    "call|NOUN|dobj|-2 for|ADP|prep|-1 calm|NOUN|pobj|-1 .|PUNCT|punct|-5"
)


def _requests(nlp: Language, notation: str) -> list[tuple[tuple[str, ...], str | None]]:
    doc = build(nlp, parsed(notation))
    return [(e.actors, e.recipient) for e in events_of(doc) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("notation", "expected"),
    [(_RENEWED, [(("A1",), "A2")]), (_NO_CLAUSE, [(("A1",), None)])],
    ids=["for-clause", "no-clause"],
)
def test_a_request_noun_asks_the_subject_of_its_for_clause(
    blank_nlp: Language, notation: str, expected: list[tuple[tuple[str, ...], str | None]]
) -> None:
    assert _requests(blank_nlp, notation) == expected
