"""The near-duplicate check asks for all LSH bands in one query, on both backends."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Analysis, Article
from newsgraph.store import open_store
from newsgraph.store.dedup import sign
from newsgraph.store.writer import find_duplicate

from .builders import babble


def _analysis(article: Article) -> Analysis:
    return Analysis(article=article, sentences=(), actors=(), places=(), quotes=(), events=(),
                    relations=(), pipeline_version="test")


def test_the_bands_are_looked_up_in_one_query(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = babble(21, 200)
    with open_store(db_url) as store:
        store.add(_analysis(Article(id="original", text="Harbor reopens\n" + body)))
        queries: list[str] = []
        fetchall = type(store.db).fetchall

        def counting(self: Any, sql: str, params: Any = ()) -> Any:
            queries.append(sql)
            return fetchall(self, sql, params)

        monkeypatch.setattr(type(store.db), "fetchall", counting)
        found = find_duplicate(store.db, sign(body[: int(len(body) * 0.8)]))  # a trimmed copy
        assert found is not None and found[1] >= 0.9
        assert sum("minhash_bands" in q for q in queries) == 1
        queries.clear()
        assert find_duplicate(store.db, sign(babble(23, 200))) is None  # another story
        assert sum("minhash_bands" in q for q in queries) == 1
