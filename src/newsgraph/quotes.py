"""Quotes stage: direct, partial and reported speech with speakers.

Entry point: :func:`extract_quotes`. Filled by the quotes issue; until then it
finds nothing (the README says which lists are still empty).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .model import Actor, Quote

__all__ = ["extract_quotes"]


def extract_quotes(doc: Doc, actors: Sequence[Actor]) -> list[Quote]:
    """Return the quotes of ``doc`` attributed to ``actors`` (not yet implemented: [])."""
    return []
