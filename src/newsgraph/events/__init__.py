"""Events stage: PLOVER 2.0 events with CAMEO roots, from the dependency parse.

Entry points: :func:`extract_events` (who did what to whom, when and where,
one clause at a time) and :func:`resolve_places` (place names to countries
and coordinates with the GeoNames gazetteer). The ontology and the trigger
lexicon are data under ``newsgraph/data/events/`` (see its README).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Actor, Event, Place, Quote
from .dates import parse_published
from .extract import article_context, events_of_sentence
from .lexicon import load_lexicon
from .places import resolve_places

__all__ = ["extract_events", "resolve_places"]


def extract_events(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[Place],
    quotes: Sequence[Quote],
    published: str | None,
) -> list[Event]:
    """Return the PLOVER events of ``doc``, each with its trigger and sentence offsets.

    Args:
        doc: the parsed article.
        actors: the actors stage's canonical actors (arguments resolve to their ids).
        places: resolved places (see :func:`resolve_places`).
        quotes: quotes and reported speech; an event inside one is the speaker's claim
            (``reported_by``).
        published: the article's ISO 8601 publication date, the base for relative
            dates and the fallback date.

    Returns:
        Events in text order. A sentence whose analysis fails loses its events,
        not the article's.
    """
    lexicon = load_lexicon()
    context = article_context(doc, actors, places, quotes, parse_published(published))
    events: list[Event] = []
    for sent in doc.sents:
        try:
            events.extend(events_of_sentence(sent, lexicon, context))
        except (ValueError, LookupError, StopIteration):
            # A parse the rules did not foresee loses this sentence, not the article.
            continue
    return events
