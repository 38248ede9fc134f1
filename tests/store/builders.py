"""Hand-built analyses for store tests: invented text, offsets found by search (no model)."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    Event,
    Evidence,
    Mention,
    Quote,
    Relation,
    Sentence,
    Title,
)

__all__ = ["ActorSpec", "babble", "build", "span"]


def span(text: str, needle: str, nth: int = 0) -> Evidence:
    """The ``nth`` occurrence of ``needle`` in ``text`` as Evidence."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    start = starts[nth]
    return Evidence(start, start + len(needle), needle)


class ActorSpec:
    """An actor of a test article: names to find in the text and coding."""

    def __init__(self, local: str, name: str, type_: str, surfaces: Sequence[str] = (),
                 country: str | None = None, sector: str | None = None,
                 titles: Sequence[str] = (), key: str = "") -> None:
        self.local, self.name, self.type = local, name, type_
        self.surfaces = tuple(surfaces) or (name,)
        self.country, self.sector, self.titles, self.key = country, sector, tuple(titles), key

    def build(self, text: str) -> Actor:
        mentions = []
        for surface in self.surfaces:
            for m in re.finditer(re.escape(surface), text):
                mentions.append(Mention(m.start(), m.end(), surface, "ORG"))
        ordered = tuple(sorted(mentions, key=lambda m: m.start))
        return Actor(self.local, self.name, self.type, ordered,
                     country=self.country, sector=self.sector,
                     titles=tuple(Title(t) for t in self.titles), key=self.key)


def _sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(m.start(), m.end(), m.group())
                 for m in re.finditer(r"[^\s][^\n]*?[.!?](?=\s|$)|[^\s][^\n.!?]*$", text, re.M))


def build(doc_id: str, text: str, published: str | None, actors: Sequence[ActorSpec] = (),
          quotes: Sequence[tuple[str, str | None, str]] = (),
          events: Sequence[tuple[str, str | None, str | None, str, float | None]] = (),
          relations: Sequence[tuple[str, str, str, str]] = (), title: str | None = None,
          version: str = "0.1.0") -> Analysis:
    """An Analysis of ``text``.

    quotes: (quoted text, speaker local id, cue word); events: (type, actor,
    recipient, trigger word, intensity); relations: (source, relation, target,
    evidence phrase). Every span is found in ``text`` by search.
    """
    sentences = _sentences(text)

    def sentence_of(ev: Evidence) -> Evidence:
        s = next(s for s in sentences if s.start <= ev.start < s.end)
        return Evidence(s.start, s.end, s.text)

    built_quotes = tuple(Quote("direct", *_triple(span(text, q)), speaker=who,
                               cue=span(text, cue)) for q, who, cue in quotes)
    built_events = tuple(
        Event(kind, span(text, trigger), sentence_of(span(text, trigger)), actor=a,
              recipient=r, intensity=intensity, cameo="18" if kind == "ASSAULT" else "04")
        for kind, a, r, trigger, intensity in events)
    built_relations = tuple(Relation(s, rel, t, span(text, phrase))
                            for s, rel, t, phrase in relations)
    return Analysis(Article(doc_id, text, title=title, published=published,
                            origin=f"test:{doc_id}"),
                    sentences, tuple(a.build(text) for a in actors), (), built_quotes,
                    built_events, built_relations, version)


def _triple(ev: Evidence) -> tuple[int, int, str]:
    return ev.start, ev.end, ev.text


_WORDS = " ".join((
    "harbor council river tariff grain border envoy treaty market bridge convoy",
    "ministry senate coalition rail power drought vote charter pledge festival",
    "summit ferry cable orchard refinery clinic school budget storm quarry",
)).split(" ")


def babble(seed: int, words: int = 120) -> str:
    """Deterministic invented filler text (for near-duplicate tests), in sentences of 8 words."""
    rng = random.Random(seed)
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    return " ".join(" ".join(chosen[i:i + 8]).capitalize() + "." for i in range(0, words, 8))
