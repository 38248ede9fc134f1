"""The trigger pre-filter: positions of tokens whose lemma or lower-case hash is a key."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.events.frames import marked

_HASHES = st.integers(min_value=0, max_value=2**64 - 1)


@given(
    rows=st.lists(st.tuples(_HASHES, _HASHES), max_size=60),
    keys=st.frozensets(_HASHES, max_size=40),
    reuse=st.lists(st.integers(min_value=0, max_value=59), max_size=20),
)
def test_marked_is_a_membership_test_on_either_column(
    rows: list[tuple[int, int]], keys: frozenset[int], reuse: list[int]
) -> None:
    table = [list(row) for row in rows]
    ordered = sorted(keys)
    for n, i in enumerate(reuse):  # plant some keys, in either column
        if i < len(table) and ordered:
            table[i][n % 2] = ordered[n % len(ordered)]
    hashes = np.asarray(table, dtype=np.uint64).reshape(len(table), 2)
    expected = tuple(i for i, (a, b) in enumerate(table) if a in keys or b in keys)
    assert marked(hashes, keys) == expected


def test_keys_above_every_hash_and_below_every_hash_are_not_found() -> None:
    hashes = np.asarray([[5, 6], [7, 8]], dtype=np.uint64)
    assert marked(hashes, frozenset({1, 2})) == ()
    assert marked(hashes, frozenset({2**64 - 1})) == ()
    assert marked(hashes, frozenset({8, 2**64 - 1})) == (1,)
    assert marked(np.zeros((0, 2), dtype=np.uint64), frozenset({1})) == ()
