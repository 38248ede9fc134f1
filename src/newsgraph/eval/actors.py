"""Actors task: canonical actors against the seed and Wikinews gold, mentions against GUM.

Gold sets and splits (tune on dev only, report test):

* ``seed`` — ``seed.gold.json``, the one reference article. It is **dev** (it
  was read while writing the rules); it is scored for ``dev`` and ``all``.
* ``wikinews`` — ``wikinews_quotes.gold.jsonl`` (20 articles, text joined on
  ``id`` with ``corpus/wikinews_en.jsonl``). Sorted by id, even positions
  (0, 2, ...) are dev, odd positions test.
* ``gum`` — ``gum_wikinews_entities.jsonl`` (43 documents). Sorted by id, even
  positions dev, odd positions test (alternating keeps interviews and news
  in both halves; the ids sort by genre).

Matching conventions:

* Actor gold lists mention *strings*. A predicted actor matches a gold actor
  when one of its named mentions (lexicon, model or alias mentions; not
  pronouns or descriptions) or its name equals the gold name or one of the
  gold mention strings, compared after folding case, curly apostrophes, a
  leading "the" and a trailing "'s"; an actor named by a common noun phrase
  (``nominal`` mentions: "Israeli troops") matches by those phrases too.
  Pairs are matched one to one, most shared strings first. Gold actors
  marked ``uncertain`` are left out: they count neither as misses nor, when
  predicted, as false positives.
* **Splits.** The gold is not consistent about a country's government: some
  articles list "Government of X" as an actor, others list "the government"
  or "the Chinese government" as a mention of the country. A predicted actor
  left unmatched whose every (non-pronoun) mention string is listed by
  exactly one gold actor is that gold actor at a finer grain: it is paired
  with it as a *split*, which counts neither as a true nor as a false
  positive (nor in the accuracies); its mentions count for the gold
  actor's ``mention_recall``, and the events task scores its events as that
  gold actor's. Likewise a group named only by common noun phrases
  ("U.S. forces") each of which contains a mention string of the one gold
  actor of its country ("U.S."): the gold folded the group into it.
* ``country_accuracy`` and ``sector_accuracy`` are over matched pairs (None
  equal to None counts as right). ``mention_recall`` is the share of the
  matched gold actors' mention strings found among the predicted actor's
  mentions (any source: this is where "The general" is checked).
* GUM: gold mentions are the named person / organization / place mentions
  (``is_named``, not a pronoun, containing a capital letter). A predicted
  mention (actor mentions from the model, lexicons and aliases, and place
  mentions; not demonyms, which GUM does not mark as names) matches a gold
  mention of the same type ending at the same character and starting inside
  it ("University of Helsinki" matches "the University of Helsinki"):
  head-aligned, one to one. A gold span's final possessive ("NASA's") is
  left out, since our mentions end before it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..actors import ActorResult, extract_actors
from ..config import DEFAULT_MODEL
from ..errors import ConfigError
from ..model import Actor
from ..nlp import load_pipeline
from . import Score, prf, prf_scores, read_jsonl

__all__ = ["TASK", "evaluate", "match_actors", "normalize_surface"]

TASK = "actors"

_NAMED_SOURCES = {"ner", "ruler", "alias", "acronym"}
_MATCH_SOURCES = _NAMED_SOURCES | {"nominal"}
_GUM_TYPES = {"person": "person", "organization": "organization", "place": "place"}
_PRONOUNS = {
    "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "it", "its",
    "we", "us", "our", "they", "them", "their", "there", "here", "this", "that",
}  # fmt: skip


def normalize_surface(text: str) -> str:
    """Fold a mention string for comparison: case, apostrophes, a leading "the", a final "'s"."""
    folded = " ".join(text.replace("’", "'").split()).casefold()
    folded = folded.removeprefix("the ")
    return folded.removesuffix("'s").strip()


@dataclass(frozen=True, slots=True)
class _Pair:
    gold: dict[str, Any]
    actor: Actor
    split: bool = False  # a finer-grained part of the gold actor (see the module docstring)


def _gold_surfaces(gold: dict[str, Any]) -> set[str]:
    return {normalize_surface(gold["name"])} | {normalize_surface(m) for m in gold["mentions"]}


def _predicted_surfaces(actor: Actor) -> set[str]:
    named = {normalize_surface(m.text) for m in actor.mentions if m.source in _MATCH_SOURCES}
    return named | {normalize_surface(actor.name)}


def _splits(gold: list[dict[str, Any]], rest: list[Actor]) -> tuple[list[_Pair], list[Actor]]:
    """Pair each unmatched actor whose every mention one gold actor lists with that actor."""
    surfaces = [_gold_surfaces(g) for g in gold]
    pairs: list[_Pair] = []
    left: list[Actor] = []
    for actor in rest:
        own = {normalize_surface(m.text) for m in actor.mentions if m.source != "pronoun"}
        owners = [g for g, listed in zip(gold, surfaces, strict=True) if own and own <= listed]
        if not owners and all(m.source == "nominal" for m in actor.mentions):
            owners = [
                g for g, listed in zip(gold, surfaces, strict=True)
                if g.get("country") == actor.country and own
                and all(any(f" {name} " in f" {phrase} " for name in listed) for phrase in own)
            ]  # fmt: skip
        if len(owners) == 1:
            pairs.append(_Pair(owners[0], actor, split=True))
        else:
            left.append(actor)
    return pairs, left


def match_actors(
    gold: list[dict[str, Any]], predicted: Iterable[Actor]
) -> tuple[list[_Pair], list[Actor], list[dict[str, Any]]]:
    """Match gold actors to predicted ones one to one by shared surface strings.

    Returns (matched pairs, unmatched predicted actors, unmatched gold actors);
    the pairs end with the splits (``split`` set), one gold actor possibly
    having several.
    """
    actors = list(predicted)
    scored = []
    for gi, g in enumerate(gold):
        surfaces = _gold_surfaces(g)
        for ai, actor in enumerate(actors):
            shared = len(surfaces & _predicted_surfaces(actor))
            if shared:
                scored.append((-shared, gi, ai))
    pairs: list[_Pair] = []
    used_gold: set[int] = set()
    used_actor: set[int] = set()
    for _, gi, ai in sorted(scored):
        if gi in used_gold or ai in used_actor:
            continue
        used_gold.add(gi)
        used_actor.add(ai)
        pairs.append(_Pair(gold[gi], actors[ai]))
    rest = [a for i, a in enumerate(actors) if i not in used_actor]
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    splits, rest = _splits(gold, rest)
    return pairs + splits, rest, missed


@dataclass
class _Tally:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    country_right: int = 0
    sector_right: int = 0
    mentions_found: int = 0
    mentions_gold: int = 0

    def add(self, gold: list[dict[str, Any]], actors: tuple[Actor, ...]) -> None:
        certain = [g for g in gold if not g.get("uncertain")]
        unsure = [g for g in gold if g.get("uncertain")]
        matched, rest, _ = match_actors(certain, actors)
        pairs = [pair for pair in matched if not pair.split]
        _, spurious, _ = match_actors(unsure, rest)
        self.tp += len(pairs)
        self.n_pred += len(pairs) + len(spurious)
        self.n_gold += len(certain)
        for pair in pairs:
            self.country_right += pair.gold.get("country") == pair.actor.country
            self.sector_right += pair.gold.get("sector") == pair.actor.sector
            parts = [p.actor for p in matched if p.gold is pair.gold]  # the actor and its splits
            found = {normalize_surface(m.text) for a in parts for m in a.mentions}
            wanted = {normalize_surface(m) for m in pair.gold["mentions"]}
            self.mentions_found += len(wanted & found)
            self.mentions_gold += len(wanted)

    def scores(self, dataset: str, split: str) -> list[Score]:
        p, r, f = prf(self.tp, self.n_pred, self.n_gold)
        tp = max(self.tp, 1)
        figures = [
            ("precision", p, self.n_pred),
            ("recall", r, self.n_gold),
            ("f1", f, self.n_gold),
            ("country_accuracy", self.country_right / tp if self.tp else 0.0, self.tp),
            ("sector_accuracy", self.sector_right / tp if self.tp else 0.0, self.tp),
            (
                "mention_recall",
                self.mentions_found / max(self.mentions_gold, 1),
                self.mentions_gold,
            ),
        ]
        return [Score(TASK, dataset, split, name, value, n) for name, value, n in figures]


def _analyze(texts: list[str], dates: list[str | None] | None = None) -> Iterator[ActorResult]:
    nlp = load_pipeline(DEFAULT_MODEL)
    dates = dates or [None] * len(texts)
    for doc, published in zip(nlp.pipe(texts, batch_size=8), dates, strict=True):
        yield extract_actors(doc, published)


def _take(rows: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    ordered = sorted(rows, key=lambda r: str(r["id"]))
    if split == "all":
        return ordered
    parity = 0 if split == "dev" else 1
    return [r for i, r in enumerate(ordered) if i % 2 == parity]


def _seed(gold_dir: Path, split: str) -> list[Score]:
    path = gold_dir / "seed.gold.json"
    if split == "test" or not path.is_file():
        return []
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (gold_dir.parent / gold["article"]).read_text(encoding="utf-8")
    tally = _Tally()
    for result in _analyze([text]):
        tally.add(gold["actors"], result.actors)
    return tally.scores("seed", split)


def _texts_by_id(corpus: Path, wanted: set[str]) -> dict[str, tuple[str, str | None]]:
    """(text, publication date) of the wanted corpus records."""
    found: dict[str, tuple[str, str | None]] = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if not any(w in line[:200] for w in wanted):
                continue
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = (record["text"], record.get("date"))
    return found


def _wikinews(gold_dir: Path, split: str) -> list[Score]:
    rows = _take(read_jsonl(gold_dir / "wikinews_quotes.gold.jsonl"), split)
    corpus = gold_dir.parent / "corpus" / "wikinews_en.jsonl"
    if not corpus.is_file():
        raise ConfigError("corpus file not found", str(corpus))
    texts = _texts_by_id(corpus, {r["id"] for r in rows})
    rows = [r for r in rows if r["id"] in texts]
    tally = _Tally()
    results = _analyze([texts[r["id"]][0] for r in rows], [texts[r["id"]][1] for r in rows])
    for row, result in zip(rows, results, strict=True):
        tally.add(row["actors"], result.actors)
    return tally.scores("wikinews", split)


def _gum_gold(row: dict[str, Any]) -> set[tuple[int, int, str]]:
    out = set()
    for ent in row["entities"]:
        kind = _GUM_TYPES.get(ent["type"])
        text = ent["text"].replace("’", "'")
        first = text.split()[0].split("'")[0].casefold()
        if not kind or not ent.get("is_named") or first in _PRONOUNS:
            continue
        if any(ch.isupper() for ch in text):
            end = int(ent["end"])
            for suffix in ("'s", "'"):  # GUM spans keep the possessive; ours end before it
                if text.endswith(suffix) and len(text) > len(suffix):
                    end -= len(suffix)
                    break
            out.add((int(ent["start"]), end, kind))
    return out


def _gum_predicted(result: ActorResult) -> set[tuple[int, int, str]]:
    kinds = {"PERSON": "person", "ORG": "organization", "COUNTRY": "place", "GPE": "place"}
    out = {
        (m.start, m.end, kinds[actor.type])
        for actor in result.actors
        for m in actor.mentions
        if m.source in _NAMED_SOURCES and actor.type in kinds and m.label != "NORP"
    }
    out |= {(m.start, m.end, "place") for place in result.places for m in place.mentions}
    return out


def _gum_matches(gold: set[tuple[int, int, str]], predicted: set[tuple[int, int, str]]) -> int:
    by_end: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for item in sorted(gold, key=lambda g: -g[0]):  # innermost (latest start) first
        by_end.setdefault((item[1], item[2]), []).append(item)
    hits = 0
    for start, end, kind in sorted(predicted):
        candidates = by_end.get((end, kind), [])
        for i, item in enumerate(candidates):
            if item[0] <= start:
                del candidates[i]
                hits += 1
                break
    return hits


def _gum(gold_dir: Path, split: str) -> list[Score]:
    rows = _take(read_jsonl(gold_dir / "gum_wikinews_entities.jsonl"), split)
    tp = n_pred = n_gold = 0
    for row, result in zip(rows, _analyze([r["text"] for r in rows]), strict=True):
        gold, predicted = _gum_gold(row), _gum_predicted(result)
        tp += _gum_matches(gold, predicted)
        n_pred += len(predicted)
        n_gold += len(gold)
    return prf_scores(TASK, "gum", split, (tp, n_pred, n_gold), prefix="mention_")


def evaluate(gold_dir: Path, split: str) -> list[Score]:
    """Score the actors stage on the seed, the Wikinews gold and GUM for ``split``."""
    return _seed(gold_dir, split) + _wikinews(gold_dir, split) + _gum(gold_dir, split)
