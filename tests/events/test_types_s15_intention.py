"""An intention, readiness or willingness announces only an act that is itself a trigger
(invented sentences): "her intention to run for president" codes nothing, "its intention to
resume talks" is AGREE (intent), and the noun's "no" or "never" is its content's."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Senator Pekka announced his intention to run for president again.", None, "AGREE"),
        ("The mayor of Pelkan declared her intention to stand for a second term.", None, "AGREE"),
        ("Acme Foods stated its intention to leave the Ruritanian market.", None, "AGREE"),
        ("The Ruritanian president expressed his intention to retire next year.", None, "AGREE"),
        # guards: an act that is a trigger is announced, and a denial stays one
        ("Ruritania announced its intention to resume talks with Vastia.", "AGREE", None),
        ("Vastia has expressed its readiness to talk to the rebels.", "AGREE", None),
        ("The staff at the Pelkan plant never had any intention to strike.", None, "THREATEN"),
        ("The rebels have shown no willingness to negotiate with Vastia.", "REJECT", None),
    ],
)
def test_intention_announces_only_an_act(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
