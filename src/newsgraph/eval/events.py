"""Events task: PLOVER types, CAMEO triples and event F1 against four gold sets.

Everything is measured through the whole pipeline (actors, quotes, events),
so actor figures move with the actors stage. Gold sets and splits (tune on
dev only, report test):

* ``plover`` — ``plover_gsr.jsonl`` (322 sentences). The held-out third is
  **test**: records whose 0-based line index is divisible by 3; the rest is
  dev. ``type_accuracy``: the gold ``event_plover_v2`` is among the types of
  the sentence's events. ``actor_code_accuracy`` / ``recipient_code_accuracy``:
  a gold actor (recipient) span counts as right when an event of the sentence
  has, in that role, an actor with a mention overlapping the span whose
  country and sector both equal the gold ones. The GSR codes the place of
  an act as its target when no one is on its receiving end: a gold
  recipient with no sector is also right when an event without a recipient
  is located at a place of that country whose mention overlaps the span. A
  span the GSR marks ``SRC/TAR`` (a party of a joint act: "Ruritanian and
  Vastan envoys agreed") counts in either role.
* ``petrarch`` — ``petrarch_gsr_validation.jsonl`` (78 wire sentences), same
  index rule (index % 3 == 0 is test). Precision/recall/F1 of
  (source country, target country, CAMEO root) triples per sentence, one
  triple per doer of each event; a country is the first three letters of the
  gold code, CAMEO's own country codes read as ISO ones (JAP is JPN, VTN
  VNM; also for ``plover``) ("---" and no actor country are the same unknown; a non-state
  actor without a country is coded by its sector: IGO, NGO). An event with no
  code on either side gives no triple, as PETRARCH codes none. PETRARCH's
  target slot also holds the place of the act when no one is on its
  receiving end ("exercises in Alaska" targets the USA): an event without a
  recipient takes its location's country as target (never the dateline's,
  which only says where the story was filed).
* ``wikinews`` — ``wikinews_quotes.gold.jsonl`` events (20 articles, text
  joined on ``id`` with the corpus). Same halves as the actors task: sorted
  by id, even positions dev, odd test. Event F1 over (actor, type) pairs per
  article; actors match by name or mention strings. Gold events marked
  ``uncertain`` count neither as misses nor, when predicted, as errors.
* ``seed`` — the six gold events of ``seed.gold.json``; dev (it was read
  while writing the lexicon), scored for ``dev`` and ``all``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import DEFAULT_MODEL
from ..events.extract import dateline_of
from ..ingest.text import article_from_text
from ..model import Actor, Analysis, Article
from ..nlp import parse
from ..pipeline import analyze_doc
from . import Score, prf, prf_scores, read_jsonl
from .actors import match_actors, normalize_surface

__all__ = ["TASK", "evaluate"]

TASK = "events"

_NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC"})
_SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})


def _third(rows: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    if split == "all":
        return rows
    held_out = split == "test"
    return [r for i, r in enumerate(rows) if (i % 3 == 0) == held_out]


def _analyze(articles: list[Article]) -> Iterator[Analysis]:
    docs = parse((a.text for a in articles), DEFAULT_MODEL, batch_size=16)
    for article, doc in zip(articles, docs, strict=True):
        yield analyze_doc(article, doc)


def _sentence_articles(rows: list[dict[str, Any]]) -> list[Article]:
    return [Article(id=str(r["id"]), text=r["text"], published=r.get("date")) for r in rows]


def _in_role(analysis: Analysis, span: dict[str, Any], role: str) -> bool:
    by_id = {a.id: a for a in analysis.actors}
    if role == "recipient" and _placed_at(analysis, span):
        return True
    for event in analysis.events:
        ids = event.actors if role == "actor" else (event.recipient,) if event.recipient else ()
        for actor in (by_id[i] for i in ids if i in by_id):
            overlaps = any(m.start < span["end"] and span["start"] < m.end for m in actor.mentions)
            gold = (_iso(span.get("country")), span.get("sector"))
            if overlaps and _role_code(actor) == gold:
                return True
    return False


def _role_hit(analysis: Analysis, span: dict[str, Any], role: str, either: bool) -> bool:
    """Whether the gold ``span`` is found in ``role``, or in either role when ``either``."""
    if _in_role(analysis, span, role):
        return True
    return either and _in_role(analysis, span, "recipient" if role == "actor" else "actor")


def _placed_at(analysis: Analysis, span: dict[str, Any]) -> bool:
    """Whether an event with no recipient is located at the gold recipient ``span``.

    The GSR, like CAMEO, codes the place of an act as its target when no one
    is on its receiving end ("demonstrated in Serbia"); newsgraph keeps the
    two apart (``recipient`` and ``location``), so a place-only country is
    right when it is the event's location.
    """
    if span.get("sector"):
        return False
    located = {e.location for e in analysis.events if e.recipient is None and e.location}
    return any(
        mention.text in located and mention.start < span["end"] and span["start"] < mention.end
        for place in analysis.places
        if place.country == _iso(span.get("country"))
        for mention in place.mentions
    )


def _role_code(actor: Actor) -> tuple[str | None, str | None]:
    """(country, sector) as CAMEO writes it: an IGO/NGO without a country puts its
    non-state code in the country slot ("IGOUNO"), leaving no sector."""
    code = _code(actor)
    if not actor.country and actor.sector in _NON_STATE:
        return code, None
    return code, actor.sector


def _plover(gold_dir: Path, split: str) -> list[Score]:
    rows = _third(read_jsonl(gold_dir / "plover_gsr.jsonl"), split)
    typed = 0
    roles: dict[str, list[int]] = {"actor": [0, 0], "recipient": [0, 0]}
    for row, analysis in zip(rows, _analyze(_sentence_articles(rows)), strict=True):
        typed += row["event_plover_v2"] in {e.type for e in analysis.events}
        # "SRC/TAR": a party of a joint act ("Ruritanian and Vastan envoys agreed"),
        # source and target at once, so it may be either role of the event
        both = {(s["start"], s["end"]) for s in row.get("spans") or [] if s["role"] == "SRC/TAR"}
        for role, key in (("actor", "actors"), ("recipient", "recipients")):
            for span in row.get(key) or []:
                if span.get("start") is None:
                    continue
                roles[role][1] += 1
                either = (span["start"], span["end"]) in both
                roles[role][0] += _role_hit(analysis, span, role, either)
    scores = [Score(TASK, "plover", split, "type_accuracy", typed / max(len(rows), 1), len(rows))]
    for role, (right, total) in roles.items():
        value = right / total if total else 0.0
        scores.append(Score(TASK, "plover", split, f"{role}_code_accuracy", value, total))
    return scores


#: CAMEO country codes that are not ISO 3166-1 alpha-3 (the gold files use CAMEO's;
#: newsgraph codes ISO): Japan is JAP in CAMEO, JPN in ISO.
_CAMEO_TO_ISO = {"JAP": "JPN", "VTN": "VNM", "ROM": "ROU", "TMP": "TLS", "ZAR": "COD"}


def _iso(code: str | None) -> str | None:
    return _CAMEO_TO_ISO.get(code, code) if code else code


def _country(code: str | None) -> str | None:
    if not code:
        return None
    head = code[:3]
    return None if head == "---" else _iso(head)


def _code(actor: Actor | None) -> str | None:
    """The CAMEO actor code's first element: the country, or a non-state code (IGO, NGO)."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.sector if actor.sector in _NON_STATE else None


def _place_countries(analysis: Analysis) -> dict[str, str]:
    """Country of each place named in the article, by the text that names it.

    The dateline city is left out: it says where the story was filed, and an
    event is placed there only for want of a place in its own clause.
    """
    dateline = dateline_of(analysis.article.text)
    return {
        mention.text: place.country
        for place in analysis.places
        if place.country
        for mention in place.mentions
        if mention.text != dateline
    }


def _triples(analysis: Analysis) -> set[tuple[str | None, str | None, str]]:
    """CAMEO-style (source, target, root) triples of the analysis' events.

    One triple per doer; a symmetric event with several doers and no
    recipient ("the US, Russia and Switzerland met") gives every ordered pair
    of doers, as CAMEO codes it.
    """
    by_id = {a.id: a for a in analysis.actors}
    where = _place_countries(analysis)
    out: set[tuple[str | None, str | None, str]] = set()
    for event in analysis.events:
        target = _code(by_id.get(event.recipient or "")) or where.get(event.location or "")
        doers = [_code(by_id.get(d)) for d in event.actors] or [None]
        if target is None and doers == [None]:
            continue  # no actor code on either side: PETRARCH codes no such event
        if event.recipient is None and len(doers) > 1 and event.type in _SYMMETRIC:
            out.update((a, b, event.cameo or "") for a in doers for b in doers if a != b)
            continue
        out.update((source, target, event.cameo or "") for source in doers)
    return out


def _petrarch(gold_dir: Path, split: str) -> list[Score]:
    rows = _third(read_jsonl(gold_dir / "petrarch_gsr_validation.jsonl"), split)
    tp = n_pred = n_gold = 0
    for row, analysis in zip(rows, _analyze(_sentence_articles(rows)), strict=True):
        gold = {
            (_country(e["source"]), _country(e["target"]), e["code"][:2]) for e in row["expected"]
        }
        predicted = _triples(analysis)
        tp += len(gold & predicted)
        n_pred += len(predicted)
        n_gold += len(gold)
    return prf_scores(TASK, "petrarch", split, (tp, n_pred, n_gold))


@dataclass
class _Tally:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def scores(self, dataset: str, split: str) -> list[Score]:
        p, r, f = prf(self.tp, self.n_pred, self.n_gold)
        return [
            Score(TASK, dataset, split, "precision", p, self.n_pred),
            Score(TASK, dataset, split, "recall", r, self.n_gold),
            Score(TASK, dataset, split, "f1", f, self.n_gold),
        ]


def _actor_names(gold_actors: list[dict[str, Any]], actors: tuple[Actor, ...]) -> dict[str, str]:
    """Map each predicted actor id to the gold actor name it matches."""
    pairs, rest, _ = match_actors(gold_actors, actors)
    names = {pair.actor.id: pair.gold["name"] for pair in pairs}
    for actor in rest:
        names.setdefault(actor.id, normalize_surface(actor.name))
    return names


def _score_events(tally: _Tally, gold: dict[str, Any], analysis: Analysis) -> None:
    """Add one article's (actor, type) pairs to ``tally``."""
    names = _actor_names(gold.get("actors", []), analysis.actors)
    fold = {normalize_surface(g["name"]): g["name"] for g in gold.get("actors", [])}

    def key(name: str | None, type_: str) -> tuple[str, str]:
        folded = normalize_surface(name or "")
        return fold.get(folded, name or ""), type_

    certain = {key(e["actor"], e["type"]) for e in gold["events"] if not e.get("uncertain")}
    unsure = {key(e["actor"], e["type"]) for e in gold["events"] if e.get("uncertain")}
    predicted = {key(names.get(doer), e.type) for e in analysis.events for doer in e.actors}
    predicted -= unsure - certain
    tally.tp += len(predicted & certain)
    tally.n_pred += len(predicted)
    tally.n_gold += len(certain)


def _texts_by_id(corpus: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if any(w in line[:200] for w in wanted):
                record = json.loads(line)
                if record["id"] in wanted:
                    found[record["id"]] = record
    return found


def _wikinews(gold_dir: Path, split: str) -> list[Score]:
    rows = sorted(read_jsonl(gold_dir / "wikinews_quotes.gold.jsonl"), key=lambda r: str(r["id"]))
    if split != "all":
        rows = [r for i, r in enumerate(rows) if i % 2 == (0 if split == "dev" else 1)]
    corpus = _texts_by_id(gold_dir.parent / "corpus" / "wikinews_en.jsonl", {r["id"] for r in rows})
    rows = [r for r in rows if r["id"] in corpus]
    articles = [
        Article(id=r["id"], text=corpus[r["id"]]["text"], published=corpus[r["id"]].get("date"))
        for r in rows
    ]
    tally = _Tally()
    for row, analysis in zip(rows, _analyze(articles), strict=True):
        _score_events(tally, row, analysis)
    return tally.scores("wikinews", split)


def _seed(gold_dir: Path, split: str) -> list[Score]:
    path = gold_dir / "seed.gold.json"
    if split == "test" or not path.is_file():
        return []
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (gold_dir.parent / gold["article"]).read_text(encoding="utf-8")
    article = article_from_text(text, "seed")
    tally = _Tally()
    for analysis in _analyze([article]):
        _score_events(
            tally, {**gold, "events": [{**e, "uncertain": False} for e in gold["events"]]}, analysis
        )
    scores = tally.scores("seed", split)
    scores.append(Score(TASK, "seed", split, "found", float(tally.tp), tally.n_gold))
    return scores


def evaluate(gold_dir: Path, split: str) -> list[Score]:
    """Score the events stage on ``split`` (see the module docstring for the sets)."""
    return [
        *_plover(gold_dir, split),
        *_petrarch(gold_dir, split),
        *_wikinews(gold_dir, split),
        *_seed(gold_dir, split),
    ]
