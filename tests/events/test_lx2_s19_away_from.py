"""Stop-19 second pass: the parser hangs "from" on the adverb "away" ("walked [away] from
the talks"), so the verb's frames read it as their own preposition and object: talks or
deals 'walked away from' (SANCTION), a plan or argument 'backed away from' (CONCEDE, not
the SUPPORT of 'backed'); a boy walking away from a car is nothing."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Hamas walked away from the talks.", "walked", ("SANCTION", "cancel")),
        ("The US walked away from the nuclear deal.", "walked", ("SANCTION", "withdraw")),
        ("Labour backed away from the plan.", "backed", ("CONCEDE", "other")),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


def test_walking_away_from_a_car_is_nothing() -> None:
    assert "walked" not in types_by_trigger("The boy walked away from the car.")
