"""Offset lookups over a parsed Doc, computed once per document."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from itertools import accumulate

from spacy.tokens import Doc, Token

from ..nlp import doc_text

__all__ = ["Spans", "TokenIndex", "covered"]


class Spans(tuple[tuple[int, int], ...]):
    """Character spans ``(start, end)``, sorted, with an O(log n) membership test.

    Quote and mention spans are asked about for every token of a sentence; a
    linear scan made a 200 KB article with a thousand quotes take minutes.
    """

    starts: list[int]
    reach: list[int]  # the furthest end among the spans starting at or before each start

    def __new__(cls, spans: Iterable[tuple[int, int]]) -> Spans:
        made = super().__new__(cls, sorted(spans))
        made.starts = [a for a, _ in made]
        made.reach = list(accumulate((b for _, b in made), max))
        return made

    def covers(self, offset: int) -> bool:
        """Whether some span holds ``offset`` (``start <= offset < end``)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.reach[i]


def covered(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether one of ``spans`` holds ``offset``: by bisection for :class:`Spans`."""
    if isinstance(spans, Spans):
        return spans.covers(offset)
    return any(a <= offset < b for a, b in spans)


class TokenIndex:
    """Find the tokens next to a character offset (bisect over token starts)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.starts: list[int] = doc.to_array("IDX").tolist()
        # sentence bounds computed once: Token.sent rebuilds them on every call
        parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        bounds = [(sent.start, sent.end) for sent in doc.sents] if parsed else [(0, len(doc))]
        self.sent_starts = [b[0] for b in bounds]
        self.sent_ends = [b[1] for b in bounds]

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range ``(start, end)`` of the sentence holding token ``i``."""
        k = bisect.bisect_right(self.sent_starts, i) - 1
        return self.sent_starts[k], self.sent_ends[k]

    def before(self, offset: int) -> Token | None:
        """The last non-space token that starts before ``offset``."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def at_or_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)
