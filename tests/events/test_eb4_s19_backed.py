"""Stop-19: whom an act of support is thrown, put or rallied "behind" is the one backed,
also when the parser hangs the noun's "behind" on the light verb ("threw its support
behind X"), as when it hangs on the noun or the verb is the trigger ("rallied behind X")."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _recipients(text: str, kind: str) -> list[str | None]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(e.recipient or "") for e in analysis.events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Calder threw her support behind Barack Obama.",
        "The Labour Party threw its backing behind Gordon Brown.",
        "Democrats rallied behind Barack Obama after the debate.",
    ],
)
def test_support_behind_names_the_backed(text: str) -> None:
    backed = "Gordon Brown" if "Brown" in text else "Barack Obama"
    assert _recipients(text, "SUPPORT") == [backed]
