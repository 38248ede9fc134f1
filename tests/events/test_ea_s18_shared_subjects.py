"""A conjoined verb shares the first verb's subject for ``subjects`` frames (stop 18,
invented sentences): "protesters filled the square and threw stones" is a riot, not an
assault; a crowd counted in police is no crowd of protesters."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _coded(text: str, word: str) -> set[str]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {e.type for e in events if e.trigger.text == word}


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Protesters filled the square and threw stones at army trucks.", "threw", "PROTEST"),
        ("Angry students marched to the palace and burned tyres.", "burned", "PROTEST"),
        ("A fire broke out in the hostel and killed three guests.", "killed", None),
    ],
)
def test_a_conjoined_verb_shares_the_subject(text: str, word: str, type_: str | None) -> None:
    assert _coded(text, word) == ({type_} if type_ else set())


def test_hundreds_of_policemen_are_no_crowd() -> None:
    assert "PROTEST" not in _coded("Hundreds of policemen threw stones at the crowd.", "threw")


def test_hundreds_of_lawyers_are_a_crowd() -> None:
    assert _coded("Hundreds of lawyers protested outside the court.", "protested") == {"PROTEST"}
