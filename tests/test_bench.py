"""``hearsay bench`` on a tiny corpus: every figure is there and adds up (no timing asserted)."""

from __future__ import annotations

import functools
import json

from typer.testing import CliRunner

from hearsay.bench import render_table, run_bench, run_scaling, sample_articles
from hearsay.cli import app

TEXT = (
    "Premier Mark Rutte zei dinsdag dat het kabinet de belasting op vuurwerk verhoogt. "
    "'We moeten iets doen', aldus Rutte. Volgens de oppositie kost dat 3 miljoen euro."
)


def write_corpus(path, count):
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            record = {"id": number, "text": TEXT, "published_at": "2019-03-05"}
            handle.write(json.dumps(record) + "\n")
        handle.write(json.dumps({"id": "empty", "text": " "}) + "\n")
    return path


def test_sample_articles_takes_the_first_non_empty_articles(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 4)
    sample, source = sample_articles(corpus, 3)
    assert [article.id for article in sample] == ["0", "1", "2"]
    assert sample[0].date == "2019-03-05" and source == str(corpus)
    everything, _ = sample_articles(corpus, None)
    assert len(everything) == 4  # the empty record is left out, as ingest would reject it


def test_run_bench_reports_every_size_on_one_worker_and_on_the_pool(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 5)
    result = run_bench(sizes=(2, None), corpus=corpus, workers=2, ingest=False)
    runs = result["runs"]
    assert [(run["articles"], run["workers"]) for run in runs] == [(2, 1), (5, 1), (2, 2), (5, 2)]
    assert all(run["words"] == run["articles"] * len(TEXT.split()) for run in runs)
    assert all(run["peak_rss_mb"] > 0 and run["cpu_seconds"] > 0 for run in runs)
    assert abs(sum(result["stage_share"].values()) - 1.0) < 0.01
    assert "hearsay_time" in result["stage_share"]
    assert result["model_load_s"] > 0 and result["peak_rss_mb_per_worker"] > 0
    # The shipped NER model (issue 4): its size, load time and speed are reported.
    assert 0 < result["ner_model_mb"] <= 50
    assert result["ner_load_s"] > 0 and result["ner_words_per_s"] > 0
    assert render_table(result).row_count == 4
    json.dumps(result)  # the last line of the command: must serialise


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
