"""A "should have" or "must have" looks back at what is past and demands nothing still to
be done (stop 19, invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_should_have_is_no_demand() -> None:
    assert "REQUEST" not in event_types(
        "Ana Weller said that Russia should have released the pilot."
    )
    assert "REQUEST" not in event_types(
        "“Russia should never have arrested the pilot,” said Vastonian minister Ana Weller."
    )


def test_should_is_a_demand() -> None:
    assert "REQUEST" in event_types("Ana Weller said that Russia should release the pilot.")


def test_should_have_done_reproaches() -> None:
    found = analyze(
        Article(id="t", text="Angela Merkel said that Russia should have released the pilot.")
    ).events
    assert [(e.type, e.trigger.text) for e in found] == [("ACCUSE", "released")]
