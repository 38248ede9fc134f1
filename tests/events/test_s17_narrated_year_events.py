"""The pipeline dates an event by the year its story narrates (extract + dates.narrated_year)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analyzed import analyzed


@pytest.mark.model
def test_a_yearless_day_in_a_narrated_year_dates_the_event_in_that_year(nlp: Language) -> None:
    text = "In 1979 the poet moved to Paris. Police arrested him there on November 4."
    events = analyzed(nlp, text, published="2019-06-10").events
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.date is not None and arrest.date.startswith("1979-11-04"), arrest.date


@pytest.mark.model
def test_without_a_narrated_year_the_day_is_in_the_papers_year(nlp: Language) -> None:
    text = "The poet moved to Paris. Police arrested him there on November 4."
    events = analyzed(nlp, text, published="2019-12-10").events
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.date is not None and arrest.date.startswith("2019-11-04"), arrest.date
