"""Token relations read once per doc: a token's children and conjuncts, and the doc's
entities, kept for the doc being analysed.

``Token.children`` walks the token's whole subtree span and ``Token.conjuncts`` climbs
and walks its coordination, each building new ``Token`` objects at every call; the
events stage asks the same few words for them many times over (each rule of a
trigger's frame, roles and screens reads them again). :func:`children_of` and
:func:`conjuncts_of` read them once per token and doc; :func:`ents_of` and
:func:`ents_within` read ``Doc.ents`` (which builds every entity span anew) once per doc.

The tables hold one doc at a time (the last one asked about) and are replaced, not
extended, when another doc comes: they never grow across articles. A replaced table is
never written again, so a thread reading a doc of its own only loses the reuse, never
reads another doc's tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["children_of", "conjuncts_of", "ents_of", "ents_within"]


class _Tables:
    """One doc's children and conjuncts by token index, and its entities."""

    __slots__ = ("children", "conjuncts", "doc", "ents")

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.children: dict[int, tuple[Token, ...]] = {}
        self.conjuncts: dict[int, tuple[Token, ...]] = {}
        self.ents: tuple[Span, ...] | None = None


class _Last:
    """The tables of the doc last read."""

    __slots__ = ("tables",)

    def __init__(self) -> None:
        self.tables = _Tables(None)


_LAST = _Last()


def _tables(doc: Doc) -> _Tables:
    tables = _LAST.tables
    if tables.doc is not doc:
        tables = _LAST.tables = _Tables(doc)
    return tables


def children_of(token: Token) -> tuple[Token, ...]:
    """The syntactic children of ``token``, in order (as ``Token.children``)."""
    table = _tables(token.doc).children
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = tuple(token.children)
    return found


def conjuncts_of(token: Token) -> tuple[Token, ...]:
    """The tokens coordinated with ``token``, in order (as ``Token.conjuncts``)."""
    table = _tables(token.doc).conjuncts
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = token.conjuncts
    return found


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The named entities of ``doc`` (as ``Doc.ents``)."""
    tables = _tables(doc)
    if tables.ents is None:
        tables.ents = tuple(doc.ents)
    return tables.ents


def ents_within(span: Span) -> list[Span]:
    """The named entities that lie wholly within ``span`` (as ``Span.ents``)."""
    found = []
    for ent in ents_of(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break  # (as spaCy: an entity that runs past the span ends the list)
            found.append(ent)
    return found
