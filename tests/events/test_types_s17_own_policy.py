"""A leader's own state's duty is policy, and "but" ends a "would" (stop 17, invented).

"Johnson said Britain must leave by that date" states his government's policy: no
demand on another party (as "we must" is none), while "Johnson said Iran must release
the tanker" demands. "Would have faced impeachment but resigned": the resignation
took place; the "would" belongs to the first verb only.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _analyze(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published="2019-09-25"))


def _requests(text: str) -> list[str | None]:
    analysis = _analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(e.recipient) for e in analysis.events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Boris Johnson has repeatedly said that Britain must leave by May.",
        '"America must rebuild its roads," said President Donald Trump.',
    ],
)
def test_a_leaders_own_state_must_is_no_demand(text: str) -> None:
    assert _requests(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Boris Johnson said that Iran must release the tanker.",
        '"Iran must release the tanker," said British Prime Minister Boris Johnson.',
    ],
)
def test_another_states_must_stays_a_demand(text: str) -> None:
    assert _requests(text) == ["Iran"]


def test_a_contrasted_conjunct_took_place() -> None:
    text = "Richard Nixon would have faced a trial but resigned before any vote."
    coded = [(e.type, e.intent) for e in _analyze(text).events if e.trigger.text == "resigned"]
    assert coded == [("RETREAT", False)]


@pytest.mark.parametrize(
    "text",
    [
        "The crown prince accepted responsibility for the killing of the journalist.",
        "Karl Weber accepted defeat on Sunday night and congratulated the winner.",
    ],
)
def test_accepting_responsibility_or_defeat_concedes(text: str) -> None:
    types = {e.type for e in _analyze(text).events if e.trigger.text == "accepted"}
    assert types == {"CONCEDE"}


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Senate committee do not all agree on how the hearings work.",
        "The two candidates disagreed about whether the clinic had broken the law.",
    ],
)
def test_differing_on_a_question_refuses_no_one(text: str) -> None:
    assert "REJECT" not in {e.type for e in _analyze(text).events}


def test_agreeing_on_how_to_act_stays_an_agreement() -> None:
    text = "Iran and Iraq agreed on how to share the water of the river."
    assert "AGREE" in {e.type for e in _analyze(text).events}
