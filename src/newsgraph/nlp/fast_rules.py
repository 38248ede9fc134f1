"""Output-identical, faster stand-ins for two rule-based components of spaCy pipelines.

Profiling the stock English pipeline on news text shows two rule components
costing as much as the dependency parser:

* ``attribute_ruler`` (~11% of parse time): a spaCy ``Matcher`` tries each of
  its ~180 patterns at every token, although nearly all of them are one token
  long and name the exact tag or word they want.
* ``lemmatizer`` in ``rule`` mode (~10%): it builds a Token and its
  morphology dictionary for every token, and its cache misses the common
  "already a base form" case.

:class:`FastAttributeRuler` finds the same matches through dictionary
look-ups on the token attribute arrays (multi-token and regular-expression
patterns still go through a ``Matcher``), then hands them to the original
component's own ``set_annotations``. :class:`FastLemmatizer` calls the
original lemmatizer once per distinct (form, part of speech, morphology) and
caches the lemma: that triple is all the rule lemmatizer reads. Both keep the
original component (disabled, so it is not run twice) and produce exactly its
output; ``tests/test_fast_rules.py`` checks that on varied text and
``benchmarks/bench_fast_rules.py`` on the Wikinews corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

__all__ = [
    "FAST_ATTRIBUTE_RULER",
    "FAST_LEMMATIZER",
    "FastAttributeRuler",
    "FastLemmatizer",
    "install_fast_rules",
]

FAST_ATTRIBUTE_RULER = "newsgraph_fast_attribute_ruler"
FAST_LEMMATIZER = "newsgraph_fast_lemmatizer"

# Token attributes a pattern may test on the fast path, and their column in
# the array read from each Doc.
_COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]

_MEMO_LIMIT = 200_000  # distinct (word, tag, dep, space) combinations remembered

# One predicate on one column: the hashes it accepts (or, negated, rejects),
# or a regular expression searched in the attribute's string.
_Test = tuple[int, frozenset[int] | re.Pattern[str], bool]  # column, values, negated
# A rule's pattern: (rule, match id, tests of the first token, tests of the next ones).
_Pattern = tuple[int, int, list[_Test], list[list[_Test]]]


def _value_id(attr: str, value: Any, strings: Any) -> int:
    if attr == "IS_SPACE":
        return int(bool(value))
    return int(strings.add(value))


def _test(attr: str, spec: Any, strings: Any) -> _Test | None:
    """One attribute's condition as a column test, or None when only the Matcher has it."""
    if attr not in _COLUMNS:
        return None
    column = _COLUMNS[attr]
    if isinstance(spec, (str, bool)):
        return column, frozenset({_value_id(attr, spec, strings)}), False
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    op, value = next(iter(spec.items()))
    if op in ("IN", "NOT_IN") and isinstance(value, list):
        return column, frozenset(_value_id(attr, v, strings) for v in value), op == "NOT_IN"
    if op == "REGEX" and isinstance(value, str) and attr != "IS_SPACE":
        return column, re.compile(value), False
    return None  # comparisons, FUZZY, ...: left to the Matcher


def _tests(token: dict[str, Any], strings: Any) -> list[_Test] | None:
    """A pattern token (no operator) as column tests, or None when it needs the Matcher."""
    tests = [_test(attr, spec, strings) for attr, spec in token.items()]
    return [t for t in tests if t is not None] if None not in tests else None


class FastAttributeRuler:
    """The matches of an :class:`AttributeRuler`, found by look-up; applied by the ruler itself."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.fallback = Matcher(ruler.vocab, validate=False)
        # Patterns keyed by a value their first token requires, so a token only
        # checks those that can match it: (column, value) -> patterns.
        self.keyed: dict[tuple[int, int], list[_Pattern]] = {}
        self.unkeyed: list[_Pattern] = []
        self.rule_of: dict[int, int] = {}
        entries: list[dict[str, Any]] = list(ruler.patterns)
        for rule, entry in enumerate(entries):
            key = str(rule)  # AttributeRuler names each rule's patterns by its index
            match_id = int(self.strings.add(key))
            self.rule_of[match_id] = rule
            patterns: list[list[dict[str, Any]]] = entry["patterns"]
            for pattern in patterns:
                tokens = [_tests(token, self.strings) for token in pattern]
                if not tokens or any(t is None for t in tokens):
                    self.fallback.add(key, [pattern])
                else:
                    self._index(rule, match_id, [t for t in tokens if t is not None])
        self.has_fallback = len(self.fallback) > 0
        # What a token starts depends only on its four attribute values.
        self.memo: dict[tuple[int, ...], tuple[_Pattern, ...]] = {}

    def _index(self, rule: int, match_id: int, tokens: list[list[_Test]]) -> None:
        first = tokens[0]
        # Key on the first exact test (LOWER first: it is the most selective).
        exact = sorted(
            (t for t in first if isinstance(t[1], frozenset) and not t[2] and len(t[1]) == 1),
            key=lambda t: t[0],
        )
        if exact:
            column, values, _ = exact[0]
            assert isinstance(values, frozenset)
            pattern = (rule, match_id, [t for t in first if t is not exact[0]], tokens[1:])
            self.keyed.setdefault((column, next(iter(values))), []).append(pattern)
        else:
            self.unkeyed.append((rule, match_id, first, tokens[1:]))

    def _holds(self, tests: list[_Test], row: list[int]) -> bool:
        for column, values, negated in tests:
            if isinstance(values, frozenset):
                met = row[column] in values
            else:
                met = values.search(self.strings[row[column]]) is not None
            if met == negated:
                return False
        return True

    def _started(self, row: list[int]) -> tuple[_Pattern, ...]:
        """The patterns whose first token a token with these attribute values matches."""
        found: list[_Pattern] = []
        keyed = self.keyed
        for candidates in (
            keyed.get((0, row[0])),
            keyed.get((1, row[1])),
            keyed.get((2, row[2])),
            keyed.get((3, row[3])),
            self.unkeyed,
        ):
            found.extend(p for p in candidates or () if self._holds(p[2], row))
        return tuple(found)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The same list as ``AttributeRuler.match``: (rule, match id, start, end), sorted."""
        memo = self.memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        found: set[tuple[int, int, int, int]] = set()
        rows = doc.to_array(_ARRAY_ATTRS).tolist() if len(doc) else []
        for i, row in enumerate(rows):
            signature = tuple(row)
            started = memo.get(signature)
            if started is None:
                started = memo[signature] = self._started(row)
            for rule, match_id, _, rest in started:
                end = i + 1 + len(rest)
                if not rest or (
                    end <= len(rows)
                    and all(self._holds(t, rows[i + 1 + k]) for k, t in enumerate(rest))
                ):
                    found.add((rule, match_id, i, end))
        if self.has_fallback:
            rule_of = self.rule_of
            found.update(
                (rule_of[m], m, s, e)
                for m, s, e in self.fallback(doc, allow_missing=True, as_spans=False)
            )
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        """Set the ruler's attributes on ``doc`` (in place, like the original)."""
        self.ruler.set_annotations(doc, self.match(doc))  # type: ignore[no-untyped-call]
        return doc


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Hold each part of speech's word index as a set, in the lemmatizer's own table.

    The rule mode only asks whether a form a suffix rule makes is in the index
    (``form in index``); kept as loaded, a list of up to 57,000 words, each new word
    scanned it once per form (about 0.1 ms), most of the lemmatizer's time on unseen
    words. A set answers the same question at once; lemmas are unchanged.
    """
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        if not isinstance(words, frozenset):
            index[key] = frozenset(words)


class FastLemmatizer:
    """A rule-mode :class:`Lemmatizer` with a cache keyed by (form, POS, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}
        _index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``lemma`` on the tokens that have none (or all, if the lemmatizer overwrites)."""
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        cache, strings = self.cache, doc.vocab.strings
        lemmatize: Callable[..., list[str]] = self.lemmatizer.lemmatize
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = int(strings.add(lemmatize(doc[i])[0]))
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64))  # type: ignore[arg-type]
        return doc


@Language.factory(FAST_ATTRIBUTE_RULER)
def _make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return FastAttributeRuler(ruler)


@Language.factory(FAST_LEMMATIZER)
def _make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    return FastLemmatizer(lemmatizer)


def install_fast_rules(nlp: Language) -> list[str]:
    """Put the fast stand-ins in place of the stock components ``nlp`` has; return their names.

    The stock components stay in the pipeline, disabled: they hold the
    patterns and tables the stand-ins use. A lemmatizer in another mode than
    ``rule`` (a lookup table is fast already) is left alone.
    """
    installed = []
    if isinstance(_pipe(nlp, "attribute_ruler"), AttributeRuler):
        nlp.add_pipe(FAST_ATTRIBUTE_RULER, before="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
        installed.append(FAST_ATTRIBUTE_RULER)
    lemmatizer = _pipe(nlp, "lemmatizer")
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        nlp.add_pipe(FAST_LEMMATIZER, before="lemmatizer")
        nlp.disable_pipe("lemmatizer")
        installed.append(FAST_LEMMATIZER)
    return installed


def _pipe(nlp: Language, name: str) -> object | None:
    return nlp.get_pipe(name) if name in nlp.pipe_names else None
