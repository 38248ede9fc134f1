"""Every event's location resolved to country, kind and coordinates (``Event.geo``)."""

from __future__ import annotations

import pytest

from newsgraph.events.places import lookup_place
from newsgraph.ingest.text import article_from_text
from newsgraph.pipeline import analyze

_TEXT = (
    "Talks in Valletta\n\n"
    "LIMA, Peru (AP) — Peru's foreign minister condemned Chile on Monday. "
    "Later, Chile's president met Peru's president in Valletta."
)


@pytest.mark.model
def test_dateline_and_named_places_get_coordinates() -> None:
    events = analyze(article_from_text(_TEXT, "geo")).events
    by_trigger = {e.trigger.text: e for e in events}
    condemned, met = by_trigger["condemned"], by_trigger["met"]
    assert (condemned.location, met.location) == ("Lima", "Valletta")
    assert condemned.geo is not None and (condemned.geo.country, condemned.geo.kind) == (
        "PER", "city")
    assert met.geo is not None and (met.geo.country, met.geo.kind) == ("MLT", "city")
    assert met.geo.latitude == pytest.approx(35.9, abs=0.1)
    assert met.geo.geonameid == lookup_place("Valletta").geonameid  # type: ignore[union-attr]


@pytest.mark.model
def test_an_event_without_a_place_has_no_geo() -> None:
    (event,) = analyze(article_from_text("Chile's president met Peru's president.", "x")).events
    assert event.location is None and event.geo is None


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [("Washington", "city", "USA"), ("New York", "city", "USA"), ("Texas", "region", "USA"),
     ("Georgia", "country", "GEO"), ("Mexico", "country", "MEX")],
)
def test_a_metropolis_beats_a_state_of_its_name(name: str, kind: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and (entry.kind, entry.country) == (kind, country)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        # the place of whom the act is done with or to
        ("Chile's president met with farmers in Valparaiso.", "met", "Valparaiso"),
        ("Peruvian troops opened fire on a school in Cusco.", "opened", "Cusco"),
        # a place acted on: only for acts on the ground, and not a partner in talks
        ("Peru's army fired on Arica.", "fired", "Arica"),
        ("Peru's president talked with Chile.", "talked", None),
    ],
)
def test_the_place_of_the_one_acted_on(text: str, trigger: str, location: str | None) -> None:
    events = {e.trigger.text: e for e in analyze(article_from_text(text, "x")).events}
    assert events[trigger].location == location
