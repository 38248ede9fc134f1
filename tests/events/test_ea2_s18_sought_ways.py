"""A way to act is sought, not done (stop 18, invented sentences): "urged Vastonia to find a
way to talk with the rebels" codes the urging, not talks; an infinitive a modality noun
takes, parsed as a relative clause, is framed by that noun."""

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
        ("Ruritania urged Vastonia to find a way to talk to the rebels.", "CONSULT"),
        ("The only way to defend Ruritania is to build a missile shield.", "SUPPORT"),
        ("There must be a way to withdraw from Vastonia soon.", "RETREAT"),
    ],
)
def test_way_to_act_is_not_done(text: str, absent: str) -> None:
    assert absent not in _types(text)


def test_the_urging_stays() -> None:
    assert "REQUEST" in _types("Ruritania urged Vastonia to find a way to talk to the rebels.")


def test_a_done_act_stays() -> None:
    assert "CONSULT" in _types("Ruritania talked with the rebels on Monday.")
