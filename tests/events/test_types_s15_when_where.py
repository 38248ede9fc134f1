"""Sessions, places and dates of a trigger in wire copy (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


def _event(nlp: Language, text: str, trigger: str, published: str = "2031-08-08"):  # noqa: ANN202
    analysis = analyzed(nlp, text, published)
    return next((e for e in analysis.events if e.trigger.text == trigger), None)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # governments of two countries meeting are two parties, not one body sitting
        ("U.S. and Russian negotiators return this week for talks.", "talks"),
    ],
)
def test_bodies_of_two_states_consult(nlp: Language, text: str, trigger: str) -> None:
    event = _event(nlp, text, trigger)
    assert event is not None and event.type == "CONSULT"


def test_one_legislature_sitting_is_still_a_session(nlp: Language) -> None:
    assert _event(nlp, "The Senate will meet on Monday.", "meet") is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a "where" clause happens at the place of the noun it modifies
        ("KYIV - Fighting went on near Pokrovsk, where Ukrainian troops repelled 41 assaults.",
         "repelled", "Pokrovsk"),
        # a place naming an area ("the Mopti region"), on the noun after "of"
        ("BAMAKO - Malian troops killed dozens of militants in a raid in the Mopti region.",
         "killed", "Mopti"),
        ("BERLIN - A meeting of European ministers in Brussels ended without a deal.",
         "meeting", "Brussels"),
    ],
)  # fmt: skip
def test_places_of_the_trigger(nlp: Language, text: str, trigger: str, place: str) -> None:
    event = _event(nlp, text, trigger)
    assert event is not None and event.location == place
