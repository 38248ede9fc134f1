"""A gerund that is the subject of its clause names a kind of act, not one that took
place (stop 19, invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Attacking unarmed villagers is a war crime, the Vastonian minister said.", "ASSAULT"),
        ("Boycotting the vote would be a mistake, Karl Brenner said.", "PROTEST"),
    ],
)
def test_subject_gerund_is_no_event(text: str, kind: str) -> None:
    assert kind not in event_types(text)


def test_adverbial_gerund_is_an_event() -> None:
    assert "ASSAULT" in event_types("Vastonia shelled the town on Monday, killing five people.")
