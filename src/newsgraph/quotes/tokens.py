"""Offset lookups over a parsed Doc, computed once per document."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from ..nlp import doc_text

__all__ = ["TokenIndex"]


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
