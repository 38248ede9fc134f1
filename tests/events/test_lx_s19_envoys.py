"""Envoys sent and calls placed (stop 19, invented sentences): sending or dispatching an
envoy, an emissary, a delegation, a mediator or a negotiator engages the host (CONSULT
visit), and placing a call to someone consults them by phone; sending troops or aid keeps
its own frames."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("China sent an envoy to Khartoum.", "sent", ("CONSULT", "visit")),
        ("The UN dispatched a special envoy to Myanmar.", "dispatched", ("CONSULT", "visit")),
        ("Tony Blair placed a call to George Bush.", "placed", ("CONSULT", "phone")),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


def test_troops_sent_stay_troops() -> None:
    assert types_by_trigger("China sent troops to Sudan.").get("sent", ("", None))[0] != "CONSULT"
