"""A storm's name says what struck (stop 22, invented sentences): the head word before a
name ("Hurricane", "Typhoon", "Cyclone", "Tropical Storm") counts as the subject a
``subjects`` frame names, so a named storm that struck or killed is no assault, as
"the hurricane struck" already was not; a named rebel leader who attacked still did."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Hurricane Odette struck the Gulf Coast in August.", "struck"),
        ("Cyclone Pavan struck the islands on Monday.", "struck"),
        ("Typhoon Mirinae killed at least 30 people.", "killed"),
        ("Dozens of villagers were killed by Typhoon Mirinae.", "killed"),
    ],
)
def test_a_named_storm_is_no_attacker(text: str, trigger: str) -> None:
    assert trigger not in types_by_trigger(text)


@pytest.mark.model
def test_a_named_rebel_still_attacks() -> None:
    assert types_by_trigger("Rebel commander Joseph Kony attacked the village.").get(
        "attacked"
    ) == ("ASSAULT", None)
