"""Stop-22 accidents: people killed or hurt in a mishap are no ASSAULT when the sentence
says the mishap did it: a vehicle that overturned, plunged, skidded or flipped, an
"after/following" accident or crash, a "when" clause on the last of two conjoined
passives, and the crash "in which" they were killed. Bombs, gunmen and attacks stay
ASSAULT."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Four tourists were injured when their minibus overturned near the border.", "injured"),
        ("Two hikers were killed when their jeep plunged off a cliff.", "killed"),
        ("Six were killed after a tanker overturned on the highway.", "killed"),
        ("Ten workers were killed after an accident at a coal mine.", "killed"),
        ("Three cyclists were injured following a collision on the bridge.", "injured"),
        ("Eleven were killed and twenty injured when a coach crashed into a lorry.", "killed"),
        ("Eleven were killed and twenty injured when a coach crashed into a lorry.", "injured"),
        ("The airline recalled the crash in which ninety passengers were killed.", "killed"),
    ],
)
def test_mishap_is_no_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] != "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nine were killed and twenty injured when a bomb exploded.", "killed"),
        ("Nine were killed and twenty injured when a bomb exploded.", "injured"),
        ("He recalled the bombing in which forty people were killed.", "killed"),
        ("Seven were killed after a suicide bomber crashed into a convoy.", "killed"),
        ("Five were killed after an attack on a market.", "killed"),
        ("Five were killed when gunmen opened fire on a bus.", "killed"),
    ],
)
def test_attack_stays_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "ASSAULT"
