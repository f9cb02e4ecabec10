"""``hearsay bench --scaling``: the figures it reports, on a tiny input (no timing asserted:
speed figures belong to the benchmark, and this machine's timings are noisy)."""

from __future__ import annotations

import functools
import json

from typer.testing import CliRunner

from hearsay.bench import run_scaling
from hearsay.cli import app


def test_bench_scaling_reports_every_input_and_factor(tmp_path):
    result = run_scaling(articles=1, corpus=tmp_path / "absent.jsonl", factors=(1, 2), repeats=1)
    assert result["factors"] == [1, 2]
    assert result["corpus"].endswith("seed-000.txt")  # the bundled example stands in
    for name in ("articles", "long_article", "quote_marks"):
        figures = result[name]
        first, second = figures["characters"]
        assert second == 2 * first or (name == "long_article" and second == 2 * first + 2)
        assert all(seconds > 0 for seconds in figures["seconds"])
        expected = figures["seconds"][1] / (2 * figures["seconds"][0])
        assert abs(figures["ratio"] - expected) < 0.01


def test_cli_bench_scaling_prints_json(tmp_path, monkeypatch):
    import hearsay.bench

    # Two sizes, one timing each: the command's wiring, not the figures, is under test.
    quick = functools.partial(hearsay.bench.run_scaling, factors=(1, 2), repeats=1)
    monkeypatch.setattr(hearsay.bench, "run_scaling", quick)
    answer = CliRunner().invoke(
        app, ["bench", "--scaling", "--articles", "1", "--corpus", str(tmp_path / "absent")]
    )
    assert answer.exit_code == 0, answer.output
    figures = json.loads(answer.stdout.strip().splitlines()[-1])
    assert figures["factors"] == [1, 2] and "ratio" in figures["quote_marks"]
