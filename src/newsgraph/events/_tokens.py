"""Token relations read once per doc: a token's children, kept for the doc being analysed.

``Token.children`` walks the token's whole subtree span and builds a new ``Token`` for
each child at every call; the events stage asks for the children of the same few words
many times over (each rule of a trigger's frame, roles and screens reads them again).
:func:`children_of` reads them once per token and doc.

The table holds one doc at a time (the last one asked about) and is replaced, not
extended, when another doc comes: it never grows across articles. It is never mutated
once another doc has replaced it, so a thread reading a doc of its own only loses the
reuse, never reads another doc's tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["children_of"]


class _Last:
    """The doc last read and its children by token index."""

    __slots__ = ("table",)

    def __init__(self) -> None:
        self.table: tuple[Doc | None, dict[int, tuple[Token, ...]]] = (None, {})


_LAST = _Last()


def children_of(token: Token) -> tuple[Token, ...]:
    """The syntactic children of ``token``, in order (as ``Token.children``)."""
    doc = token.doc
    table = _LAST.table
    if table[0] is not doc:
        table = (doc, {})
        _LAST.table = table
    found = table[1].get(token.i)
    if found is None:
        found = table[1][token.i] = tuple(token.children)
    return found
