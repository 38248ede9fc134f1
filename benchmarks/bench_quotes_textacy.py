"""newsgraph's quotes stage against textacy's ``direct_quotations``, side by side.

Both run on the same parses (the pinned spaCy model) of the same gold
documents and are scored by the same code (``newsgraph.eval.quotes``):
quote span P/R/F1 (overlap of at least half the gold span), speaker accuracy
on matched quotes, reported-speech F1 (textacy extracts no reported speech,
so it scores 0 there), and the time each extractor takes on top of the parse.

    .venv/bin/python benchmarks/bench_quotes_textacy.py [--split test|dev|all] [--json]

textacy content spans include the quotation marks; they are stripped before
scoring. Each extractor's speaker accuracy is over the quotes *it* matched;
``speaker_accuracy_on_shared`` compares both on the gold quotes both matched.
textacy raises on an odd number of quotation marks in a document:
such documents count as "bailed out" and contribute no predictions.
textacy's speaker is a token span, matched by text (``speaker_name``).
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from textacy.extract.triples import direct_quotations

from newsgraph.actors import extract_actors
from newsgraph.config import DEFAULT_MODEL
from newsgraph.eval import default_gold_dir, prf
from newsgraph.eval.quotes import GoldDoc, Tally, load_gold, score_document
from newsgraph.model import Actor, Evidence, Quote
from newsgraph.nlp import load_pipeline
from newsgraph.quotes import extract_quotes

_MARKS = "\"'“”‘’«»„` \n"


@dataclass
class _Run:
    """One extractor's totals over a dataset."""

    tally: Tally = field(default_factory=Tally)
    seconds: float = 0.0
    bailed: int = 0


def _textacy(doc: Doc) -> list[Quote]:
    out = []
    for speaker, cue, content in direct_quotations(doc):
        start, end = content[0].idx, content[-1].idx + len(content[-1])
        text = doc.text
        while start < end and text[start] in _MARKS:
            start += 1
        while end > start and text[end - 1] in _MARKS:
            end -= 1
        name = text[speaker[0].idx : speaker[-1].idx + len(speaker[-1])]
        cue_ev = Evidence(
            cue[0].idx, cue[-1].idx + len(cue[-1]), text[cue[0].idx : cue[-1].idx + len(cue[-1])]
        )
        out.append(Quote("direct", start, end, text[start:end], None, name, cue_ev))
    return out


def _newsgraph(doc: Doc) -> tuple[list[Quote], tuple[Actor, ...]]:
    actors = extract_actors(doc).actors
    return extract_quotes(doc, actors), actors


def _compare(docs: list[GoldDoc]) -> tuple[_Run, _Run]:
    nlp = load_pipeline(DEFAULT_MODEL)
    ours, theirs = _Run(), _Run()
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        began = time.perf_counter()
        quotes, actors = _newsgraph(doc)
        ours.seconds += time.perf_counter() - began
        ours.tally.add(score_document(gold, quotes, actors))
        began = time.perf_counter()
        try:
            predicted = _textacy(doc)
        except ValueError:  # odd number of quotation marks: textacy gives up on the document
            predicted = []
            theirs.bailed += 1
        theirs.seconds += time.perf_counter() - began
        theirs.tally.add(score_document(gold, predicted, []))
    return ours, theirs


def _figures(run: _Run, reported: bool) -> dict[str, float]:
    t = run.tally
    p, r, f = prf(t.quote_tp, t.quote_pred, t.quote_gold)
    out = {
        "quote_precision": p,
        "quote_recall": r,
        "quote_f1": f,
        "speaker_accuracy": t.speaker_ok / t.speaker_n if t.speaker_n else 0.0,
        "seconds": run.seconds,
        "bailed_out_docs": float(run.bailed),
    }
    if reported:
        out["reported_f1"] = prf(t.rep_tp, t.rep_pred, t.rep_gold)[2]
    return out


def _common(ours: _Run, theirs: _Run) -> tuple[float, float, int]:
    """Speaker accuracy of each on the gold quotes *both* matched (same denominator)."""
    mine = {(d, s): ok for d, s, ok in ours.tally.speaker_hits}
    other = {(d, s): ok for d, s, ok in theirs.tally.speaker_hits}
    both = sorted(set(mine) & set(other))
    if not both:
        return 0.0, 0.0, 0
    return (
        sum(mine[k] for k in both) / len(both),
        sum(other[k] for k in both) / len(both),
        len(both),
    )


def main() -> None:
    """Run both extractors on every gold set of the split and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--gold-dir", type=Path, default=None)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    results: dict[str, dict[str, dict[str, float]]] = {}
    for dataset, docs in load_gold(args.gold_dir or default_gold_dir(), args.split):
        ours, theirs = _compare(docs)
        reported = any(d.reported is not None for d in docs)
        mine, other, shared = _common(ours, theirs)
        figures = {"newsgraph": _figures(ours, reported), "textacy": _figures(theirs, reported)}
        figures["newsgraph"]["speaker_accuracy_on_shared"] = mine
        figures["textacy"]["speaker_accuracy_on_shared"] = other
        figures["newsgraph"]["shared_quotes"] = figures["textacy"]["shared_quotes"] = float(shared)
        results[f"{dataset}/{args.split} ({len(docs)} docs)"] = figures
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name, pair in results.items():
        print(f"\n{name}")
        print(f"  {'metric':26} {'newsgraph':>10} {'textacy':>10}")
        for metric in pair["newsgraph"]:
            print(
                f"  {metric:26} {pair['newsgraph'][metric]:10.3f} {pair['textacy'][metric]:10.3f}"
            )


if __name__ == "__main__":
    main()
