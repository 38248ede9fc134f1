"""Score newsgraph against the gold files in ``../shared/eval/``.

Each task lives in its own module (``eval/actors.py``, ``eval/quotes.py``,
``eval/events.py``, ...) that defines ``TASK = "name"`` and
``evaluate(gold_dir, split) -> list[Score]``; modules are discovered, so adding
a task touches no shared file. ``split`` is ``dev`` (what we tune on),
``test`` (held out, what we report) or ``all``; each task documents how it
splits its gold file.
"""

from __future__ import annotations

import importlib
import json
import math
import os
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError

__all__ = [
    "SPLITS",
    "Score",
    "default_gold_dir",
    "evaluate",
    "prf",
    "prf_scores",
    "rate",
    "read_jsonl",
    "task_names",
    "wilson_interval",
]

SPLITS = ("dev", "test", "all")


def _discover() -> dict[str, str]:
    """Map task name -> module name for every module here that defines TASK."""
    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        task = getattr(module, "TASK", None)
        if isinstance(task, str):
            found[task] = info.name
    return found


@dataclass(frozen=True, slots=True)
class Score:
    """One measured figure: a task, the gold set, a metric and its value.

    ``metric`` is e.g. "precision", "recall", "f1" or "accuracy"; ``support``
    is how many gold items the figure is computed over.
    """

    task: str
    dataset: str
    split: str
    metric: str
    value: float
    support: int

    @property
    def name(self) -> str:
        """The key used by the eval gate: ``task/dataset/split/metric``."""
        return f"{self.task}/{self.dataset}/{self.split}/{self.metric}"

    @property
    def interval(self) -> tuple[float, float] | None:
        """The 95% Wilson interval of a proportion (precision, recall, an accuracy).

        None for F1 (not a proportion of one count), for counts, and when
        nothing was counted. The gold sets are small (a test split holds 20 to
        110 items), so a difference inside the interval is not a measured gain.
        """
        if self.metric.endswith("f1") or not 0.0 <= self.value <= 1.0:
            return None
        return wilson_interval(self.value, self.support)


def wilson_interval(value: float, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion ``value`` observed over ``n`` items."""
    if n <= 0:
        return None
    centre = value + z * z / (2 * n)
    spread = z * math.sqrt(value * (1 - value) / n + z * z / (4 * n * n))
    scale = 1 + z * z / n
    return max(0.0, (centre - spread) / scale), min(1.0, (centre + spread) / scale)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two totals (0 when empty)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def prf_scores(
    task: str, dataset: str, split: str, counts: tuple[int, int, int], prefix: str = ""
) -> list[Score]:
    """Precision, recall and F1 Scores from ``(tp, n_pred, n_gold)``; ``prefix`` names them."""
    tp, n_pred, n_gold = counts
    p, r, f = prf(tp, n_pred, n_gold)
    return [
        Score(task, dataset, split, f"{prefix}precision", p, n_pred),
        Score(task, dataset, split, f"{prefix}recall", r, n_gold),
        Score(task, dataset, split, f"{prefix}f1", f, n_gold),
    ]


def rate(task: str, dataset: str, split: str, metric: str, right: int, total: int) -> Score:
    """An accuracy-style Score: ``right / total`` (0 when there is nothing to count)."""
    return Score(task, dataset, split, metric, right / total if total else 0.0, total)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every record of a gold JSONL file.

    Raises:
        ConfigError: the file does not exist.
    """
    if not path.is_file():
        raise ConfigError("gold file not found", str(path))
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def default_gold_dir() -> Path:
    """``$NEWSGRAPH_GOLD_DIR``, else ``../shared/eval`` beside the checkout, else beside cwd."""
    env = os.environ.get("NEWSGRAPH_GOLD_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "eval"


def evaluate(
    tasks: list[str] | None = None, split: str = "test", gold_dir: Path | None = None
) -> list[Score]:
    """Run the named tasks (all by default) on ``split`` and return their scores.

    Raises:
        ConfigError: an unknown task or split, or a gold directory that does not exist.
    """
    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r} (choose from {', '.join(SPLITS)})")
    gold = gold_dir or default_gold_dir()
    if not gold.is_dir():
        raise ConfigError("gold directory not found", str(gold))
    registry = task_names()
    names = tasks or sorted(registry)
    scores: list[Score] = []
    for name in names:
        if name not in registry:
            known = ", ".join(sorted(registry)) or "none"
            raise ConfigError(f"unknown eval task {name!r} (choose from {known})")
        module = importlib.import_module(f"{__name__}.{registry[name]}")
        run: Callable[[Path, str], list[Score]] = module.evaluate
        scores.extend(run(gold, split))
    return scores


def task_names() -> dict[str, str]:
    """The registered eval tasks: task name -> module name."""
    return _discover()
