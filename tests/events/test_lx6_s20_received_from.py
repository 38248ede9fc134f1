"""Stop-20 LX6 (invented sentences): the giver of a thing received is named by
"from" even when the parse hangs "from" on the thing or on what a sum is "in"."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iraq received a grant from Iran.", "AID"),
        ("Iraq received $5 million in funding from Iran.", "AID"),
        ("Iraq will receive $5 million in funding from Iran.", "AGREE"),
    ],
)
def test_giver_named_on_the_thing(text: str, kind: str) -> None:
    analysis = analyze(Article(id="t", text=text, published="2011-05-04"))
    names = {a.id: a.name for a in analysis.actors}
    found = [(e.type, [names[x] for x in e.actors]) for e in analysis.events]
    assert (kind, ["Iran"]) in found, found
