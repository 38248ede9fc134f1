"""``newsgraph eval``: precision/recall/F1 per task against the gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..eval import SPLITS, Score, evaluate

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
        click.echo(json.dumps({s.name: _json(s) for s in scores}, indent=2))
        return
    table = Table(title=f"newsgraph eval ({split})",
                  caption="95% CI: Wilson interval of a proportion (none for F1 and counts)")
    for column in ("task", "dataset", "split", "metric", "value", "n", "95% CI"):
        table.add_column(column, justify="left" if column in ("task", "dataset", "split",
                                                              "metric") else "right")
    for s in scores:
        ci = s.interval
        table.add_row(s.task, s.dataset, s.split, s.metric, f"{s.value:.3f}", str(s.support),
                      f"{ci[0]:.2f}–{ci[1]:.2f}" if ci else "")
    console = Console()
    # a pipe gets 80 columns, which would cut the metric names: tables are read whole
    Console(width=max(console.width, 100)).print(table)


def _json(score: Score) -> dict[str, Any]:
    ci = score.interval
    return {"value": round(score.value, 4), "support": score.support,
            "ci95": [round(ci[0], 4), round(ci[1], 4)] if ci else None}


COMMANDS = [eval_command]
