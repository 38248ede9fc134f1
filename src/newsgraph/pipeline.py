"""The one place where the stages are joined.

``analyze(article)`` is pure and picklable: map it over a process pool or a
Dask cluster. ``run(items)`` streams many articles through ``nlp.pipe``.
Data flows one way: ingest -> nlp -> actors -> quotes -> events -> relations.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from spacy.tokens import Doc

from .actors import extract_actors
from .config import Settings
from .events import extract_events, resolve_places
from .model import Analysis, Article, Skipped
from .nlp import load_pipeline, parse, sentences_of
from .quotes import extract_quotes
from .relations import extract_relations

__all__ = ["PIPELINE_VERSION", "analyze", "analyze_batch", "analyze_doc", "run"]

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


def _analyze_safely(article: Article, doc: Doc) -> Analysis | Skipped:
    try:
        return analyze_doc(article, doc)
    except Exception as exc:  # noqa: BLE001 - a bad article must not stop the run
        return Skipped(
            article.origin or article.id, f"analysis failed ({type(exc).__name__}: {exc})"
        )


def analyze_batch(
    articles: list[Article], settings: Settings = _DEFAULT
) -> list[Analysis | Skipped]:
    """Parse a batch with ``nlp.pipe`` and analyze each article (a worker's unit of work)."""
    docs = parse((a.text for a in articles), settings.model, settings.batch_size)
    return [_analyze_safely(article, doc) for article, doc in zip(articles, docs, strict=True)]


def _batches(
    items: Iterable[Article | Skipped], settings: Settings, pending: deque[Skipped]
) -> Iterator[list[Article]]:
    """Group articles into batches; Skipped (and too-large articles) go to ``pending``."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Article):
            problem = _too_large(item, settings)
            if problem is None:
                batch.append(item)
                if len(batch) >= settings.batch_size:
                    yield batch
                    batch = []
                continue
            item = problem
        pending.append(item)
    if batch:
        yield batch


def run(
    items: Iterable[Article | Skipped], settings: Settings = _DEFAULT
) -> Iterator[Analysis | Skipped]:
    """Analyze a stream of articles; Skipped inputs are passed through.

    With one worker, articles are parsed in batches with ``nlp.pipe`` in this
    process. With ``settings.workers`` > 1, whole batches go to a process pool
    whose workers parse *and* extract (:func:`analyze_batch`): the extraction
    stages then run in parallel instead of in this process, and only the small
    Analysis records cross the process boundary, not spaCy Docs. At most two
    batches per worker are in flight, so memory stays flat.

    Analyses come out in input order; a Skipped is yielded as soon as it is
    met, so it may come before analyses of earlier articles still in flight.
    An article whose analysis fails is yielded as Skipped with the reason.
    """
    pending: deque[Skipped] = deque()
    if settings.workers > 1:
        yield from _run_pool(items, settings, pending)
    else:
        for batch in _batches(items, settings, pending):
            while pending:
                yield pending.popleft()
            yield from analyze_batch(batch, settings)
    while pending:
        yield pending.popleft()


def _run_pool(
    items: Iterable[Article | Skipped], settings: Settings, pending: deque[Skipped]
) -> Iterator[Analysis | Skipped]:
    window: deque[Future[list[Analysis | Skipped]]] = deque()
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        for batch in _batches(items, settings, pending):
            window.append(pool.submit(analyze_batch, batch, settings))
            while pending:
                yield pending.popleft()
            if len(window) >= 2 * settings.workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
