"""The seed article: the ten gold actors, once each, with country, sector and every mention."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.eval.actors import match_actors, normalize_surface

from ..conftest import GOLD


@pytest.mark.model
def test_seed_gold_actors(nlp: Language, seed_text: str) -> None:
    gold = json.loads((GOLD / "seed.gold.json").read_text(encoding="utf-8"))["actors"]
    result = extract_actors(nlp(seed_text))
    pairs, extra, missed = match_actors(gold, result.actors)
    assert not missed
    assert not extra
    real = [pair for pair in pairs if not pair.split]
    assert sorted(p.gold["name"] for p in real) == sorted(g["name"] for g in gold)
    for pair in real:
        assert (pair.actor.country, pair.actor.sector) == (
            pair.gold["country"],
            pair.gold.get("sector"),
        )
        found = {normalize_surface(m.text) for m in pair.actor.mentions}
        assert {normalize_surface(m) for m in pair.gold["mentions"]} <= found, pair.gold["name"]
    for mention in result.mentions:
        assert seed_text[mention.start : mention.end] == mention.text
