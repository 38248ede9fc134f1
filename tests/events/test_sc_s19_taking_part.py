"""A noun event joined with "take part in", "engage in" or "participate in" is framed by
that verb, as an object is by its light verb (stop 19, invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, bool]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.intent) for e in analysis.events]


def test_possible_act_is_not_done() -> None:
    assert ("ASSAULT", False) not in _events("The guerrillas might engage in violence again.")


def test_refused_part_is_not_done() -> None:
    found = _events("Vastonia refused to take part in the talks with Ruritania.")
    assert ("CONSULT", False) not in found
    assert ("REJECT", False) in found


def test_future_part_is_scheduled() -> None:
    assert _events("Vastonia will take part in the talks with Ruritania.") == [("CONSULT", True)]


def test_past_part_is_done() -> None:
    assert _events("Vastonia took part in the talks with Ruritania.") == [("CONSULT", False)]
