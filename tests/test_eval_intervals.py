"""Confidence intervals on eval figures: the Wilson interval and how ``newsgraph eval`` shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import eval_cmd
from newsgraph.eval import Score, wilson_interval


def test_wilson_interval_of_a_known_proportion() -> None:
    low, high = wilson_interval(0.5, 100) or (0.0, 0.0)
    assert (round(low, 3), round(high, 3)) == (0.404, 0.596)


def test_wilson_interval_stays_inside_zero_and_one() -> None:
    assert wilson_interval(1.0, 10) == (pytest.approx(0.722, abs=1e-3), 1.0)
    assert wilson_interval(0.0, 10) == (0.0, pytest.approx(0.278, abs=1e-3))
    assert wilson_interval(0.5, 0) is None


@pytest.mark.parametrize(
    ("metric", "value", "has_interval"),
    [("precision", 0.8, True), ("type_accuracy", 0.7, True), ("f1", 0.8, False),
     ("mention_f1", 0.6, False), ("found", 6.0, False)],
)
def test_only_proportions_have_an_interval(metric: str, value: float, has_interval: bool) -> None:
    assert (Score("t", "d", "test", metric, value, 50).interval is not None) == has_interval


_SCORES = [Score("events", "plover", "test", "type_accuracy", 0.7, 100),
           Score("events", "plover", "test", "f1", 0.5, 100)]


def test_eval_prints_the_interval_in_json_and_table(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setattr(eval_cmd, "evaluate", lambda tasks, split, gold: _SCORES)
    runner = CliRunner()
    out = runner.invoke(eval_cmd.eval_command, ["--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["events/plover/test/type_accuracy"]["ci95"] == [0.6041, 0.7811]
    assert data["events/plover/test/f1"]["ci95"] is None
    table = runner.invoke(eval_cmd.eval_command, [])
    assert "0.60–0.78" in table.output
