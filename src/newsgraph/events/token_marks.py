"""Which tokens of a doc carry one of a lexicon's words, found at once for the whole doc.

Most tokens are no trigger: the events stage tests the lemma and lower-case hashes of
every token against the lexicon's keys in one numpy pass per doc, then picks out each
sentence's share with a binary search, instead of building a Python object per token.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span


def token_hashes(doc: Doc) -> npt.NDArray[np.uint64]:
    """Lemma and lower-case hashes of every token of ``doc`` (one row per token)."""
    return np.asarray(doc.to_array([LEMMA, LOWER]), dtype=np.uint64).reshape(len(doc), 2)


def marked(hashes: npt.NDArray[np.uint64], keys: frozenset[int]) -> tuple[int, ...]:
    """Positions (ascending) of the tokens of a doc with a hash (a row of
    :func:`token_hashes`) in ``keys``. Computed once per doc: a test per
    sentence costs more."""
    if not len(hashes) or not keys:
        return ()
    # A binary search in the sorted keys: np.isin would sort the keys again at every call.
    table = _key_array(keys)
    at = np.minimum(np.searchsorted(table, hashes), len(table) - 1)
    found = (table[at] == hashes).any(axis=1)
    return tuple(np.flatnonzero(found).tolist())


@lru_cache(maxsize=16)
def _key_array(keys: frozenset[int]) -> npt.NDArray[np.uint64]:
    """``keys`` as a sorted array (built once per lexicon)."""
    return np.sort(np.fromiter(keys, dtype=np.uint64, count=len(keys)))


def matching(sent: Span, positions: Sequence[int]) -> Sequence[int]:
    """The ``positions`` (see :func:`marked`) that lie in ``sent``."""
    return positions[bisect_left(positions, sent.start) : bisect_left(positions, sent.end)]
