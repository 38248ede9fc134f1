"""Words of force that are no force in ordinary news: workers on strike ("striking nurses",
even when the parser reads the participle as a verb with an object), executing a law,
whipping a vote in parliament, a deep conviction and being "honoured to" do something
(invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


def test_striking_workers_are_on_strike() -> None:
    # the parser reads "striking" as a verb whose object is "railway workers"
    text = "The stoppage was organised as a gesture of support for striking railway workers."
    types = event_types(text)
    assert "PROTEST" in types and "ASSAULT" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The governor said his duty was to faithfully execute the laws passed by the assembly.",
        "The chief whip announced that Thursday's vote will be whipped.",
        "The minister voiced a strong conviction that the war would end.",
    ],
)
def test_no_force(text: str) -> None:
    types = event_types(text)
    assert not types & {"ASSAULT", "THREATEN", "SANCTION"}, types


def test_executions_stay() -> None:
    assert "ASSAULT" in event_types("Two prisoners were executed in Tehran under a court sentence.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "honoured to serve" is pleasure at a role, no praise of anyone
        ("Senator Okafor said she was honoured to chair the new committee.", set()),
        ("Pope Francis honoured the victims of the Kobe earthquake.", {"SUPPORT"}),
    ],
)
def test_honoured_to(text: str, expected: set[str]) -> None:
    assert event_types(text) == expected
