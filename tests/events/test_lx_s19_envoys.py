"""Envoys sent and calls placed (stop 19, invented sentences): sending or dispatching an
envoy, an emissary, a delegation, a mediator or a negotiator engages the host (CONSULT
visit), and placing a call to someone consults them by phone; sending troops or aid keeps
its own frames."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _by_trigger(text: str) -> dict[str, tuple[str, str | None]]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {e.trigger.text: (e.type, e.mode) for e in events if e.trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("China sent an envoy to Khartoum.", "sent", ("CONSULT", "visit")),
        ("The UN dispatched a special envoy to Myanmar.", "dispatched", ("CONSULT", "visit")),
        ("Tony Blair placed a call to George Bush.", "placed", ("CONSULT", "phone")),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert _by_trigger(text).get(trigger) == coded


def test_troops_sent_stay_troops() -> None:
    assert _by_trigger("China sent troops to Sudan.").get("sent", ("", None))[0] != "CONSULT"
