"""Store commands: ``ingest``, ``reanalyze``, the queries, and ``export``.

Every command takes ``--db`` (a path, ``sqlite:///path`` or
``postgresql://...``; default ``newsgraph.db`` from the settings). Queries
print ``--format table`` (rich), ``json`` or ``csv``; ``--evidence`` adds the
evidence sentence to a table (JSON and CSV always carry it). Store failures
are one line and exit code 1 (see :mod:`newsgraph.store.errors`).
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..config import Settings
from ..errors import StoreError
from ..export import EXPORT_FORMATS, export
from ..export.render import FORMATS, render_rows, render_table, to_json
from ..ingest import FetchOptions, read_sources
from ..model import Analysis, Article, Skipped
from ..store import Outcome, RecordError, Store, open_store
from ..store import queries as q

__all__ = ["COMMANDS"]

PROG = "newsgraph"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _say(message: str) -> None:
    click.echo(f"{PROG}: {message}", err=True)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE.match(value):
        raise click.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", help="Database: a file path, sqlite:///path or "
                        "postgresql://user@host/db (default: newsgraph.db).")(f)


def _period_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--until", callback=_date, help="Up to this date, inclusive.")(f)
    return click.option("--since", callback=_date, help="From this date (YYYY[-MM[-DD]]).")(f)


def _format_option(default: str = "table", choices: tuple[str, ...] = FORMATS
                   ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        f = click.option("--evidence", is_flag=True,
                         help="Show each row's evidence sentence in tables.")(f)
        f = click.option("--limit", type=click.IntRange(1), default=50, show_default=True,
                         help="Most rows to print.")(f)
        return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, help="Output format.")(f)
    return decorate


def _open(settings: Settings, db: str | None, create: bool = False) -> Store:
    return open_store(db or settings.db, create=create)


# --------------------------------------------------------------------------- ingest


class _Tally:
    """What an ingest run did, for the closing summary."""

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()

    def skip(self, item: Skipped) -> None:
        self.outcomes["skipped"] += 1
        self.reasons[item.reason.split(" (", 1)[0]] += 1

    def summary(self) -> str:
        o = self.outcomes
        read = sum(o.values())
        text = (f"{read} read, {o['added']} analyzed, {o['unchanged']} unchanged, "
                f"{o['duplicate']} duplicates, {o['skipped']} skipped")
        if self.reasons:
            text += " (" + ", ".join(f"{r}: {n}" for r, n in self.reasons.most_common()) + ")"
        return text


class _Rate(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")


def _estimate(sources: Iterable[str]) -> int | None:
    """How many inputs the sources hold (JSONL lines, files), for the progress ETA."""
    total = 0
    for source in sources:
        path = Path(source)
        if source == "-" or "://" in source:
            return None  # stdin and URLs (feeds) have no count known in advance
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
                opener = gzip.open if file.name.endswith(".gz") else open
                with opener(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def _progress(enabled: bool) -> Progress:
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), _Rate(), TimeRemainingColumn(),
                    console=Console(stderr=True), disable=not enabled, transient=False)


def _pipeline() -> ModuleType:
    """The pipeline module, imported by the commands that analyze: it loads spaCy (a second),
    which the query commands do not need."""
    from .. import pipeline

    return pipeline


def _fresh(items: Iterable[Article | Skipped], store: Store, tally: _Tally,
           advance: Callable[[], None]) -> Iterator[Article | Skipped]:
    """Pass on only what needs analysis; store repeats and near-duplicates at once."""
    for item in items:
        if isinstance(item, Article):
            outcome = store.add_duplicate(item)
            if outcome.status != "new":
                tally.outcomes[outcome.status] += 1
                advance()
                continue
        yield item


def _store_results(results: Iterable[Analysis | Skipped], store: Store, tally: _Tally,
                   advance: Callable[[], None], report: Callable[[str], None]) -> None:
    for result in results:
        if isinstance(result, Skipped):
            store.record_skipped(result)
            tally.skip(result)
            report(f"skipped {result}")
        else:
            try:
                outcome: Outcome = store.add(result)
            except RecordError as exc:  # this article only; the database is fine
                article = result.article
                skipped = Skipped(article.origin or article.id, f"not stored ({exc.message})")
                store.record_skipped(skipped)
                tally.skip(skipped)
                report(f"skipped {skipped}")
            else:
                tally.outcomes[outcome.status] += 1
        advance()


@click.command()
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes (parse + extract).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: only when stderr is a terminal).")
@click.option("--fetch-delay", type=click.FloatRange(0), default=FetchOptions().per_host_interval,
              show_default=True,
              help="Seconds between two requests to one host (URLs and feed items).")
@click.option("--fetch-timeout", type=click.FloatRange(0, min_open=True),
              default=FetchOptions().timeout, show_default=True,
              help="Seconds to wait for a server to connect or send data.")
@click.pass_obj
def ingest(settings: Settings, sources: tuple[str, ...], db: str | None, workers: int | None,
           progress: bool | None, fetch_delay: float, fetch_timeout: float) -> None:
    """Analyze articles and store them (repeats are no-ops, near-duplicates are linked).

    SOURCES are what `newsgraph extract` reads: text, HTML and JSONL files,
    directories, feeds, http(s) URLs, or - for stdin.
    Each article is stored in its own transaction: an interrupted run loses at
    most the article in flight, and the next run resumes where it stopped.
    """
    settings = settings.with_overrides(workers=workers)
    enabled = sys.stderr.isatty() if progress is None else progress
    tally = _Tally()
    with _open(settings, db, create=True) as store, _progress(enabled) as bar:
        store.check_writable()  # before minutes of model loading and parsing
        task = bar.add_task("ingest", total=_estimate(sources) if enabled else None)

        def advance() -> None:
            bar.advance(task)

        def report(message: str) -> None:
            if enabled:  # above the bar; the message is plain text, not rich markup
                bar.console.print(f"{PROG}: {message}", markup=False, highlight=False)
            else:
                _say(message)

        fetching = FetchOptions(per_host_interval=fetch_delay, timeout=fetch_timeout)
        read = read_sources(sources, settings.words_per_minute, fetching)
        items = _fresh(read, store, tally, advance)
        try:
            _store_results(_pipeline().run(items, settings), store, tally, advance, report)
        except KeyboardInterrupt:
            # Every stored article was committed; the one in flight was rolled back.
            _say(tally.summary())
            raise click.Abort() from None
    _say(tally.summary())
    if tally.outcomes["skipped"]:
        sys.exit(1)


@click.command()
@_db_option
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes (parse + extract).")
@click.option("--all", "everything", is_flag=True, help="Re-analyze every article.")
@click.pass_obj
def reanalyze(settings: Settings, db: str | None, workers: int | None, everything: bool) -> None:
    """Re-analyze the articles stored by an older pipeline version (or --all)."""
    settings = settings.with_overrides(workers=workers)
    pipeline = _pipeline()
    done = failed = 0
    with _open(settings, db) as store:
        store.check_writable()
        rows: dict[int, int] = {}

        def articles() -> Iterator[Article]:
            for article_id, article in store.outdated(pipeline.PIPELINE_VERSION, everything):
                rows[id(article)] = article_id
                yield article

        for result in pipeline.run(articles(), settings):
            if isinstance(result, Skipped):
                failed += 1
                _say(f"skipped {result}")
                continue
            store.replace(rows.pop(id(result.article)), result)
            done += 1
    _say(f"{done} re-analyzed with pipeline {pipeline.PIPELINE_VERSION}, {failed} failed")
    if failed:
        sys.exit(1)


# --------------------------------------------------------------------------- queries


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(("json", "table")), default="json",
              show_default=True, help="Output format.")
@click.pass_obj
def stats(settings: Settings, db: str | None, fmt: str) -> None:
    """Counts of articles, actors, quotes, events, relations and more."""
    with _open(settings, db) as store, store.db.guard():
        counts = q.stats(store.db)
    if fmt == "json":
        click.echo(to_json(counts))
        return
    rows = [{"what": k, "count": v} for k, v in counts.items()]
    render_table(rows, ("what", "count"), "newsgraph stats", sys.stdout)


def _query(settings: Settings, db: str | None, fetch: Callable[[Any], list[dict[str, Any]]],
           columns: tuple[str, ...], fmt: str, evidence: bool, title: str) -> None:
    with _open(settings, db) as store, store.db.guard():
        rows = fetch(store.db)
    render_rows(rows, columns, fmt, title=title, evidence=evidence)


@click.command()
@_db_option
@click.option("--search", help="Words that must all occur (full text, stemmed).")
@_period_options
@_format_option()
@click.pass_obj
def articles(settings: Settings, db: str | None, search: str | None, since: str | None,
             until: str | None, fmt: str, limit: int, evidence: bool) -> None:
    """Stored articles, newest first (--search: full-text search)."""
    _query(settings, db, lambda d: q.list_articles(d, search, since, until, limit),
           ("id", "date", "title", "source", "duplicates"), fmt, evidence, "articles")


@click.command()
@_db_option
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. IRN.")
@click.option("--sector", help="Sector code, e.g. MIL, GOV.")
@click.option("--type", "type_", help="PERSON, ORG, COUNTRY or GPE.")
@click.option("--name", help="Name or alias (or part of a name).")
@_format_option()
@click.pass_obj
def actors(settings: Settings, db: str | None, country: str | None, sector: str | None,
           type_: str | None, name: str | None, fmt: str, limit: int, evidence: bool) -> None:
    """Global actors, most mentioned first."""
    _query(settings, db, lambda d: q.list_actors(d, country, sector, type_, name, limit),
           ("id", "name", "type", "country", "sector", "articles", "mentions", "first_seen",
            "last_seen"), fmt, evidence, "actors")


@click.command()
@click.argument("name")
@_db_option
@_format_option(choices=("table", "json"))
@click.pass_obj
def actor(settings: Settings, name: str, db: str | None, fmt: str, limit: int,
          evidence: bool) -> None:
    """One actor's profile: titles, mentions over time, quotes, events, relations."""
    with _open(settings, db) as store, store.db.guard():
        profile = q.actor_profile(store.db, name, limit)
    if profile is None:
        raise StoreError("no actor by that name or alias", name)
    if fmt == "json":
        click.echo(to_json(profile))
        return
    _print_profile(profile, evidence)


def _print_profile(p: dict[str, Any], evidence: bool) -> None:
    out = sys.stdout
    code = f"{p['country'] or ''}{p['sector'] or ''}"
    click.echo(f"{p['name']} ({p['type']}{', ' + code if code else ''}): {p['articles']} "
               f"articles, {p['mentions']} mentions, {p['first_seen']} to {p['last_seen']}")
    if p["aliases"]:
        click.echo("aliases: " + "; ".join(p["aliases"]))
    if p["other_matches"]:
        click.echo(f"also matching: {len(p['other_matches'])} other actor(s) with that name "
                   "(their ids are in --format json)")
    sections: list[tuple[str, str, tuple[str, ...]]] = [
        ("titles", "titles", ("title", "qualifier", "first_seen", "last_seen", "articles")),
        ("timeline", "mentions by month", ("month", "articles", "mentions")),
        ("quotes", "quotes", ("date", "kind", "text")),
        ("events_as_actor", "events as actor", ("date", "type", "recipient", "trigger")),
        ("events_as_recipient", "events as recipient", ("date", "actor", "type", "trigger")),
        ("relations", "relations", ("source", "type", "target", "count", "last_date")),
    ]
    for key, title, columns in sections:
        if p[key]:
            shown = (*columns, "evidence") if evidence and "evidence" in p[key][0] else columns
            render_table(p[key], shown, title, out)


@click.command()
@_db_option
@click.option("--speaker", help="Speaker name or alias.")
@click.option("--search", help="Words in the quote (full text, stemmed).")
@click.option("--kind", type=click.Choice(("direct", "partial", "reported")),
              help="Only quotes of this kind.")
@_period_options
@_format_option()
@click.pass_obj
def quotes(settings: Settings, db: str | None, speaker: str | None, search: str | None,
           kind: str | None, since: str | None, until: str | None, fmt: str, limit: int,
           evidence: bool) -> None:
    """Quotes with their speakers, newest first."""
    _query(settings, db, lambda d: q.list_quotes(d, speaker, search, since, until, kind, limit),
           ("id", "date", "speaker", "kind", "text"), fmt, evidence, "quotes")


@click.command()
@_db_option
@click.option("--actor", "actor_", help="Actor name or alias.")
@click.option("--recipient", help="Recipient name or alias.")
@click.option("--type", "type_", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--country", help="ISO3 country where it happened or of either side.")
@_period_options
@_format_option()
@click.pass_obj
def events(settings: Settings, db: str | None, actor_: str | None, recipient: str | None,
           type_: str | None, country: str | None, since: str | None, until: str | None,
           fmt: str, limit: int, evidence: bool) -> None:
    """PLOVER events, newest first."""
    _query(settings, db,
           lambda d: q.list_events(d, actor_, recipient, type_, country, since, until, limit),
           ("id", "date", "actor", "type", "recipient", "trigger", "location"), fmt, evidence,
           "events")


@click.command()
@_db_option
@click.option("--actor", "actor_", help="Actor name or alias (either end of the edge).")
@click.option("--type", "type_", help="Edge type, e.g. SUPPORT or ASSAULT.")
@_format_option()
@click.pass_obj
def relations(settings: Settings, db: str | None, actor_: str | None, type_: str | None,
              fmt: str, limit: int, evidence: bool) -> None:
    """The actor graph: edges with counts, dates, mean intensity and evidence."""
    _query(settings, db, lambda d: q.list_relations(d, actor_, type_, limit),
           ("source", "type", "target", "count", "first_date", "last_date", "mean_intensity"),
           fmt, evidence, "relations")


@click.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="jsonl, csv (a directory), gdelt (TSV, each event once), gdelt-mentions "
                   "(TSV, every record of an event with its offsets), graphml, gexf, parquet "
                   "(a directory).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="File (or directory for csv/parquet) to write.")
@click.pass_obj
def export_command(settings: Settings, db: str | None, fmt: str, output: Path) -> None:
    """Export the store (see `newsgraph export --help` for the formats)."""
    with _open(settings, db) as store, store.db.guard():
        try:
            summary = export(store.db, fmt, output)
        except OSError as exc:
            raise StoreError(f"cannot write the export ({exc.strerror or exc})",
                             str(output)) from None
    _say(f"exported {summary} to {output}")


COMMANDS = [ingest, reanalyze, stats, articles, actors, actor, quotes, events, relations,
            export_command]
