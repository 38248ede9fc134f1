"""A lexicon word matches as written too, where the lemmatizer changes it (stop 18,
invented sentences): "data" is lemmatized "datum", so the null frame for releasing data
never matched and "released data" was a release of captives."""

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
        "The Department of Labor released data on injuries at work.",
        "Divers found the wreck with data released by the French Navy.",
    ],
)
def test_released_data_is_no_release(text: str) -> None:
    assert "RETREAT" not in _types(text)


def test_released_captives_stay() -> None:
    assert "RETREAT" in _types("The French Navy released the captured fishermen.")
