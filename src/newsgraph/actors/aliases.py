"""Names an article defines for an organization: acronyms and "X, or the Y".

* **Acronyms.** "Popular Mobilization Units (PMU)" binds PMU to the full
  name for the rest of the article. Besides all-capital acronyms, a
  mixed-case one ("African Continental Free Trade Area (AfCFTA)") binds
  when its capitals are, in order, the initials of the name's capitalised
  words: the lower-case letters are the rest of a word ("Af" of
  "African"), which plain all-capital matching would miss.
* **Alternative names.** "G7, or the Group of Seven, is ...": a name in
  apposition after ", or (the)" is another name of the organization before
  it, not a second organization.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .detect import Candidate
from .spans import span_text

__all__ = ["bound_names"]

_ACRONYM_LENGTH = 2, 8
_MIXED_MIN_CAPITALS = 3


def _initials(doc: Doc, cand: Candidate) -> str:
    return "".join(t.text[0] for t in doc[cand.start : cand.end] if t.text[:1].isupper())


def _is_acronym_of(short: str, doc: Doc, cand: Candidate) -> bool:
    low, high = _ACRONYM_LENGTH
    if not (short.isalpha() and low <= len(short) <= high and short[0].isupper()):
        return False
    if short.isupper():
        return True
    capitals = "".join(ch for ch in short if ch.isupper())
    return len(capitals) >= _MIXED_MIN_CAPITALS and capitals == _initials(doc, cand)


def _acronyms(doc: Doc, cands: list[Candidate]) -> dict[str, Candidate]:
    out = {}
    for cand in cands:
        end = cand.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            short = doc[end + 1].text
            if _is_acronym_of(short, doc, cand):
                out[short] = cand
    return out


def _alternatives(doc: Doc, cands: list[Candidate]) -> dict[str, Candidate]:
    """ "X, or the Y,": Y's text -> X."""
    by_start = {c.start: c for c in cands}
    out = {}
    for cand in cands:
        i = cand.end
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "or":
            i += 2
            i += i < len(doc) and doc[i].lower_ == "the"
            other = by_start.get(i)
            if other is not None and other.end < len(doc) and doc[other.end].is_punct:
                out[span_text(doc, other.start, other.end)] = cand
    return out


def bound_names(doc: Doc, cands: list[Candidate]) -> dict[str, Candidate]:
    """Acronym or alternative name text -> the organization candidate it names."""
    return {**_alternatives(doc, cands), **_acronyms(doc, cands)}
