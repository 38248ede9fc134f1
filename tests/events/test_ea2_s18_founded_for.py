"""What a body is founded to do is its purpose, not done (stop 18, invented sentences),
but setting up a body to investigate opens an inquiry."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ruritania set up a committee to negotiate with the rebels.", "CONSULT"),
        ("Vastonia formed a group to fight the rebels.", "ASSAULT"),
    ],
)
def test_purpose_is_not_done(text: str, absent: str) -> None:
    assert absent not in _types(text)


def test_an_inquiry_set_up_is_one() -> None:
    assert "ACCUSE" in _types("Ruritania set up a commission to investigate the killings.")


def test_other_purposes_stay() -> None:
    assert "CONSULT" in _types("Ruritania sent envoys to negotiate with the rebels.")
