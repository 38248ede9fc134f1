"""Name recognition, face recognition and the recognition of a need are no backing
(stop 22, invented sentences): null ``recognition`` noun frames on ``mods`` and on
``objects``, while recognising a state or a court is still SUPPORT."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Lopez enjoys wide name recognition in Ohio.",
        "Police in London tested facial recognition at the station.",
        "The new budget shows a growing recognition of the need for cleaner buses.",
    ],
)
def test_name_recognition_is_no_backing(text: str) -> None:
    assert "recognition" not in types_by_trigger(text)


@pytest.mark.model
def test_recognition_of_a_state_is_still_support() -> None:
    text = "Brazil announced its recognition of Palestine on Friday."
    assert types_by_trigger(text).get("recognition") == ("SUPPORT", None)
