"""A captive let go is released by its captors, not by its own side (stop 21, invented
sentences): a release frame that consumes its captive noun ("the Ruritanian hostages were
handed over") no longer lets that noun's nationality name the doer, as a deployed army's or
a held summit's owner does ("American troops were deployed")."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Event
from newsgraph.pipeline import analyze


def _events(text: str) -> tuple[list[Event], dict[str, str]]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    return analysis.events, {a.id: a.name for a in analysis.actors}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The two British hostages were handed over to the Red Cross on Tuesday.",
        "Three Palestinian prisoners were handed over to Egypt.",
    ],
)
def test_a_captive_handed_over_is_not_its_own_releaser(text: str) -> None:
    events, names = _events(text)
    releases = [e for e in events if e.type == "RETREAT" and e.mode == "release"]
    assert releases
    assert all(e.actor is None for e in releases), [names.get(e.actor or "") for e in releases]


@pytest.mark.model
def test_a_deployed_army_still_names_its_owner() -> None:
    events, names = _events("American troops were deployed in Iraq on Monday.")
    mobilized = [e for e in events if e.type == "MOBILIZE"]
    assert mobilized and all(e.actor is not None for e in mobilized)
