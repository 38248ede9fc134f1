"""Token-level lookups shared by the detection steps: candidates, titles, headlines, lines.

Kept apart from :mod:`.detect` (which joins the steps) and :mod:`.things`
(which judges what a name names) so that both can use them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, ORTH
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .lexicon import OrgEntry, cue_words, lexicons

__all__ = [
    "Candidate",
    "headline_tokens",
    "kept_titles",
    "known_surfaces",
    "line_ranges",
    "occurrences",
    "pattern_doc",
    "section_label_country",
    "section_label_end",
    "span_text",
    "text_of",
    "title_matches",
    "token_bounds",
    "token_indices",
    "token_texts",
    "word_positions",
]

_SENTENCE_END = frozenset({".", "?", "!", '"', "”", ":"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity span (token offsets) with what the lexicons know about it.

    ``source`` is ``ner`` (the model) or ``ruler`` (a lexicon); ``kind`` is
    country, demonym, capital, org, or "" for a model entity; ``iso3`` the
    country a country-kind lexicon entry names; ``org`` the lexicon entry.
    """

    start: int
    end: int
    label: str
    source: str
    kind: str = ""
    iso3: str | None = None
    org: OrgEntry | None = None


#: Where :func:`span_text` keeps the Doc's text and token bounds in ``doc.user_data``.
_BOUNDS_KEY = "newsgraph.token_bounds"


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (for ``0 <= start <= end <= len(doc)``), cut from the
    article's text: a Span's text joins Token objects made for it, and the stages ask
    for the text of thousands of short spans."""
    text, starts, ends = token_bounds(doc)
    return text[starts[start] : ends[end - 1]] if start < end else ""


def token_texts(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The texts of tokens ``start`` to ``end`` (within the Doc), cut from the article's text."""
    text, starts, ends = token_bounds(doc)
    return tuple(text[starts[i] : ends[i]] for i in range(start, end))


def text_of(words: Span) -> str:
    """``words.text``, cut from the article's text by :func:`span_text`."""
    return span_text(words.doc, words.start, words.end)


#: the last Doc :func:`word_positions` read, its length and its table (one Doc kept)
_LAST_POSITIONS: list[Any] = [None, 0, {}]


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """Token text -> the indices of the tokens that have it, built once for the Doc at hand:
    the detection steps look a word up in the whole article for many of its entities."""
    if _LAST_POSITIONS[0] is not doc or _LAST_POSITIONS[1] != len(doc):
        text, starts, ends = token_bounds(doc)
        positions: dict[str, list[int]] = {}
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            positions.setdefault(text[start:end], []).append(i)
        _LAST_POSITIONS[:] = [doc, len(doc), positions]
    found: dict[str, list[int]] = _LAST_POSITIONS[2]
    return found


def token_bounds(doc: Doc) -> tuple[str, list[int], list[int]]:
    """The Doc's text (:func:`newsgraph.nlp.doc_text`) and the character offsets where
    each token starts and ends, read once per Doc and kept in ``doc.user_data``."""
    from ..nlp import doc_text  # not at the top: newsgraph.nlp imports this package

    stored = doc.user_data.get(_BOUNDS_KEY)
    if not isinstance(stored, list) or stored[0] != len(doc):
        starts: list[int] = []
        ends: list[int] = []
        if len(doc):
            table = doc.to_array([IDX, LENGTH])
            starts, ends = table[:, 0].tolist(), (table[:, 0] + table[:, 1]).tolist()
        stored = [len(doc), starts, ends]
        doc.user_data[_BOUNDS_KEY] = stored
    return doc_text(doc), stored[1], stored[2]


@lru_cache(maxsize=1)
def _tokenizer() -> spacy.language.Language:
    return spacy.blank("en")


def pattern_doc(vocab: Vocab, text: str) -> Doc:
    """``text`` tokenized as the pipeline would, on ``vocab``: a PhraseMatcher pattern."""
    words = _tokenizer().make_doc(text)
    return Doc(vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])


def token_indices(doc: Doc, words: frozenset[str], lower: bool = True) -> list[int]:
    """Indices of the tokens whose lower-case form (or exact text) is one of ``words``.

    One pass over the token attributes' hashes instead of a loop over Token
    objects: the stages look for a few words (pronouns, first names,
    description nouns) in every article. (A set test beats ``numpy.isin``,
    which sorts both arrays on every call.)
    """
    if not len(doc) or not words:
        return []
    hashes = _hashes(words)
    column = doc.to_array([LOWER if lower else ORTH]).reshape(-1).tolist()
    return [i for i, key in enumerate(column) if key in hashes]


def occurrences(doc: Doc, names: Iterable[tuple[str, ...]]) -> list[tuple[int, int]]:
    """The token spans whose texts are one of ``names`` (token texts), by start, the
    longest first: what a PhraseMatcher on ORTH finds, without building one per article."""
    by_first: dict[int, list[list[int]]] = {}
    for words in names:
        keys = [get_string_id(w) for w in words]
        by_first.setdefault(keys[0], []).append(keys)
    if not len(doc) or not by_first:
        return []
    orths = cast("list[int]", doc.to_array([ORTH]).reshape(-1).tolist())
    found = [
        (i, i + len(keys))
        for i, key in enumerate(orths)
        if key in by_first
        for keys in by_first[key]
        if orths[i : i + len(keys)] == keys
    ]
    return sorted(found, key=lambda m: (m[0], -m[1]))


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


@lru_cache(maxsize=4)
def _title_matcher(vocab: Vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    titles = lexicons().titles
    # the tokenizer keeps "Gen." whole but splits "gen.": match the capitalised form of
    # abbreviated ranks and offices too ("Lt. Gen.", "Rep."; not "Mr." or "Dr.", which
    # would outrank the office a person is named by)
    capitalised = (
        " ".join(w[:1].upper() + w[1:] for w in t.split())
        for t, entry in titles.items()
        if "." in t and entry.sector in ("MIL", "LEG", "GOV")
    )
    matcher.add("title", [pattern_doc(vocab, t) for t in (*titles, *capitalised)])
    return matcher


#: the Doc :func:`kept_titles` is open for, and its title matches
_KEPT_TITLES: list[Any] = [None, []]


@contextmanager
def kept_titles(doc: Doc) -> Iterator[None]:
    """Inside the block, :func:`title_matches` of ``doc`` is found once, not on every call:
    for steps that read the titles while the Doc's tags and entities stay as they are."""
    _KEPT_TITLES[:] = [doc, title_matches(doc)]
    try:
        yield
    finally:
        _KEPT_TITLES[:] = [None, []]


def title_matches(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of titles and ranks (longest first where they overlap), in text order."""
    if _KEPT_TITLES[0] is doc:
        return list(_KEPT_TITLES[1])
    spans = [(s, e) for _, s, e in _title_matcher(doc.vocab)(doc) if not _adjective(doc, s, e)]
    spans.sort(key=lambda se: (se[0], -(se[1] - se[0])))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


def _adjective(doc: Doc, start: int, end: int) -> bool:
    """A one-word rank written lower case and used as an adjective of a thing ("a major
    Jo Doe exhibition", "the general manager"), not as a title ("the general said",
    "Iranian general Jo Doe": the adjective of a person is his rank)."""
    token = doc[start]
    if end - start != 1 or not token.is_lower or token.pos_ != "ADJ":
        return False
    return token.head.ent_type_ != "PERSON" and token.head.pos_ == "NOUN"


def headline_tokens(doc: Doc) -> set[int]:
    """Indices of tokens on headline lines: title case, at least three words, no final period."""
    out: set[int] = set()
    for start, end in line_ranges(doc):
        last = end - 1
        while last >= start and doc[last].is_space:
            last -= 1
        if last - start < 2 or doc[last].text in _SENTENCE_END:  # most lines: no word scan
            continue
        line = [i for i in range(start, last + 1) if not doc[i].is_space]
        if _is_headline(doc, line):
            out.update(line)
    return out


_LABEL_KEY = "newsgraph.section_label"
#: capitalised words that open a sentence but never continue a country's name ("According to")
_OPENERS = frozenset({"according", "yesterday", "earlier", "shortly", "following"})


def section_label_end(doc: Doc) -> int:
    """The end token of a section label run into the first sentence, or 0 when there is none.

    Old Wikinews pages lost the line break after their section label, so the
    text opens "Canadian news A campaign ad ...", "United States infobox On
    Wednesday ..." or "Poland A court ...". Such a label is no mention: its
    country is neither a participant nor the country of the name after it. A
    label is up to four capitalised words at the very start followed by "news"
    or "infobox" (or one word ending "_Infobox"), or a country's name followed
    by a capitalised word that only opens sentences ("The", "On", "According";
    not a title or a name: "UK Prime Minister Jo Doe" is prose) or by a count
    ("Ruritania Sixteen policemen ...", "Ruritania 25 nurses ..."). The text is
    left unchanged (offsets hold); only the tokens are set aside.
    """
    cached = doc.user_data.get(_LABEL_KEY)
    if isinstance(cached, list) and cached[0] == len(doc):
        return int(cached[1])  # the first reading wins: later ones see corrected entities
    end = _label_end(doc)
    doc.user_data[_LABEL_KEY] = [len(doc), end]
    return end


def _label_end(doc: Doc) -> int:
    if len(doc) < 3 or not doc[0].is_title and not doc[0].is_upper:
        return 0
    if doc[0].text.lower().endswith("_infobox") and doc[1].is_title:
        return 1
    for k in range(1, min(5, len(doc) - 1)):
        if not (doc[k - 1].text[:1].isupper() or doc[k - 1].is_digit) or doc[k - 1].is_space:
            return 0
        nxt = doc[k]
        # cue_words.tsv "section_label": words that end a section label of old Wikinews
        # pages ("Canadian news", "United States infobox")
        label = nxt.text in cue_words("section_label")
        if label and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            return k + 1
        name = doc[0:k].text
        if name in lexicons().country_names and doc[k - 1].whitespace_ != "" and _opens(doc, k):
            return k
    return 0


def _opens(doc: Doc, k: int) -> bool:
    """Whether token ``k``, right after a country's name at the start, opens a sentence:
    a word that only opens sentences ("The", "On", "According"), the country named again
    ("Ruritania Ruritania's", "Ruritania The Ruritanian"), a capitalised common noun that is
    no title word ("Ruritania Paramedics employed ..."), or a person's name with no title
    ("Ruritania Jo Doe, leader of ..."): a country right before a name or a title is prose
    ("UK Prime Minister Jo Doe") and stays."""
    lex = lexicons()
    nxt = doc[k]
    if nxt.like_num and (nxt.is_digit or nxt.is_title or not nxt.is_alpha):
        return True  # "Ruritania Sixteen police officers ...", "Ruritania 25 nurses ...": a count
    if not nxt.is_title:
        return False
    if nxt.is_stop or nxt.lower_ in _OPENERS:
        return True
    if nxt.text in lex.country_names or nxt.text in lex.demonyms:
        return True
    if nxt.pos_ == "NOUN" and nxt.lower_ not in _title_words() | lex.org_keywords.keys():
        return not any(name.startswith(doc[: k + 1].text) for name in lex.orgs)
    return nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" and nxt.lower_ not in _title_words()


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(word for title in lexicons().titles for word in title.split())


def section_label_country(doc: Doc) -> str | None:
    """The country a leading section label names ("Canadian news" -> CAN), if any.

    The label says which country the story is filed under: no mention, but a
    clue to the story's country (see :func:`.salience.dominant_country`).
    """
    end = section_label_end(doc)
    if not end:
        return None
    lex = lexicons()
    words = doc[0:end].text.removesuffix(" news").removesuffix(" infobox")
    return lex.country_names.get(words) or lex.demonyms.get(words)


def _is_headline(doc: Doc, line: list[int]) -> bool:
    if len(line) < 3 or doc[line[-1]].text in _SENTENCE_END:  # checked first: most lines end so
        return False
    words = [doc[i] for i in line if doc[i].is_alpha]
    if len(words) < 3:
        return False
    content = [w for w in words if not w.is_stop or w.is_title]
    capital = sum(1 for w in content if w.text[0].isupper())
    return bool(content) and capital / len(content) >= 0.8


def line_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the Doc's lines: a line ends with a whitespace token holding a newline.

    spaCy keeps a token's trailing whitespace to one space, so a newline is
    always a token of its own; only those tokens are visited.
    """
    if not len(doc):
        return []
    spaces = numpy.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1)).tolist()
    text, starts, _ = token_bounds(doc)
    following = [*starts[1:], len(text)]  # where each token's text and whitespace end
    ends = [i + 1 for i in spaces if "\n" in text[starts[i] : following[i]]]
    bounds = sorted({*ends, len(doc)})
    return list(zip([0, *bounds[:-1]], bounds, strict=True))


@lru_cache(maxsize=1)
def known_surfaces() -> frozenset[str]:
    """Every lexicon name of a country, demonym, capital or organization."""
    lex = lexicons()
    tables = (lex.country_names, lex.demonyms, lex.capitals, lex.orgs)
    return frozenset(name for table in tables for name in table)
