"""Forces deployed or stationed as peacekeepers, or as UN troops, are military aid (AID
military, CAMEO 074), as peacekeepers sent or arriving already were, not a show of force
(MOBILIZE); troops deployed at home or to a war stay MOBILIZE (invented sentences;
triggers.jsonl deploy, station and deployment frames on object_mods)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("A UN peacekeeping force has been deployed in Haiti since 2004.", "deployed", "AID"),
        ("It is the biggest peacekeeping force that the alliance has deployed.", "deployed", "AID"),
        ("The Union deployed a peacekeeping force to Chad.", "deployed", "AID"),
        ("The deployment of peacekeeping troops began on Monday.", "deployment", "AID"),
        ("The army deployed troops in the capital.", "deployed", "MOBILIZE"),
        ("The deployment of troops began on Monday.", "deployment", "MOBILIZE"),
    ],
)
def test_peacekeepers_deployed_aid(text: str, trigger: str, coded: str) -> None:
    assert types_by_trigger(text)[trigger] == (coded, "military" if coded == "AID" else "troops")
