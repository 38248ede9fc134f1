"""Stop-23 coverage: 'target' and 'hit' are common words kept only with a known doer, so
"the raid targeted a militia commander" or "a rocket hit the barracks" coded nothing when
no actor was named. A military operation, troops, militants, a bomb or an explosion that
targets someone, a missile, rocket, shell, bomb, bullet or explosion that hits
something, and a bomb, missile or shell that destroys something, is an ASSAULT whoever
fired it; a campaign targeting voters and a recession hitting the economy stay no attack.
The subject of a passive undergoes the act and is never the doer a frame names: rockets
destroyed at a depot are no rocket attack, thousands of hectares burnt no crowd."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The operation targeted a senior militia commander near Kandahar.", "targeted"),
        ("Government troops targeted a rebel camp near the river.", "targeted"),
        ("The militants have repeatedly targeted judges in the north.", "targeted"),
        ("A car bomb exploded near the bridge, targeting a police convoy.", "targeting"),
        ("Two of their helicopters were targeted by mortars at the base.", "targeted"),
        ("Rebel snipers targeted the convoy near the bridge.", "targeted"),
        ("A mortar shell hit the barracks on Tuesday night.", "hit"),
        ("Three rockets hit the outskirts of the town overnight.", "hit"),
        ("The village was hit by artillery shells on Sunday.", "hit"),
        ("A roadside bomb destroyed a police pickup near the checkpoint.", "destroyed"),
        ("Two missiles destroyed the radio station before dawn.", "destroyed"),
    ],
)
def test_weapon_or_force_act_is_an_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The advertising campaign targeted young voters in the suburbs.", "targeted"),
        ("The recession hit the two economies hard last year.", "hit"),
        ("Falling prices hit the mining firms on Monday.", "hit"),
        ("The old rockets were destroyed at an army depot last year.", "destroyed"),
    ],
)
def test_no_attack(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] != "ASSAULT"


def test_passive_subject_is_no_crowd() -> None:
    text = "Thousands of hectares of farmland have been burnt out by the fires."
    assert types_by_trigger(text).get("burnt", (None,))[0] != "PROTEST"
