"""Stop-19 second pass, British and headline wordings (invented sentences): 'strike action'
and 'industrial action' (PROTEST), a country 'hit with sanctions' (SANCTION, not an attack),
'knifed' (ASSAULT), a proposal 'knocked back' or 'kicked into the long grass' (REJECT),
'linked up with' (COOPERATE)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Rail workers took strike action over pay.", "action", ("PROTEST", "strike-lim")),
        ("Nurses began industrial action in Leeds.", "action", ("PROTEST", "strike-lim")),
        ("The US hit Iran with new sanctions.", "hit", ("SANCTION", None)),
        ("A gang knifed a teenager in London.", "knifed", ("ASSAULT", "primitive")),
        ("The committee knocked back the proposal.", "knocked", ("REJECT", None)),
        ("The Tories kicked the plan into the long grass.", "kicked", ("REJECT", None)),
        ("France linked up with Germany on the plan.", "linked", ("COOPERATE", None)),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


def test_legal_action_is_no_strike() -> None:
    assert "action" not in types_by_trigger("The firm took legal action against the council.")
