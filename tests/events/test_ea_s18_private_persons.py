"""Private persons' trips and dealings are no political contact (stop 18, invented
sentences): the country of a city travelled to hosts no one, a person retreating to a
place withdraws no forces, and two untitled civilians meeting or working together make
no CAMEO 04/06 event; officials keep theirs."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model

_CONTEXT = (
    "Jo Doe lives in Istanbul, Turkey, and often writes about the United States. "
    "Bo Lind is a drummer from Texas. Foreign Minister Anna Berg of Sweden visited Kenya. "
)


def _coded(sentence: str) -> set[str]:
    text = _CONTEXT + sentence
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {e.type for e in events if e.trigger.start >= len(_CONTEXT)}


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("After the tour, Doe retreated to New Mexico.", "RETREAT"),
        ("Doe met Lind when both were teenagers.", "CONSULT"),
        ("Doe collaborated with Lind on three albums.", "COOPERATE"),
    ],
)
def test_private_persons(sentence: str, type_: str) -> None:
    assert type_ not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Berg traveled to New York for the annual United Nations General Assembly.", "CONSULT"),
        ("Berg met Doe in Stockholm.", "CONSULT"),
    ],
)
def test_an_official_stays(sentence: str, type_: str) -> None:
    assert type_ in _coded(sentence)


def test_the_country_of_the_city_travelled_to_is_no_host() -> None:
    text = (
        "Jo Doe lives in Istanbul, Turkey, and often writes about the United States. "
        "Doe traveled to New York for the annual United Nations General Assembly."
    )
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    assert not [e for e in events if e.trigger.text == "traveled"]
