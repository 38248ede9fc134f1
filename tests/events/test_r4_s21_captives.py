"""A release whose captive is one only by context (stop 21, invented sentences): the subject
of a passive release is a captive when a participle of captivity qualifies it ("the
kidnapped were released"), when the release's clause names captivity ("released from
prison", "within a week of their capture", "the day after the arrest"), and a subjectless
"being released" after a preposition inherits the subject of the clause above it ("spent a
year in jail before being released"); things released stay no release."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import object_classes

from ..analyzed import event_types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The abducted were released on Monday.",
        "Most of the forty who were detained were released on Friday.",
        "All the others were released within a week of their capture.",
        "Two were released the day after their arrest.",
        "Three members of the gang were released on bail.",
        "The two men spoke of their joy at being released.",
        "Jo Marsh spent six months in Dunmore Prison before being released in March 1990.",
        "The attacker was placed under watch after being released from prison.",
    ],
)
def test_captives_by_context_are_released(text: str) -> None:
    assert "RETREAT" in event_types(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The album was finished in May before being released in June.",
        "The report on the arrest was released today.",
        "Two of the new phones were released on Monday.",
        "The gas held in the tank was released.",
    ],
)
def test_things_in_a_captivity_context_stay_no_release(text: str) -> None:
    assert "RETREAT" not in event_types(text)


def test_captivity_class_holds_places_and_participles() -> None:
    words = object_classes()["captivity"]
    assert {"prison", "custody", "capture", "kidnapped", "detained"} <= set(words)
    assert "personnel" in object_classes()["captives"]
