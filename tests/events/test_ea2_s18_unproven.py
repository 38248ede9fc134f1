"""What there is no evidence of is not known to have happened (stop 18, invented
sentences): a denied noun of evidence leaves its content unknown, not done."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that the rebels attacked the village.",
        "Police found no evidence that the rebels attacked the village.",
        "Police did not find evidence to prove that the rebels attacked the village.",
        "Police have no proof that the rebels attacked the village.",
    ],
)
def test_unproven_act_is_not_done(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_proven_act_stays() -> None:
    assert "ASSAULT" in _types("Police found evidence that the rebels attacked the village.")
