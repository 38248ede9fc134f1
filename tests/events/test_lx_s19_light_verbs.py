"""Third set of stop-19 trigger frames (invented sentences): concerns or objections raised
(ACCUSE disapprove), pressure put, exerted or piled on someone (REQUEST demand), hostages set
free (RETREAT release), standing down (RETREAT resign), proposals, bills and lawsuits thrown
out (REJECT), people hacked to death (ASSAULT, not hacking a computer), and the verbs
'upbraid' and 'requisition'."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        (
            "Japan raised concerns about the Chinese naval drills.",
            "raised",
            ("ACCUSE", "disapprove"),
        ),
        ("Germany raised objections to the Polish plan.", "raised", ("ACCUSE", "disapprove")),
        (
            "The United States put pressure on Israel to halt the raids.",
            "put",
            ("REQUEST", "demand"),
        ),
        ("The Taliban set the hostages free.", "set", ("RETREAT", "release")),
        ("Charles Kennedy stood down as party leader.", "stood", ("RETREAT", "resign")),
        ("The Senate threw out the proposal.", "threw", ("REJECT", None)),
        ("The militants hacked the villagers to death.", "hacked", ("ASSAULT", "primitive")),
        ("The court upbraided the government.", "upbraided", ("ACCUSE", "disapprove")),
        ("The army requisitioned the farmers' trucks.", "requisitioned", ("COERCE", "confiscate")),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


@pytest.mark.parametrize(
    "text",
    [
        "The heatwave raised concerns about the harvest.",
        "The storm put pressure on the power grid.",
    ],
)
def test_things_raise_no_concern_and_put_no_pressure(text: str) -> None:
    assert not {t for t, _ in types_by_trigger(text).values()} & {"ACCUSE", "REQUEST"}
