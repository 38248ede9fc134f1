"""Fifth set of stop-19 trigger frames (invented sentences): speaking or coming out against
something (ACCUSE), coming out in favour of it, signing off on it, extending support and
mending ties (SUPPORT), granting an audience and holding a videoconference (CONSULT), and
forming, forging or entering into an alliance or partnership (COOPERATE)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Amnesty International spoke out against the new law.", "spoke", ("ACCUSE", "disapprove")),
        ("Senator Obama came out against the tax plan.", "came", ("ACCUSE", "disapprove")),
        ("Senator Obama came out in favour of the tax plan.", "came", ("SUPPORT", None)),
        ("The Senate signed off on the plan.", "signed", ("SUPPORT", None)),
        ("Britain extended its support to the Kurds.", "extended", ("SUPPORT", None)),
        ("Turkey mended ties with Armenia.", "mended", ("SUPPORT", None)),
        ("King Abdullah granted an audience to the envoy.", "granted", ("CONSULT", "visit")),
        (
            "The ministers held a videoconference on Monday.",
            "videoconference",
            ("CONSULT", "phone"),
        ),
        ("The Labour Party formed an alliance with the Greens.", "formed", ("COOPERATE", None)),
        ("Ruritania entered into a partnership with Vastonia.", "entered", ("COOPERATE", None)),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


def test_speaking_out_alone_is_no_censure() -> None:
    assert "ACCUSE" not in {
        t for t, _ in types_by_trigger("Amnesty International spoke out.").values()
    }
