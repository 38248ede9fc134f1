"""``newsgraph eval``: precision/recall/F1 per task against the gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..eval import SPLITS, evaluate

__all__ = ["COMMANDS", "eval_command"]


@click.command("eval")
@click.option("--task", "tasks", multiple=True, help="Task to score (repeatable; default all).")
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="test",
    show_default=True,
    help="dev: what rules were tuned on; test: held out; all: both.",
)
@click.option("--gold-dir", type=click.Path(path_type=Path, file_okay=False), help="Gold files.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def eval_command(tasks: tuple[str, ...], split: str, gold_dir: Path | None, fmt: str) -> None:
    """Score extraction against the gold files in ../shared/eval (P/R/F1 per task).

    Tasks: see --task; each prints the figures of its gold sets.
    """
    scores = evaluate(list(tasks) or None, split, gold_dir)
    if fmt == "json":
        click.echo(
            json.dumps(
                {s.name: {"value": round(s.value, 4), "support": s.support} for s in scores},
                indent=2,
            )
        )
        return
    table = Table(title=f"newsgraph eval ({split})")
    for column in ("task", "dataset", "split", "metric", "value", "n"):
        table.add_column(column, justify="right" if column in ("value", "n") else "left")
    for s in scores:
        table.add_row(s.task, s.dataset, s.split, s.metric, f"{s.value:.3f}", str(s.support))
    Console().print(table)


COMMANDS = [eval_command]
