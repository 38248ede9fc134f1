"""What is proposed is not done (stop 19, invented sentences): the content of a proposal
is open, a proposer's own act is offered."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, bool]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return [(e.type, e.intent) for e in analysis.events]


def test_content_of_a_proposal_is_not_done() -> None:
    found = _events(
        "Vastonia rejected a Ruritanian proposal to withdraw its troops from the border."
    )
    assert ("RETREAT", False) not in found


def test_proposing_ones_own_act_offers_it() -> None:
    found = _events("The government of Vastonia proposes to pardon the jailed rebel leaders.")
    assert ("CONCEDE", False) not in found
    assert ("AGREE", True) in found
