"""One invented text through the whole pipeline, with the model (for rule tests)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze, analyze_doc


def analyzed(nlp: Language, text: str, published: str = "2031-08-08") -> Analysis:
    """The analysis of ``text`` as an article published on ``published``."""
    return analyze_doc(Article(id="t", text=text, published=published), nlp(text))


def event_types(text: str, published: str = "2011-05-04") -> set[str]:
    """The PLOVER types of the events the whole pipeline finds in ``text``."""
    return {e.type for e in analyze(Article(id="t", text=text, published=published)).events}


def types_by_trigger(text: str, published: str = "2020-01-05") -> dict[str, tuple[str, str | None]]:
    """Each trigger's text in ``text`` to the PLOVER (type, mode) of its event."""
    events = analyze(Article(id="t", text=text, published=published)).events
    return {e.trigger.text: (e.type, e.mode) for e in events if e.trigger}


def types_and_intents(text: str, published: str = "2013-06-07") -> list[tuple[str, bool]]:
    """The (PLOVER type, intent flag) of each event the whole pipeline finds in ``text``."""
    events = analyze(Article(id="t", text=text, published=published)).events
    return [(e.type, e.intent) for e in events]


def assert_types(text: str, expected: str | None, absent: str | None) -> None:
    """Assert the pipeline codes ``expected`` and not ``absent`` (each if given) in ``text``."""
    types = event_types(text)
    if expected:
        assert expected in types, types
    if absent:
        assert absent not in types, types
