"""Eval task ``quotes``: quote spans, speakers and reported speech against gold.

Gold sets (in ``gold_dir``, the shared ``eval/`` folder):

- ``seed.gold.json`` (dataset ``seed``): the reference article. It is what
  the rules were written on, so it is in the **dev** split only.
- ``wikinews_quotes.gold.jsonl`` (dataset ``wikinews``): 20 articles, texts
  joined by ``id`` from ``../corpus/wikinews_en.jsonl``. **Split rule:** sort
  the ids; positions 0, 2, 4, ... are dev, 1, 3, 5, ... are test.
- ``litbank_quotes.jsonl`` (dataset ``litbank``, out of domain, no target):
  fiction with quote spans and speakers. To keep the eval fast only every
  eighth document is scored: sorted by id, positions 0, 8, 16, ... are
  **test**, positions 4, 12, 20, ... are **dev**.

Metrics per dataset:

- ``quote_precision/recall/f1``: direct and partial quotes together. A
  predicted span matches a gold span when it overlaps at least half of the
  gold span (one-to-one, greedy in text order). The kind is not required to
  agree; ``kind_accuracy`` is the share of matched pairs whose kind agrees.
- ``speaker_accuracy``: among matched quotes whose gold speaker is named
  (LitBank: either the character's name or the text of the speaker mention).
- ``reported_precision/recall/f1``: reported speech. Wikinews: the predicted
  cue overlaps the gold cue and the predicted content overlaps at least half
  of the gold content. Seed: the cue word is the gold cue and the content
  contains the gold ``content_contains`` text.
- ``reported_speaker_accuracy``: among matched reported statements.

Gold items marked ``"uncertain": true`` are left out: they count neither as
gold nor, when a prediction matches them, as false positives.

**Speaker matching rule.** A gold speaker name (a string) matches a predicted
quote when it matches the predicted actor's name, one of its aliases, one of
its mentions' texts, or the quote's ``speaker_name``. Two names match when,
after folding case and accents and dropping "the", possessive "'s" and
punctuation, the words of one are a subset of the words of the other
("Esbati" matches "Behrouz Esbati"; "the army" matches "Iranian Army").
Pronoun mentions never match a name.

Predictions come from the parse and the two stages quotes depend on
(actors, then quotes), exactly as the pipeline runs them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Actor, Quote
from . import Score, prf_scores, rate

__all__ = [
    "TASK",
    "GoldDoc",
    "GoldQuote",
    "GoldReported",
    "Tally",
    "evaluate",
    "load_gold",
    "names_match",
    "score_document",
]

TASK = "quotes"
_LITBANK_EVERY = 8
_STOP = frozenset({"the", "of", "s", "a", "an"})
# letters NFKD does not split into base + accent
_UNDECOMPOSED = str.maketrans(
    {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss"}
)
_PRONOUNS = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their"]
)
_MARKS = "\"'“”‘’«»„ \n\t"


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A gold direct/partial quote: the span inside the marks and the speaker's name."""

    kind: str
    start: int
    end: int
    speakers: tuple[str, ...]
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class GoldReported:
    """A gold reported statement (offsets for Wikinews, ``contains`` text for the seed)."""

    speaker: str | None
    cue: str
    cue_start: int | None
    start: int | None
    end: int | None
    contains: str | None = None
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its id, text and gold items."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    reported: tuple[GoldReported, ...] | None  # None: the set has no reported gold


@dataclass(slots=True)
class Tally:
    """Counts summed over documents."""

    quote_tp: int = 0
    quote_pred: int = 0
    quote_gold: int = 0
    kind_ok: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    rep_tp: int = 0
    rep_pred: int = 0
    rep_gold: int = 0
    rep_speaker_ok: int = 0
    rep_speaker_n: int = 0
    misses: list[str] = field(default_factory=list)
    #: (document id, gold quote start, speaker right?) for every matched quote with a speaker
    speaker_hits: list[tuple[str, int, bool]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in self.__slots__:
            if name in ("misses", "speaker_hits"):
                getattr(self, name).extend(getattr(other, name))
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))


def _words(name: str) -> frozenset[str]:
    plain = name.replace("’", "'").translate(_UNDECOMPOSED)
    folded = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore")
    text = re.sub(r"'s\b", "", folded.decode().casefold())
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP)


def names_match(gold: str, candidate: str) -> bool:
    """Whether two speaker names match under the rule in the module docstring."""
    g, c = _words(gold), _words(candidate)
    if not g or not c or c <= _PRONOUNS:
        return False
    return g <= c or c <= g


def _candidates(quote: Quote, actors: dict[str, Actor]) -> list[str]:
    out = [quote.speaker_name] if quote.speaker_name else []
    actor = actors.get(quote.speaker) if quote.speaker else None
    if actor is not None:
        out.append(actor.name)
        out.extend(actor.aliases)
        out.extend(m.text for m in actor.mentions if m.source != "pronoun")
    return out


def _speaker_ok(golds: Sequence[str], quote: Quote, actors: dict[str, Actor]) -> bool:
    names = _candidates(quote, actors)
    return any(names_match(g, c) for g in golds for c in names)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _half(gold: tuple[int, int], pred: Quote) -> bool:
    return _overlap(gold[0], gold[1], pred.start, pred.end) * 2 >= gold[1] - gold[0]


def _score_quotes(
    doc: GoldDoc, predicted: list[Quote], actors: dict[str, Actor], tally: Tally
) -> None:
    preds = [q for q in predicted if q.kind in ("direct", "partial")]
    ignored = {
        id(p) for g in doc.quotes if g.uncertain for p in preds if _half((g.start, g.end), p)
    }
    open_preds = [p for p in preds if id(p) not in ignored]
    gold = [g for g in doc.quotes if not g.uncertain]
    tally.quote_pred += len(open_preds)
    tally.quote_gold += len(gold)
    for g in gold:
        match = next((p for p in open_preds if _half((g.start, g.end), p)), None)
        if match is None:
            tally.misses.append(f"{doc.id} quote missed: {doc.text[g.start : g.end][:60]!r}")
            continue
        open_preds.remove(match)
        tally.quote_tp += 1
        tally.kind_ok += match.kind == g.kind
        if g.speakers:
            tally.speaker_n += 1
            right = _speaker_ok(g.speakers, match, actors)
            tally.speaker_hits.append((doc.id, g.start, right))
            if right:
                tally.speaker_ok += 1
            else:
                tally.misses.append(f"{doc.id} speaker {match.speaker_name!r} != {g.speakers[0]!r}")
    for p in open_preds:
        tally.misses.append(f"{doc.id} quote extra: {p.text[:60]!r}")


def _reported_match(g: GoldReported, p: Quote) -> bool:
    if p.cue is None:
        return False
    if g.contains is not None:
        return (
            p.cue.text.casefold() == g.cue.casefold() and g.contains.casefold() in p.text.casefold()
        )
    assert g.cue_start is not None and g.start is not None and g.end is not None
    cue_end = g.cue_start + len(g.cue)
    return _overlap(g.cue_start, cue_end, p.cue.start, p.cue.end) > 0 and _half((g.start, g.end), p)


def _score_reported(
    doc: GoldDoc, predicted: list[Quote], actors: dict[str, Actor], tally: Tally
) -> None:
    if doc.reported is None:
        return
    preds = [q for q in predicted if q.kind == "reported"]
    ignored = {id(p) for g in doc.reported if g.uncertain for p in preds if _reported_match(g, p)}
    open_preds = [p for p in preds if id(p) not in ignored]
    gold = [g for g in doc.reported if not g.uncertain]
    tally.rep_pred += len(open_preds)
    tally.rep_gold += len(gold)
    for g in gold:
        match = next((p for p in open_preds if _reported_match(g, p)), None)
        if match is None:
            tally.misses.append(f"{doc.id} reported missed: {g.cue} / {g.contains or g.start}")
            continue
        open_preds.remove(match)
        tally.rep_tp += 1
        if g.speaker:
            tally.rep_speaker_n += 1
            if _speaker_ok((g.speaker,), match, actors):
                tally.rep_speaker_ok += 1
            else:
                tally.misses.append(
                    f"{doc.id} reported speaker {match.speaker_name!r} != {g.speaker!r}"
                )
    for p in open_preds:
        tally.misses.append(
            f"{doc.id} reported extra: {p.cue.text if p.cue else ''} / {p.text[:50]!r}"
        )


def score_document(doc: GoldDoc, predicted: list[Quote], actors: Iterable[Actor]) -> Tally:
    """Count matches of ``predicted`` quotes (with ``actors`` for speaker names) against ``doc``."""
    tally = Tally()
    by_id = {a.id: a for a in actors}
    _score_quotes(doc, predicted, by_id, tally)
    _score_reported(doc, predicted, by_id, tally)
    return tally


def _seed(gold_dir: Path) -> GoldDoc:
    data = json.loads((gold_dir / "seed.gold.json").read_text(encoding="utf-8"))
    text = (gold_dir.parent / data["article"]).read_text(encoding="utf-8")
    quotes, reported = [], []
    for q in data["quotes"]:
        if q["kind"] in ("direct", "partial"):
            start, end = q["span"]
            quotes.append(
                GoldQuote(q["kind"], start, end, (q["speaker"],), bool(q.get("uncertain")))
            )
        else:
            reported.append(
                GoldReported(
                    q.get("speaker"),
                    q["cue"],
                    None,
                    None,
                    None,
                    q.get("content_contains", ""),
                    bool(q.get("uncertain")),
                )
            )
    return GoldDoc("seed", text, tuple(quotes), tuple(reported))


def _wikinews_texts(gold_dir: Path, ids: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    with (gold_dir.parent / "corpus" / "wikinews_en.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if any(i in line[:200] for i in ids):
                record = json.loads(line)
                if record["id"] in ids:
                    texts[record["id"]] = record["text"]
    return texts


def _wikinews_doc(record: dict[str, Any], text: str) -> GoldDoc:
    quotes = tuple(
        GoldQuote(
            q["kind"],
            q["start"],
            q["end"],
            (q["speaker"],) if q.get("speaker") else (),
            bool(q.get("uncertain")),
        )
        for q in record["quotes"]
    )
    reported = tuple(
        GoldReported(
            r.get("speaker"),
            r["cue"],
            r["cue_start"],
            r["content_start"],
            r["content_end"],
            None,
            bool(r.get("uncertain")),
        )
        for r in record["reported"]
    )
    return GoldDoc(record["id"], text, quotes, reported)


def _wikinews(gold_dir: Path, split: str) -> list[GoldDoc]:
    lines = (gold_dir / "wikinews_quotes.gold.jsonl").read_text(encoding="utf-8").splitlines()
    records = sorted((json.loads(line) for line in lines if line.strip()), key=lambda r: r["id"])
    chosen = [
        r for i, r in enumerate(records) if split == "all" or (i % 2 == 0) == (split == "dev")
    ]
    texts = _wikinews_texts(gold_dir, {r["id"] for r in chosen})
    return [_wikinews_doc(r, texts[r["id"]]) for r in chosen if r["id"] in texts]


def _litbank(gold_dir: Path, split: str) -> list[GoldDoc]:
    lines = (gold_dir / "litbank_quotes.jsonl").read_text(encoding="utf-8").splitlines()
    records = sorted((json.loads(line) for line in lines if line.strip()), key=lambda r: r["id"])
    offsets = {"test": (0,), "dev": (_LITBANK_EVERY // 2,), "all": (0, _LITBANK_EVERY // 2)}[split]
    chosen = [r for i, r in enumerate(records) if i % _LITBANK_EVERY in offsets]
    docs = []
    for record in chosen:
        text = record["text"]
        quotes = []
        for q in record["quotes"]:
            start, end = q["quote_start"], q["quote_end"]
            while start < end and text[start] in _MARKS:
                start += 1
            while end > start and text[end - 1] in _MARKS:
                end -= 1
            names = tuple(n for n in (q.get("speaker_text"), q.get("speaker_mention_text")) if n)
            quotes.append(GoldQuote("direct", start, end, names))
        docs.append(GoldDoc(record["id"], text, tuple(quotes), None))
    return docs


def load_gold(gold_dir: Path, split: str) -> Iterator[tuple[str, list[GoldDoc]]]:
    """The gold documents of ``split`` as (dataset, documents) pairs."""
    if split in ("dev", "all"):
        yield "seed", [_seed(gold_dir)]
    yield "wikinews", _wikinews(gold_dir, split)
    yield "litbank", _litbank(gold_dir, split)


def _scores(dataset: str, split: str, tally: Tally, reported: bool) -> list[Score]:
    quotes = (tally.quote_tp, tally.quote_pred, tally.quote_gold)
    out = prf_scores(TASK, dataset, split, quotes, prefix="quote_")
    out += [
        rate(TASK, dataset, split, "kind_accuracy", tally.kind_ok, tally.quote_tp),
        rate(TASK, dataset, split, "speaker_accuracy", tally.speaker_ok, tally.speaker_n),
    ]
    if reported:
        rep = (tally.rep_tp, tally.rep_pred, tally.rep_gold)
        out += prf_scores(TASK, dataset, split, rep, prefix="reported_")
        out.append(
            rate(
                TASK,
                dataset,
                split,
                "reported_speaker_accuracy",
                tally.rep_speaker_ok,
                tally.rep_speaker_n,
            )
        )
    return out


def _predict(doc: GoldDoc) -> tuple[list[Quote], tuple[Actor, ...]]:
    """Parse and run the two stages quotes depend on (actors, quotes), as the pipeline does.

    Later stages (events, relations) are not run: they cannot change quotes,
    and a failure there must not fail this task.
    """
    from ..actors import extract_actors
    from ..config import DEFAULT_MODEL
    from ..nlp import load_pipeline
    from ..quotes import extract_quotes

    parsed = load_pipeline(DEFAULT_MODEL)(doc.text)
    actors = extract_actors(parsed).actors
    return extract_quotes(parsed, actors), actors


def tally_dataset(docs: Sequence[GoldDoc]) -> Tally:
    """Run the pipeline on every document and sum the counts."""
    total = Tally()
    for doc in docs:
        quotes, actors = _predict(doc)
        total.add(score_document(doc, quotes, actors))
    return total


def evaluate(gold_dir: Path, split: str) -> list[Score]:
    """Score the quotes stage on ``split`` (dev, test or all) of every gold set."""
    scores: list[Score] = []
    for dataset, docs in load_gold(gold_dir, split):
        tally = tally_dataset(docs)
        scores.extend(_scores(dataset, split, tally, any(d.reported is not None for d in docs)))
    return scores
