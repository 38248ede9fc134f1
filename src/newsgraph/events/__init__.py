"""Events stage: PLOVER 2.0 events with CAMEO roots, from the dependency parse.

Entry point: :func:`extract_events`. Filled by the events issue; until then it
finds nothing (the README says which lists are still empty).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Actor, Event, Place, Quote

__all__ = ["extract_events"]


def extract_events(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[Place],
    quotes: Sequence[Quote],
    published: str | None,
) -> list[Event]:
    """Return the events of ``doc`` (not yet implemented: [])."""
    return []
