"""Bodies whose keyword misleads: a listed name beats the keyword ('army' MIL).

Invented sentences, hand-parsed (no model); each failed before its organizations.jsonl
entry or alias (Salvation Army NGO; the LRA written with a curly apostrophe).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("words", "sector"),
    [(["Salvation", "Army"], "NGO"), (["Lord", "’s", "Resistance", "Army"], "REB")],
)
def test_a_listed_name_gives_the_sector(make_doc: MakeDoc, words: list[str], sector: str) -> None:
    n = len(words)
    tokens = [
        f"{w}|PROPN|compound|{n - i}|{'B' if i == 0 else 'I'}-ORG" for i, w in enumerate(words)
    ]
    tokens[-1] = f"{words[-1]}|PROPN|nsubj|1|I-ORG"
    rows = parsed(
        " ".join(["The|DET|det|" + str(n), *tokens, "helped|VERB|ROOT|0", ".|PUNCT|punct|-1"])
    )
    glued = frozenset({1} if "’s" in words else set())
    actors = extract_actors(make_doc(rows, glued=glued)).actors
    assert [a.sector for a in actors] == [sector]
