"""Stop-22 self-harm: a verb of harm whose only object is its doer ("killed himself",
"shot herself") is a suicide or a self-inflicted wound, no ASSAULT; others harmed with
the doer ("himself and four others", "himself along with six soldiers") keep it."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("An inmate at the Eastfield prison killed himself on Tuesday.", "killed"),
        ("The retired colonel shot himself in his garden.", "shot"),
        ("The actress stabbed herself with a kitchen knife.", "stabbed"),
        ("Two of the suspects later killed themselves, police said.", "killed"),
        ("He tried to kill himself after losing his job.", "kill"),
        ("The farmer set fire to his barn, killing himself.", "killing"),
    ],
)
def test_self_harm_is_no_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] != "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The gunman killed himself and four customers.", "killed"),
        ("The bomber killed himself along with six soldiers.", "killed"),
        ("The attacker killed himself together with three hostages.", "killed"),
        ("The gunman shot two guards in the lobby.", "shot"),
        ("Rebels killed the mayor of the town.", "killed"),
    ],
)
def test_harm_to_others_stays_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "ASSAULT"
