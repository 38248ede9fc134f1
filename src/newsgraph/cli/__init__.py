"""The ``newsgraph`` command line (click).

Every failure is one line on stderr naming the input, never a traceback:
exit 1 when an input was skipped or a run failed, 2 for usage errors.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..config import Settings, load_settings
from ..errors import NewsgraphError
from ..ingest import FetchOptions, read_sources
from ..model import Analysis, Skipped

__all__ = ["cli", "main"]

PROG = "newsgraph"


def _say(message: str) -> None:
    click.echo(f"{PROG}: {message}", err=True)


class _Tally:
    """Counts what a run read, analyzed and skipped, for the closing summary."""

    def __init__(self) -> None:
        self.analyzed = 0
        self.skipped = 0

    @property
    def total(self) -> int:
        return self.analyzed + self.skipped

    def summary(self) -> str:
        return f"{self.total} read, {self.analyzed} analyzed, {self.skipped} skipped"


def _analyses(
    sources: tuple[str, ...],
    settings: Settings,
    tally: _Tally,
    fetch_options: FetchOptions | None = None,
) -> Iterator[Analysis]:
    items = read_sources(sources, settings.words_per_minute, fetch_options)
    from ..pipeline import run  # spaCy is loaded only by the commands that analyze

    for result in run(items, settings):
        if isinstance(result, Skipped):
            tally.skipped += 1
            _say(f"skipped {result}")
        else:
            tally.analyzed += 1
            yield result


class _Group(click.Group):
    """The command group; its ``main`` is the one place errors become exit codes.

    Every failure becomes one line on stderr: ``newsgraph: error: <input>: <reason>``.
    Click's usage errors keep exit code 2; NewsgraphError subclasses carry their
    own; an unexpected bug prints one line too (set NEWSGRAPH_DEBUG=1 for the
    traceback).
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            _say(f"error: {exc.format_message()}")
            sys.exit(exc.exit_code)
        except NewsgraphError as exc:
            _say(f"error: {exc}")
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt):
            _say("interrupted")
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(1)
        except Exception as exc:  # a bug: still one line unless debugging
            if os.environ.get("NEWSGRAPH_DEBUG"):
                raise
            name = type(exc).__name__
            _say(f"internal error: {name}: {exc} (NEWSGRAPH_DEBUG=1 shows the traceback)")
            sys.exit(1)
        if isinstance(result, int) and result:
            sys.exit(result)
        sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name=PROG)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Settings file (TOML; keys as in newsgraph.config.Settings).",
)
@click.option("--model", help="spaCy pipeline name or path (default: the pinned English model).")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, model: str | None) -> None:
    """newsgraph: geopolitical news to an evidence-linked knowledge base."""
    ctx.obj = load_settings(config_path, model=model)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default="json",
    show_default=True,
    help="json: one object (an array for several articles); jsonl: one line per article.",
)
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes (parse + extract).")
@click.option(
    "--fetch-delay",
    type=click.FloatRange(0),
    default=FetchOptions().per_host_interval,
    show_default=True,
    help="Seconds between two requests to one host (URLs and feed items).",
)
@click.option(
    "--fetch-timeout",
    type=click.FloatRange(0, min_open=True),
    default=FetchOptions().timeout,
    show_default=True,
    help="Seconds to wait for a server to connect or send data.",
)
@click.pass_obj
def extract(
    settings: Settings,
    sources: tuple[str, ...],
    fmt: str,
    workers: int | None,
    fetch_delay: float,
    fetch_timeout: float,
) -> None:
    """Analyze articles and print the analysis.

    SOURCES are plain-text files, HTML pages, RSS/Atom feeds (each item's page
    is fetched), JSONL files ({id, title?, date?, text, url?} per line, .gz
    too), directories (walked recursively), http(s) URLs of pages or feeds, or
    - for stdin. Inputs that cannot be read, and non-English articles, are
    named on stderr and skipped; the exit code is then 1.
    """
    settings = settings.with_overrides(workers=workers)
    fetching = FetchOptions(per_host_interval=fetch_delay, timeout=fetch_timeout)
    tally = _Tally()
    if fmt == "jsonl":
        for analysis in _analyses(sources, settings, tally, fetching):
            click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False))
    else:
        _write_json([a.to_dict() for a in _analyses(sources, settings, tally, fetching)])
    if tally.total > 1 or tally.total == 0:
        _say(tally.summary())
    if tally.skipped:
        sys.exit(1)


def _write_json(docs: list[dict[str, Any]]) -> None:
    if not docs:
        return
    payload: Any = docs[0] if len(docs) == 1 else docs
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def _register_commands() -> None:
    """Attach the commands that live in their own modules (one module per area)."""
    from . import eval_cmd, store_cmd

    for module in (eval_cmd, store_cmd):
        for command in module.COMMANDS:
            cli.add_command(command)


_register_commands()


def main(argv: list[str] | None = None) -> None:
    """Console entry point (``newsgraph``)."""
    cli.main(args=argv, prog_name=PROG)
