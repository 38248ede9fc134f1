"""Events through the whole pipeline with the English model (marked: needs the model)."""

from __future__ import annotations

import pytest

from newsgraph.events.places import lookup_place
from newsgraph.ingest.text import article_from_text
from newsgraph.model import Analysis
from newsgraph.pipeline import analyze

from ..conftest import SEED

pytestmark = pytest.mark.model


def _analyze(text: str) -> Analysis:
    return analyze(article_from_text(text, "t"))


def _pairs(analysis: Analysis) -> set[tuple[str, str]]:
    names = {a.id: a.name for a in analysis.actors}
    return {(names.get(e.actor or "", ""), e.type) for e in analysis.events}


def test_seed_article_events(seed_text: str) -> None:
    analysis = analyze(article_from_text(seed_text, SEED.stem))
    by_type: dict[str, set[str]] = {}
    names = {a.id: a.name for a in analysis.actors}
    for event in analysis.events:
        by_type.setdefault(event.type, set()).add(names.get(event.actor or "", ""))
        assert seed_text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.date_source in ("text", "published") and event.cameo
    for type_, actor in [
        ("CONCEDE", "Esbati"), ("REJECT", "Assad"), ("CONSULT", "Khamenei"),
        ("ACCUSE", "Khamenei"), ("REQUEST", "Khamenei"), ("SUPPORT", "Khamenei"),
    ]:  # fmt: skip
        assert any(actor in name for name in by_type.get(type_, ())), (type_, actor)


def test_places_known_to_the_gazetteer_are_resolved(seed_text: str) -> None:
    analysis = analyze(article_from_text(seed_text, SEED.stem))
    known = [p for p in analysis.places if lookup_place(p.name) is not None]
    assert known, "the seed names places (Tehran) the gazetteer knows"
    for place in known:
        assert place.kind and place.country and place.geonameid
        if place.kind == "city":
            assert place.latitude is not None and place.longitude is not None


def test_invented_sentences() -> None:
    analysis = _analyze(
        "Iran did not attack Israel on Monday. Brazil threatened to strike Peru.\n"
        "Chile was attacked by Argentina.\n"
    )
    types = [e.type for e in analysis.events]
    assert "ASSAULT" in types and "THREATEN" in types
    names = {a.id: a.name for a in analysis.actors}
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert [(names.get(e.actor or ""), names.get(e.recipient or "")) for e in attacks] == [
        ("Argentina", "Chile")
    ]


def test_nothing_in_a_text_without_acts() -> None:
    assert _analyze("The weather in Paris was mild and the museums were open.\n").events == ()
