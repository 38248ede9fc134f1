"""Decide what a marked span is (direct quote, partial quote, or no quote) and find its cue.

The rules, in order:

1. A span right after a naming phrase ("so-called", "dubbed", "was called",
   "the slogan") names or mentions words; nobody is quoted.
2. A span in *direct position* (opening a paragraph or sentence, after a colon,
   comma or dash, or right after a reporting verb and its adverbials: "said on
   Friday "...", "told Reuters "...") is a direct quote, unless it is a short
   title-like phrase (every word capitalized, no sentence punctuation) with no
   reporting cue next to it ("COVID-19" is the name ...).
3. Any other span sits inside the writer's sentence. It is a partial quote when
   it starts in lower case and the sentence has a reporting cue (said, calling,
   described ... as, according to); a capitalized fragment there is a title or
   name ("the case "Smith vs. Jones"", "of "Have no fear""), unless an
   evaluative cue governs it and it is not title-like ("called it "America's
   shame""); a fragment in a sentence with no cue is a scare quote or a term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .marks import MarkedSpan
from .speakers import is_cue_verb
from .tokens import TokenIndex, covered

__all__ = ["Decision", "classify", "find_cue"]

_DIRECT_BEFORE = ":,;—–"
_SENTENCE_END = ".!?…"
_MARKS = "\"'“”‘’«»„"
_MINOR_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "vs",
        "vs.",
        "v.",
        "in",
        "on",
        "a",
        "an",
        "to",
        "de",
        "la",
        "le",
        "du",
        "der",
        "von",
        "van",
        "al",
        "el",
        "at",
        "by",
        "with",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.-]*")
_AFTER_TOKENS = 8
_NOT_NAME = ("VERB", "AUX", "ADP", "SCONJ", "CCONJ")
_JOINED = re.compile(r"[\"”’],?\s+(?:and|or|but|then)$")


@dataclass(frozen=True, slots=True)
class Decision:
    """What a marked span is: ``kind`` (direct/partial) and its cue token, if any."""

    kind: str
    cue: Token | None


def _inside(token: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    return covered(quoted, token.idx)


def _named(text: str, mark: int, lexicon: Lexicon, content: str) -> bool:
    """Whether a naming phrase ("so-called", "dubbed", ...) ends right before the mark."""
    before = " ".join(text[max(0, mark - 40) : mark].lower().split())
    for phrase, reason in lexicon.naming.items():
        if not before.endswith(phrase):
            continue
        whole_word = len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()
        # a title phrase ("the film") only names a capitalized title
        if whole_word and (reason != "title" or content[:1].isupper()):
            return True
    return False


def _title_like(content: str) -> bool:
    """A short phrase whose every word is capitalized or a number: a name or title."""
    words = _WORD.findall(content)
    if not words or len(words) > 6 or content.rstrip(_MARKS)[-1:] in "?!":
        return False
    return all(not w[0].islower() for w in words if w.lower() not in _MINOR_WORDS)


def _opens_sentence(text: str, mark: int) -> bool:
    """Whether the mark opens a paragraph, follows a colon, comma, dash or sentence end,
    or follows another quote and a conjunction ("..." and "...")."""
    before = text[:mark].rstrip(" \t")
    if _JOINED.search(before):
        return True
    if not before or before.endswith("\n"):
        return True
    last = before.rstrip(_MARKS + ")")[-1:] if before[-1] in _MARKS + ")" else before[-1]
    return last in _DIRECT_BEFORE or last in _SENTENCE_END or not last


def _adjacent_cue(
    before: Token | None, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]
) -> tuple[bool, Token | None]:
    """Climb from the token before the mark to a reporting verb through non-verbs.

    Returns (direct position?, cue). "said on Friday "..."" reaches "said"
    through "Friday" and "on"; "the United States is "..."" stops at the
    verb "is" (the quote is inside the writer's clause: partial).
    """
    token = before
    if token is not None and token.text in _SENTENCE_END:
        return False, None  # a sentence end hangs on the sentence before: not this quote's cue
    for _ in range(4):
        if token is None or _inside(token, quoted):
            return False, None
        if is_cue_verb(token, lexicon):
            cue = lexicon.verb(token.lemma_)
            return (cue is not None and not cue.evaluative), token
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return False, None
        token = token.head
    return False, None


def _window(doc: Doc, span: MarkedSpan, index: TokenIndex) -> tuple[int, int]:
    """Token range of the parsed sentences from the opening to the closing mark."""
    first = index.at_or_after(span.open)
    last = max(first, index.at_or_after(span.close) - 1)
    first = min(first, len(doc) - 1)
    last = min(last + 1, len(doc) - 1)
    lo = index.sentence(first)[0]
    # a quote opening its parsed sentence after ":" or ";" belongs to the sentence before
    if lo > 0 and index.text[: span.open].rstrip()[-1:] in ":;":
        lo = index.sentence(lo - 1)[0]
    return lo, index.sentence(last)[1]


def _cue_tokens(
    doc: Doc, lo: int, hi: int, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]
) -> list[Token]:
    out = []
    for token in doc[lo:hi]:
        if _inside(token, quoted):
            continue
        if (
            is_cue_verb(token, lexicon)
            or (token.pos_ == "NOUN" and lexicon.noun(token.lemma_))
            or (
                token.lower_ == "according"
                and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ == "to"
            )
        ):
            out.append(token)
    return out


def _after_cue(
    doc: Doc,
    span: MarkedSpan,
    index: TokenIndex,
    lexicon: Lexicon,
    quoted: Sequence[tuple[int, int]],
) -> Token | None:
    """A reporting verb right after the closing mark (""...," he said").

    Only the speaker's name may stand between the mark and the verb: any other
    verb, preposition, conjunction or clause punctuation ends the search.
    """
    text = index.text
    content_end = text[span.start : span.end].rstrip(_MARKS + "])")[-1:]
    rest = text[span.close + 1 : span.close + 40].lstrip(" ,\n")
    # "?" he asked / "?" I asked: a lower-case word (or "I") after the mark goes on the sentence
    follow = "i" if rest.split()[:1] == ["I"] else rest[:1]
    if content_end in _SENTENCE_END and not follow.islower():
        return None
    i = index.at_or_after(span.close + 1)
    for token in doc[i : i + _AFTER_TOKENS]:
        if is_cue_verb(token, lexicon, adjacent=True) and not _inside(token, quoted):
            return token
        if token.is_space and token.text.count("\n") == 1 and follow.islower():
            continue  # one sentence per line: the attribution goes on below the quote
        if "\n" in token.text or token.text in _MARKS or token.text in ";:" + _SENTENCE_END:
            return None
        if token.pos_ in _NOT_NAME or _inside(token, quoted):
            return None
    return None


def classify(
    doc: Doc,
    span: MarkedSpan,
    index: TokenIndex,
    lexicon: Lexicon,
    quoted: Sequence[tuple[int, int]],
) -> Decision | None:
    """The kind of ``span`` and its adjacent cue, or None when it quotes nobody."""
    text = index.text
    content = text[span.start : span.end]
    if not any(c.isalnum() for c in content) or _named(text, span.open, lexicon, content):
        return None
    others = [q for q in quoted if q != (span.start, span.end)]
    direct, cue = _adjacent_cue(index.before(span.open), lexicon, others)
    after = _after_cue(doc, span, index, lexicon, others)
    if direct or _opens_sentence(text, span.open):
        if _title_like(content) and cue is None and after is None:
            return None
        return Decision("direct", cue or after)
    first = next((c for c in content if c.isalnum()), "")
    if not first.islower() and (cue is None or _title_like(content)):
        return None  # a capitalized fragment is a name or title, unless someone calls it that
    lo, hi = _window(doc, span, index)
    if not _cue_tokens(doc, lo, hi, lexicon, quoted):
        return None
    return Decision("partial", cue or after)


def find_cue(
    doc: Doc,
    span: MarkedSpan,
    decision: Decision,
    index: TokenIndex,
    lexicon: Lexicon,
    quoted: Sequence[tuple[int, int]],
) -> Token | None:
    """The cue that attributes ``span``: adjacent first, then the nearest in its sentence.

    Looks before the opening mark (nearest first), then after the closing
    mark, within the parsed sentences the quote spans.
    """
    if decision.cue is not None:
        return decision.cue
    lo, hi = _window(doc, span, index)
    cues = _cue_tokens(doc, lo, hi, lexicon, quoted)
    before = [t for t in cues if t.idx < span.open]
    if before:
        return before[-1]
    after = [t for t in cues if t.idx > span.close]
    return after[0] if after else _attribution_after(doc, span, index, lexicon)


_ATTRIBUTION_TOKENS = 12  # longest "Name, title, said." sentence after a closed quote


def _attribution_after(
    doc: Doc, span: MarkedSpan, index: TokenIndex, lexicon: Lexicon
) -> Token | None:
    """The cue of a bare attribution sentence right after the closing mark.

    ""... this story." Khiyami said.": the quote ends its sentence, and the next
    one only says who spoke (a subject and a reporting verb with nothing reported
    of its own, a time word at most).
    """
    i = index.at_or_after(span.close + 1)
    if i >= len(doc) or index.text[span.close + 1 : doc[i].idx].strip():
        return None
    lo, hi = index.sentence(i)
    if lo != i or hi - lo > _ATTRIBUTION_TOKENS:
        return None
    for token in doc[lo:hi]:
        if token.dep_ == "ROOT" and is_cue_verb(token, lexicon):
            deps = {c.dep_ for c in token.children}
            if "nsubj" in deps and not deps & {"ccomp", "dobj", "xcomp", "advcl", "conj"}:
                return token
    return None
