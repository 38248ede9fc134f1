"""Acts that are owed or under way, not done (stop 18, invented sentences): what someone
"has to" or "will have to" do, and an act still "to complete"."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Canada has to approve the peace plan.", "SUPPORT"),
        ("Iran will have to release the British sailors.", "AGREE"),
        (
            "Efforts to complete the withdrawal of Ruritanian troops from Vastonia continued.",
            "RETREAT",
        ),
    ],
)
def test_not_done(text: str, type_: str) -> None:
    assert type_ not in _types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Iran released the British sailors.", "RETREAT"),
        ("Vastonia completed the withdrawal of its troops from Ruritania.", "RETREAT"),
    ],
)
def test_done(text: str, type_: str) -> None:
    assert type_ in _types(text)
