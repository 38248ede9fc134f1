"""A speaker who says they wish, want or would like to send regards (condolences, thanks,
sympathy) sends them by saying so: SUPPORT, done, as "offered her condolences" is, not a
promise of cooperation (AGREE intent); a third party's plan to send them, or a wish to
express something other than regards, stays as before (invented sentences;
events.regards.performed_regards on object_classes.tsv regards)."""

from __future__ import annotations

import pytest

from ..analyzed import types_and_intents

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "I wish to send my condolences to the families of Kenya, Peru and Chile.",
            [("SUPPORT", False)] * 3,
        ),
        (
            'Merkel said: "We would like to offer our sincere sympathy to the victims."',
            [("SUPPORT", False)],
        ),
        ("We want to express our gratitude to Japan.", [("SUPPORT", False)]),
        # guards: a third party's plan, a wish to express backing, regards actually sent
        ("The president plans to send his condolences to Japan.", [("AGREE", True)]),
        ("I want to express my support for the Pelkan plan.", [("AGREE", True)]),
        ("Obama offered his condolences to the people of Japan.", [("SUPPORT", False)]),
    ],
)
def test_wished_regards_are_sent(text: str, coded: list[tuple[str, bool]]) -> None:
    assert types_and_intents(text) == coded
