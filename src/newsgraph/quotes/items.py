"""Quote items: the marked spans accepted as quotes, before anyone speaks them.

Sits between :mod:`.marks`/:mod:`.classify` (which spans are quotes, and their
cues) and the attribution in :mod:`.attributor`: :func:`_accepted` keeps the
spans :mod:`.classify` takes, :func:`_quote_items` turns them into
:class:`_Item` records with their cues and joins spans split by an
attribution; :class:`_Paragraphs` numbers the paragraphs for continuity.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .classify import Decision, classify, find_cue
from .lexicon import Lexicon
from .marks import MarkedSpan, find_marked_spans
from .tokens import Spans, TokenIndex

_SPLIT_GAP = 150
_OPENERS = " \t\r\n\"'“‘«„"  # what may precede a quote's first word at a paragraph start


@dataclass(frozen=True, slots=True)
class _Item:
    """A quote or reported statement before its speaker is known."""

    kind: str
    start: int
    end: int
    cue: Token | None
    group: int
    anchor: int  # offset that orders items for paragraph continuity


class _Paragraphs:
    """Paragraph number of an offset: one paragraph per non-blank line."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def starts_paragraph(self, text: str, offset: int) -> bool:
        return text[self.starts[self.of(offset)] : offset].strip(_OPENERS) == ""


def _accepted(doc: Doc, lexicon: Lexicon, index: TokenIndex) -> list[tuple[MarkedSpan, Decision]]:
    spans = find_marked_spans(index.text)
    quoted = Spans((s.start, s.end) for s in spans)
    out = []
    for span in spans:
        try:
            decision = classify(doc, span, index, lexicon, quoted)
        except (IndexError, ValueError, KeyError):  # an odd parse loses this span, not the article
            continue
        if decision is not None:
            out.append((span, decision))
    return out


def _quote_items(
    doc: Doc, lexicon: Lexicon, accepted: list[tuple[MarkedSpan, Decision]], index: TokenIndex
) -> list[_Item]:
    quoted = Spans((s.start, s.end) for s, _ in accepted)
    items = []
    for span, decision in accepted:
        try:
            cue = find_cue(doc, span, decision, index, lexicon, quoted)
        except (IndexError, ValueError, KeyError):  # keep the quote, without its cue
            cue = None
        if cue is not None and _shielded(cue.idx, span, accepted):
            cue = None
        items.append(_Item(decision.kind, span.start, span.end, cue, span.group, span.start))
    return _join_split(index.text, items)


def _shielded(at: int, span: MarkedSpan, accepted: list[tuple[MarkedSpan, Decision]]) -> bool:
    """Whether another utterance's quote sits between a cue at ``at`` and ``span``.

    A cue reports the quote next to it: in "X answered, "At home." "Alone?""
    the second quote is a new turn, not X's.
    """
    lo, hi = (at, span.start) if at < span.start else (span.end, at)
    return any(
        lo <= other.start and other.end <= hi and other.group != span.group for other, _ in accepted
    )


def _join_split(text: str, items: list[_Item]) -> list[_Item]:
    """Give spans split by an attribution ("We will," he said, "win.") one group."""
    out: list[_Item] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == item.kind == "direct":
            gap = text[prev.end : item.start]
            ends = text[prev.start : prev.end].rstrip("\"'”’")[-1:]
            if ends not in ".!?" and len(gap) < _SPLIT_GAP and not re.search(r"[.!?;\n]", gap):
                item = _Item(
                    item.kind, item.start, item.end, item.cue or prev.cue, prev.group, item.anchor
                )
        out.append(item)
    return out
