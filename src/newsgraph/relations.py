"""Relations stage: actor-to-actor relations of one article, with evidence.

Entry point: :func:`extract_relations`. Filled by the store/relations issue.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .model import Actor, Event, Relation

__all__ = ["extract_relations"]


def extract_relations(doc: Doc, actors: Sequence[Actor], events: Sequence[Event]) -> list[Relation]:
    """Return the relations stated in ``doc`` (not yet implemented: [])."""
    return []
