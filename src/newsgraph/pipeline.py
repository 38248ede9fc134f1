"""The one place where the stages are joined.

``analyze(article)`` is pure and picklable: map it over a process pool or a
Dask cluster. ``run(items)`` streams many articles through ``nlp.pipe``.
Data flows one way: ingest -> nlp -> actors -> quotes -> events -> relations.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import lru_cache
from multiprocessing.context import BaseContext

from spacy.tokens import Doc

from .actors import extract_actors
from .config import Settings
from .errors import WorkerError
from .events import extract_events, resolve_places
from .events.places import article_countries, lookup_place
from .model import Actor, Analysis, Article, Event, Geo, Place, Skipped
from .nlp import load_pipeline, parse, remember_text, sentences_of
from .quotes import extract_quotes
from .relations import extract_relations

__all__ = [
    "BATCH_CHARS",
    "PIPELINE_VERSION",
    "RECYCLE_BATCHES",
    "analyze",
    "analyze_batch",
    "analyze_doc",
    "run",
    "warm_up",
]

#: Bumped whenever the output for the same input can change; the store keeps it
#: per article so ``reanalyze`` can refresh older analyses.
PIPELINE_VERSION = "0.18.0"

#: Batches each pool worker analyzes before the pool is replaced by freshly
#: forked workers. A worker keeps every new string it meets (spaCy's vocab and
#: the lemma caches grow about 16 MB per 1,000 articles): forking afresh from
#: the warmed-up parent costs milliseconds and bounds that on any corpus size.
RECYCLE_BATCHES = 64

#: Most characters in one batch (a typical batch of 32 news articles has ~70,000).
BATCH_CHARS = 100_000

_DEFAULT = Settings()

# An invented article that touches every lazily built index: the actor
# lexicons, quote cues, event triggers, the date parser and the gazetteer.
_WARM_UP = Article(
    id="newsgraph-warm-up",
    text=(
        "Ministers meet in Paris\n\n"
        "The foreign minister of France, Jean Dupont, met officials of the United Nations "
        'in Paris on Monday. "We will not accept these sanctions," he said. '
        "He condemned the attack on the embassy last week."
    ),
    published="2020-01-08",
)


def analyze_doc(article: Article, doc: Doc) -> Analysis:
    """Run every extraction stage over an already parsed article."""
    remember_text(doc, article.text)
    found = extract_actors(doc, article.published)
    places = resolve_places(found.places, found.actors, article.text)
    quotes = extract_quotes(doc, found.actors)
    events = _located(
        extract_events(doc, found.actors, places, quotes, article.published), places, found.actors
    )
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


def _located(
    events: list[Event], places: tuple[Place, ...], actors: tuple[Actor, ...]
) -> list[Event]:
    """Each event's location resolved to its :class:`Geo`.

    The place of that name the actors stage resolved, else the gazetteer's
    best entry for the name (a dateline city, a city acted upon), toward the
    article's countries.
    """
    if not any(e.location for e in events):
        return events
    named: dict[str, Place] = {}
    for place in places:
        for text in (place.name, *(m.text for m in place.mentions)):
            named.setdefault(text.casefold(), place)
    countries: set[str] | None = None
    found: dict[str, Geo | None] = {}
    out = []
    for event in events:
        if event.location is None:
            out.append(event)
            continue
        if event.location not in found:
            known = named.get(event.location.casefold())
            geo: Geo | None = None
            if known is not None and known.country:
                geo = Geo(
                    known.country, known.kind, known.latitude, known.longitude, known.geonameid
                )
            else:
                countries = article_countries(actors, places) if countries is None else countries
                entry = lookup_place(event.location, countries)
                if entry is not None:
                    geo = Geo(
                        entry.country, entry.kind, entry.latitude, entry.longitude, entry.geonameid
                    )
            found[event.location] = geo
        out.append(replace(event, geo=found[event.location]))
    return out


def analyze(article: Article, settings: Settings = _DEFAULT) -> Analysis:
    """Parse and analyze one article (the model is loaded once per process)."""
    nlp = load_pipeline(settings.model)
    return analyze_doc(article, nlp(article.text))


def warm_up(settings: Settings = _DEFAULT) -> None:
    """Load the model and build every lazy index in this process.

    Run by each worker of the first pool (in parallel with the parent's own
    start-up), and by the parent before it forks later pools, which then
    share the model and the lexicons instead of each building their own.
    """
    analyze_batch([_WARM_UP], settings)


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
    results = [_analyze_safely(article, doc) for article, doc in zip(articles, docs, strict=True)]
    _release_memory()
    return results


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl, Windows)
        return None
    return trim


def _release_memory() -> None:
    """Hand the heap memory a batch freed back to the operating system (glibc only).

    glibc keeps freed memory for reuse, and the fragments spaCy's batch arrays
    leave behind are rarely reused: without this a worker grows by about 150 MB
    per 1,000 articles (raw ``nlp.pipe(n_process=2)`` goes from 0.7 to 2.0 GB
    over the 5,780 Wikinews articles); with it, it stays flat. It costs about a
    millisecond per batch.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _batches(
    items: Iterable[Article | Skipped],
    settings: Settings,
    pending: deque[Skipped],
    tail_parts: int = 1,
) -> Iterator[list[Article]]:
    """Group articles into batches; Skipped (and too-large articles) go to ``pending``.

    A batch holds ``settings.batch_size`` articles or ``BATCH_CHARS`` characters,
    whichever comes first: spaCy parses a batch's documents together, and its
    working memory grows with their length (about 18 KB per token), so the
    long articles of a corpus get batches of their own instead of sharing one.

    The articles left at the end of the stream (the last full batch and the
    remainder) are split into ``tail_parts`` batches of similar length, so that
    a process pool's workers finish at about the same time instead of one of
    them parsing a whole last batch while the others wait. To know which batch
    is the last, a full batch is held back until the next one is full.
    """
    batches = _Batcher(settings.batch_size)
    for item in items:
        if isinstance(item, Article):
            problem = _too_large(item, settings)
            if problem is None:
                yield from batches.add(item)
                continue
            item = problem
        pending.append(item)
    yield from batches.tail(tail_parts)


class _Batcher:
    """The batch being filled and the last full one, held back until the next is full
    so that the tail of the stream can be split (see :func:`_batches`)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.batch: list[Article] = []
        self.held: list[Article] = []  # the last full batch, sent once the next one is full
        self.chars = 0

    def add(self, article: Article) -> Iterator[list[Article]]:
        """Add ``article``, closing the batch before it when it would pass ``BATCH_CHARS``
        and after it when it holds ``size`` articles; yields the batches sent."""
        if self.batch and self.chars + len(article.text) > BATCH_CHARS:
            yield from self._close()
        self.batch.append(article)
        self.chars += len(article.text)
        if len(self.batch) >= self.size:
            yield from self._close()

    def _close(self) -> Iterator[list[Article]]:
        """Hold the full batch back and send the one held before it, now known not to be
        the last."""
        if self.held:
            yield self.held
        self.held, self.batch, self.chars = self.batch, [], 0

    def tail(self, parts: int) -> Iterator[list[Article]]:
        """The held batch and the remainder at the end of the stream, split into ``parts``
        batches of similar length when ``parts`` > 1."""
        if parts > 1:
            yield from _split(self.held + self.batch, parts)
        else:
            yield from (b for b in (self.held, self.batch) if b)


def _split(articles: list[Article], parts: int) -> Iterator[list[Article]]:
    """``articles`` in up to ``parts`` consecutive batches of about equal length."""
    total = sum(len(a.text) for a in articles) or 1
    part: list[Article] = []
    done = 0
    cut = 1
    for article in articles:
        part.append(article)
        done += len(article.text)
        if cut < parts and done * parts >= total * cut:
            yield part
            part = []
            cut += 1
    if part:
        yield part


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


def _fork_context() -> BaseContext | None:
    """The ``fork`` start method where the platform has it (Linux), else None (spawn)."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


class _Pools:
    """A process pool replaced by a fresh one every ``RECYCLE_BATCHES`` batches per worker.

    With ``fork``, the parent loads the model and builds the stages' lexicons
    and indexes (:func:`warm_up`) before the first pool forks, so every worker
    shares them instead of building its own: one warm-up's CPU time (about
    0.6 s) instead of one per worker, and no later wall time, since the
    workers' warm-ups would have kept the cores busy as long. Later pools fork
    from the same parent: they start in milliseconds, and the old pool
    finishes its queued batches while the new one starts (no idle core). With
    ``spawn`` (no ``fork`` on the platform), the workers load everything
    themselves (a warm-up task each) and the pool is kept for the whole run.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.context = _fork_context()
        self.pools: list[ProcessPoolExecutor] = []
        self.sent = 0
        self.warming: list[Future[None]] = []
        if self.context is not None:
            warm_up(settings)
            gc.freeze()  # the workers' garbage collector then leaves the shared pages alone
        self._renew()
        if self.context is None:
            # Tasks, not a pool initializer: what a warm-up raises (a malformed
            # lexicon file) comes back through its future, see check().
            self.warming = [self.pools[-1].submit(warm_up, settings)
                            for _ in range(settings.workers)]

    def check(self) -> None:
        """Raise what a worker's warm-up raised, if anything (waits for the warm-ups)."""
        while self.warming:
            self.warming.pop().result()

    def submit(self, batch: list[Article]) -> Future[list[Analysis | Skipped]]:
        """Send a batch to the current pool (starting a fresh one when it is due)."""
        if self.context is not None and self.sent >= RECYCLE_BATCHES * self.settings.workers:
            self._renew()
        self.sent += 1
        return self.pools[-1].submit(analyze_batch, batch, self.settings)

    def _renew(self) -> None:
        if self.pools:
            self.pools[-1].shutdown(wait=False)  # its queued batches still complete
        self.pools.append(ProcessPoolExecutor(self.settings.workers, mp_context=self.context))
        self.sent = 0

    def close(self) -> None:
        """Wait for every pool to stop (pending batches are cancelled after an error)."""
        for pool in self.pools:
            pool.shutdown(wait=True, cancel_futures=True)
        self.pools.clear()


def _run_pool(
    items: Iterable[Article | Skipped], settings: Settings, pending: deque[Skipped]
) -> Iterator[Analysis | Skipped]:
    window: deque[Future[list[Analysis | Skipped]]] = deque()
    pools = _Pools(settings)
    try:
        for batch in _batches(items, settings, pending, tail_parts=2 * settings.workers):
            window.append(pools.submit(batch))
            while pending:
                yield pending.popleft()
            if len(window) >= 2 * settings.workers:
                pools.check()
                yield from window.popleft().result()
        while window:
            pools.check()
            yield from window.popleft().result()
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a worker process died (killed, or out of memory); what was analyzed before "
            "is kept, and the same command resumes"
        ) from exc
    finally:
        pools.close()
