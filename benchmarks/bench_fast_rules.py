"""The fast attribute ruler and lemmatizer: identical output, and what they save.

Parses ``--articles`` records of ``../shared/corpus/wikinews_en.jsonl`` (from
``--offset``) with the stock pipeline and with newsgraph's (the same model,
with :mod:`newsgraph.nlp.fast_rules` in place of the two rule components and
without newsgraph's own components), counts tokens whose tag, POS,
morphology, lemma, dependency, head or entity differ (must be 0), and times
each component of both, twice: the second pass shows the warm lemma caches.

    .venv/bin/python benchmarks/bench_fast_rules.py [--articles 300] [--offset 0]
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.config import DEFAULT_MODEL
from newsgraph.nlp.fast_rules import install_fast_rules

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "wikinews_en.jsonl"


def _timed(nlp: Language, texts: list[str]) -> tuple[list[Doc], dict[str, float]]:
    """Run each enabled component over all texts in turn; CPU seconds per component."""
    started = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    cost = {"tokenizer": time.process_time() - started}
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = [component(d) for d in docs]
        cost[name] = round(time.process_time() - started, 3)
    return docs, cost


def _signature(doc: Doc) -> list[tuple[Any, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc]


def main() -> None:
    """Compare and time both pipelines; print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--offset", type=int, default=0)
    args = parser.parse_args()
    with CORPUS.open(encoding="utf-8") as source:
        texts = [json.loads(line)["text"]
                 for line in itertools.islice(source, args.offset, args.offset + args.articles)]
    stock = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    install_fast_rules(fast)
    report: dict[str, Any] = {"articles": len(texts), "passes": []}
    for _ in range(2):
        stock_docs, stock_cost = _timed(stock, texts)
        fast_docs, fast_cost = _timed(fast, texts)
        differing = sum(a != b for x, y in zip(stock_docs, fast_docs, strict=True)
                        for a, b in zip(_signature(x), _signature(y), strict=True))
        report["passes"].append({
            "tokens": sum(len(d) for d in fast_docs), "differing_tokens": differing,
            "stock_seconds": stock_cost, "fast_seconds": fast_cost,
            "stock_total": round(sum(stock_cost.values()), 2),
            "fast_total": round(sum(fast_cost.values()), 2),
            "ratio": round(sum(fast_cost.values()) / sum(stock_cost.values()), 3),
        })
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
