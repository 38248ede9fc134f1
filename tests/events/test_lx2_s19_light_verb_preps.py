"""Stop-19 second pass: a noun frame's preposition the parser hung on the light verb whose
object the noun is ("made an appeal [to] donors", "took a trip [to] Moscow") fits the noun
frame, as when it hangs on the noun; other verbs lend no preposition ("the pact meant a
great deal to Norway" is no deal)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


def test_appeal_made_to_donors() -> None:
    text = "Kenya made an appeal to donors for food aid."
    assert types_by_trigger(text).get("appeal") == ("REQUEST", "appeal")


def test_only_light_verbs_lend_a_preposition() -> None:
    text = "The pact meant a great deal to Norway."
    assert "deal" not in types_by_trigger(text)
