"""Meeting resistance, criticism or one's death is no meeting (stop 22, invented
sentences): the null ``meet`` frame of "met with criticism" also takes these objects
without "with" and absorbs them, while meeting a minister is still a consultation."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops met little resistance as they entered the town.",
        "The Israeli army is meeting stiff resistance in the south.",
        "Chancellor Olaf Scholz met criticism over the delay.",
    ],
)
def test_meeting_resistance_is_no_meeting(text: str) -> None:
    types = types_by_trigger(text)
    assert not {"met", "meeting"} & set(types)


@pytest.mark.model
def test_meeting_a_minister_is_still_a_meeting() -> None:
    types = types_by_trigger("Olaf Scholz met the French foreign minister in Berlin.")
    assert types.get("met") == ("CONSULT", None)
