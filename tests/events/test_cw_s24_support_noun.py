"""Stop-24 coverage: the noun "support" with "for" or "of" and a possessive is the
SUPPORT of the one whose support it is ("Kenya repeated its support for the mission",
"the senator's support of the bill"), as the verb is. Support that no possessive gives
("public support for the stadium", "rallies in support of the candidate", "with the
support of the embassy") stays no event: its doer is unknown or another clause's."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Kenya repeated its support for the African Union mission in Somalia.",
        "Senator Dana Holt renewed her support for the farm bill on Monday.",
        "The Brazilian government confirmed its support of the trade agreement.",
    ],
)
def test_a_possessors_support_is_coded(text: str) -> None:
    assert types_by_trigger(text).get("support") == ("SUPPORT", None)


@pytest.mark.parametrize(
    "text",
    [
        "Public support for the new stadium has fallen to 30 percent.",
        "The police banned rallies in support of the opposition candidate.",
        "Two reporters entered the country with the support of the embassy.",
    ],
)
def test_support_without_its_giver_is_no_event(text: str) -> None:
    assert "support" not in types_by_trigger(text)
