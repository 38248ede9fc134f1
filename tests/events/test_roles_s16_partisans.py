"""People named by their stance towards someone ("supporters of X", "critics of X") do not act
as X, while people sent by X still do (invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _doers(text: str) -> set[str | None]:
    analysis = analyze(Article(id="t", text=text, published="2012-06-01"))
    names = {a.id: a.name for a in analysis.actors}
    return {names.get(e.actor) if e.actor else None for e in analysis.events}


@pytest.mark.parametrize(
    ("text", "not_doer"),
    [
        ("Two supporters of Ivan Petrov pressured the board to drop it.", "Ivan Petrov"),
        ("Opponents of Hezbollah attacked the convoy near the border on Monday.", "Hezbollah"),
        ("Angry critics of Ivan Petrov accused the minister of lying.", "Ivan Petrov"),
    ],
)
def test_stance_people_are_not_whom_they_take_a_stance_on(text: str, not_doer: str) -> None:
    assert not_doer not in _doers(text)


def test_envoys_of_a_country_still_act_for_it() -> None:
    assert "Government of Germany" in _doers("Diplomats of Germany met Iranian envoys in Rome.")
