"""Pair quotation marks in raw text: the spans that lie inside them.

This works on the characters, not on spaCy sentences, because a closing mark
often falls into the next parsed sentence. Double marks (" “ ” « » „) are
paired first; single marks (' ‘ ’) only outside double-quoted spans (inside
them they are nested quotes, part of the speaker's words). A mark that cannot
be paired loses at most its own quote: the scan drops that opener and goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MarkedSpan", "find_marked_spans"]

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_DOUBLE_EITHER = '"'
_SINGLE_OPEN = "‘"
_SINGLE_EITHER = "'’"
_LEFT_CONTEXT = "([{—–-/"
_RIGHT_CONTEXT = ".,;:!?)]}—–-…"
#: A quote longer than this is taken for a stray mark paired far away.
_MAX_QUOTE = 6000
#: Single-mark quotes are short phrases within one line ('heightened alert').
_MAX_SINGLE = 400
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# the scans visit the marks only, found by one regex pass (a loop over every character
# of the article cost more than the pairing)
_DOUBLE_MARK = re.compile(f"[{re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_EITHER)}]")
_SINGLE_MARK = re.compile(f"[{re.escape(_SINGLE_OPEN + _SINGLE_EITHER)}]")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """The text between a pair of marks.

    ``start``/``end`` exclude the marks (and surrounding blanks); ``open``/``close``
    are the marks' offsets (``close`` is ``end`` of the line for a paragraph that a
    later paragraph continues). ``group`` numbers spans of one multi-paragraph quote.
    """

    start: int
    end: int
    open: int
    close: int
    double: bool
    group: int


def _side(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at ``i`` has open space on its left and on its right."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left = before.isspace() or before in _LEFT_CONTEXT or before in _DOUBLE_OPEN
    right = after.isspace() or after in _RIGHT_CONTEXT or after in _DOUBLE_CLOSE
    return left, right


def _double_class(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the double mark at ``i``."""
    char = text[i]
    if char in _DOUBLE_OPEN:
        return "open"
    if char in _DOUBLE_CLOSE:
        return "close"
    left, right = _side(text, i)
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_start_after(text: str, nl: int) -> int:
    """Offset of the first non-blank character after the newline at ``nl``."""
    i = nl
    while i < len(text) and text[i].isspace():
        i += 1
    return i


class _DoubleScanner:
    """State of the left-to-right pairing of double marks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[MarkedSpan] = []
        self.opener: int | None = None
        self.group = 0

    def _emit(self, start: int, end: int, close: int) -> None:
        assert self.opener is not None
        s, e = _trimmed(self.text, start, end)
        if e > s:
            self.spans.append(MarkedSpan(s, e, self.opener, close, True, self.group))

    def _open(self, i: int) -> None:
        self.group += 1
        self.opener = i

    def feed(self, i: int, kind: str) -> None:
        """Consume the mark at ``i`` of class ``kind``."""
        if self.opener is not None and self.text[self.opener] == "„" and self.text[i] == "“":
            kind = "close"  # German style: „...“
        if self.opener is None:
            if kind != "close":
                self._open(i)
            return
        step = self._cross_lines(i, kind)
        if step == "refeed":
            self.feed(i, kind)
            return
        if step == "done":
            return
        if kind == "open":  # an opener where a closer was due: the earlier one is unbalanced
            self._open(i)
            return
        if i - self.opener > _MAX_QUOTE:
            self.opener = None
            self.feed(i, kind)
            return
        self._emit(self.opener + 1, i, i)
        self.opener = None

    def _cross_lines(self, i: int, kind: str) -> str:
        """Handle line breaks between the opener and mark ``i``.

        Returns "done" when mark ``i`` was consumed, "refeed" when the quote was
        dropped and ``i`` must be fed again, "go" to pair ``i`` as usual.

        A paragraph that opens with a mark continues an unclosed quote (the
        convention for multi-paragraph quotes): the part before the break is
        kept and the quote goes on. A blank line otherwise ends the quote
        unclosed (dropped); a single line break is crossed when mark ``i``
        can close the quote (texts with one sentence per line).
        """
        assert self.opener is not None
        text = self.text
        nl = text.find("\n", self.opener, i)
        while nl != -1 and self.opener is not None:
            line_start = _line_start_after(text, nl)
            if line_start == i and kind != "close":
                self._emit(self.opener + 1, nl, nl)
                self.opener = i  # same group: the quote continues
                return "done"
            hard = _BLANK_LINE.match(text, nl) is not None
            if hard or kind == "open":
                self.opener = None
                return "refeed"
            nl = text.find("\n", nl + 1, i)
        return "go"


def _double_spans(text: str) -> list[MarkedSpan]:
    scanner = _DoubleScanner(text)
    for mark in _DOUBLE_MARK.finditer(text):
        scanner.feed(mark.start(), _double_class(text, mark.start()))
    return scanner.spans


def _single_class(text: str, i: int) -> str | None:
    """``open``, ``close`` or None (an apostrophe) for the single mark at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left = before.isspace() or before in _LEFT_CONTEXT or before in _DOUBLE_OPEN
    word_after = after.isalnum() or after == "["
    if text[i] in _SINGLE_OPEN:
        # tokenized text puts a space after the mark: "‘ Let us go . ’"
        spaced = after == " " and text[i + 2 : i + 3].isalnum()
        return "open" if word_after or spaced else None
    if left and word_after:
        # '90s and 'em are elisions, not quotes
        return None if re.match(r"\d\ds\b|em\b|tis\b", text[i + 1 : i + 5]) else "open"
    right = after.isspace() or after in _RIGHT_CONTEXT or after in _DOUBLE_CLOSE
    if right and (not before.isspace() or text[i] == "’"):
        # a plural possessive ("the forces' presence") is not a closing mark
        if before == "s" and after == " " and text[i + 2 : i + 3].islower():
            return None
        return "close"
    return None


def _single_spans(text: str, inside: list[tuple[int, int]], group: int) -> list[MarkedSpan]:
    out: list[MarkedSpan] = []
    opener: int | None = None
    for mark in _SINGLE_MARK.finditer(text):
        i = mark.start()
        if any(a <= i < b for a, b in inside):
            opener = None
            continue
        kind = _single_class(text, i)
        if kind == "open":
            opener = i
        elif kind == "close" and opener is not None:
            if i - opener <= _MAX_SINGLE and "\n" not in text[opener:i]:
                s, e = _trimmed(text, opener + 1, i)
                if e > s:
                    group += 1
                    out.append(MarkedSpan(s, e, opener, i, False, group))
            opener = None
    return out


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every quoted span of ``text``, in text order.

    Never raises on unbalanced marks: an opener that finds no closer is dropped.
    """
    doubles = _double_spans(text)
    inside = [(s.open, s.close + 1) for s in doubles]
    group = max((s.group for s in doubles), default=0)
    singles = _single_spans(text, inside, group)
    return sorted(doubles + singles, key=lambda s: s.start)
