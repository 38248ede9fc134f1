"""The one place where the stages are joined.

``analyze(article)`` is pure and picklable: map it over a process pool or a
Dask cluster. ``run(items)`` streams many articles through ``nlp.pipe``.
Data flows one way: ingest -> nlp -> actors -> quotes -> events -> relations.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .actors import extract_actors
from .config import Settings
from .events import extract_events, resolve_places
from .model import Analysis, Article, Skipped
from .nlp import load_pipeline, parse, sentences_of
from .quotes import extract_quotes
from .relations import extract_relations

__all__ = ["PIPELINE_VERSION", "analyze", "analyze_doc", "run"]

#: Bumped whenever the output for the same input can change; the store keeps it
#: per article so ``reanalyze`` can refresh older analyses.
PIPELINE_VERSION = "0.2.0"

_DEFAULT = Settings()


def analyze_doc(article: Article, doc: Doc) -> Analysis:
    """Run every extraction stage over an already parsed article."""
    found = extract_actors(doc)
    places = resolve_places(found.places, found.actors)
    quotes = extract_quotes(doc, found.actors)
    events = extract_events(doc, found.actors, places, quotes, article.published)
    relations = extract_relations(doc, found.actors, events)
    return Analysis(
        article=article,
        sentences=sentences_of(doc),
        actors=found.actors,
        places=places,
        quotes=tuple(quotes),
        events=tuple(events),
        relations=tuple(relations),
        pipeline_version=PIPELINE_VERSION,
    )


def analyze(article: Article, settings: Settings = _DEFAULT) -> Analysis:
    """Parse and analyze one article (the model is loaded once per process)."""
    nlp = load_pipeline(settings.model)
    return analyze_doc(article, nlp(article.text))


def _too_large(article: Article, settings: Settings) -> Skipped | None:
    if len(article.text) > settings.max_chars:
        return Skipped(
            article.origin or article.id,
            f"article too large ({len(article.text):,} characters; limit {settings.max_chars:,})",
        )
    return None


def run(
    items: Iterable[Article | Skipped], settings: Settings = _DEFAULT
) -> Iterator[Analysis | Skipped]:
    """Analyze a stream of articles; Skipped inputs are passed through.

    Articles are parsed in batches with ``nlp.pipe`` (``settings.workers``
    processes). Analyses come out in input order; a Skipped is yielded as soon
    as it is met, so it may come before analyses of earlier articles still in
    the batch. An article whose analysis fails is yielded as Skipped with the
    reason: one bad article never stops the run.
    """
    pending: deque[Skipped] = deque()
    articles: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            if isinstance(item, Article):
                problem = _too_large(item, settings)
                if problem is None:
                    articles.append(item)
                    yield item.text
                    continue
                item = problem
            pending.append(item)

    docs = parse(texts(), settings.model, settings.batch_size, settings.workers)
    for doc in docs:
        while pending:
            yield pending.popleft()
        article = articles.popleft()
        try:
            yield analyze_doc(article, doc)
        except Exception as exc:  # noqa: BLE001 - a bad article must not stop the run
            yield Skipped(
                article.origin or article.id, f"analysis failed ({type(exc).__name__}: {exc})"
            )
    while pending:
        yield pending.popleft()
