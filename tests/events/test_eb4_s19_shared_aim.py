"""Stop-19: coordinated acts share the aim the parser hangs on the last of them ("imposed a
travel ban and an asset freeze on X"), after the first noun's own; not past a clause on the
first noun."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _recipients(text: str, kind: str) -> list[str | None]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(e.recipient or "") for e in analysis.events if e.type == kind]


def test_noun_act_shares_the_last_aim() -> None:
    text = "The European Union imposed a travel ban and an asset freeze on Zimbabwe."
    assert _recipients(text, "SANCTION") == ["Zimbabwe"]


def test_act_with_a_light_verb_shares_the_last_aim() -> None:
    text = "Iran made new threats and a formal complaint against Israel."
    assert _recipients(text, "THREATEN") == ["Israel"]
