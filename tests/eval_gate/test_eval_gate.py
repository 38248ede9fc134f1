"""The eval gate: every pinned figure must stay at or above its minimum.

Minimums live in ``baseline_<task>.json`` beside this file, one per task, as
``{"task/dataset/split/metric": minimum}``; each was pinned just below what
was measured (see the file's ``_measured`` entry), so any regression fails CI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval import evaluate

HERE = Path(__file__).parent
BASELINES = sorted(HERE.glob("baseline_*.json"))


def _load(path: Path) -> dict[str, float]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


@pytest.mark.model
@pytest.mark.parametrize("baseline", BASELINES, ids=[p.stem for p in BASELINES])
def test_eval_gate(baseline: Path) -> None:
    task = baseline.stem.removeprefix("baseline_")
    minimums = _load(baseline)
    assert minimums, f"{baseline.name} pins nothing"
    splits = {name.split("/")[2] for name in minimums}
    measured = {}
    for split in splits:
        measured.update({s.name: s.value for s in evaluate([task], split)})
    missing = sorted(set(minimums) - set(measured))
    assert not missing, f"figures no longer produced: {missing}"
    regressions = {
        name: (round(measured[name], 4), floor)
        for name, floor in minimums.items()
        if measured[name] < floor
    }
    assert not regressions, f"below the pinned minimum (measured, minimum): {regressions}"
