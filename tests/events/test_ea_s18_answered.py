"""Who contains, handles or puts down an act answers it and did not do it (stop 18,
invented sentences): "police contained the riot" is no riot by the police."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _doers(text: str, word: str) -> list[tuple[str, ...]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in analysis.actors}
    return [tuple(names[i] for i in e.actors) for e in analysis.events if e.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Egyptian police contained the riot in Cairo.", "riot"),
        ("The Egyptian army handled the attack on the embassy.", "attack"),
        ("Egyptian police struggled to contain the protests.", "protests"),
    ],
)
def test_the_one_who_answers_is_no_doer(text: str, word: str) -> None:
    assert not any(doers for doers in _doers(text, word))


def test_a_rioter_stays_the_doer() -> None:
    assert _doers("Egyptian students staged a riot in Cairo.", "riot") != []
