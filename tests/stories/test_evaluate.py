"""B-cubed scoring of story clusters against labels, the corpus loaders, the eval command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hearsay.cli import app
from hearsay.stories.evaluate import (
    GRETA_FILE,
    MEANTIME_FILE,
    bcubed,
    evaluate_stories,
    format_report,
    item_scores,
    load_greta,
    load_meantime,
    score_clusters,
)

# Five items, two labels: a, b, c are X; d, e are Y.
LABELS = {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}


@pytest.mark.parametrize(
    "clusters, precision, recall",
    [
        # perfect
        ({"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}, 1.0, 1.0),
        # everything in one cluster: P = (3 * 3/5 + 2 * 2/5) / 5 = 13/25
        ({"a": 1, "b": 1, "c": 1, "d": 1, "e": 1}, 13 / 25, 1.0),
        # all singletons: R = (3 * 1/3 + 2 * 1/2) / 5 = 2/5
        ({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, 1.0, 2 / 5),
        # {a, b} {c, d, e}: P = (1 + 1 + 1/3 + 2/3 + 2/3) / 5; R = (2/3 + 2/3 + 1/3 + 1 + 1) / 5
        ({"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}, 11 / 15, 11 / 15),
        # {a, b, c, d} {e}: P = (3 * 3/4 + 1/4 + 1) / 5 = 7/10; R = (3 * 1 + 1/2 + 1/2) / 5
        ({"a": 1, "b": 1, "c": 1, "d": 1, "e": 2}, 7 / 10, 4 / 5),
    ],
)
def test_bcubed_known_numbers(clusters, precision, recall):
    score = bcubed(clusters, LABELS)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert score.items == 5 and score.labels == 2
    assert score.clusters == len(set(clusters.values()))


def test_bcubed_unplaced_items_are_singletons_and_unlabelled_ignored():
    clusters = {"a": 1, "b": 1, "c": 1, "d": 2, "zz": 2}  # e missing, zz unlabelled
    score = bcubed(clusters, LABELS)
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx((3 * 1 + 2 * 1 / 2) / 5)
    assert score.clusters == 3  # {a, b, c}, {d}, {e}
    assert item_scores(clusters, LABELS)["e"] == (1.0, 0.5)


def test_bcubed_of_nothing_is_zero():
    assert bcubed({}, {}).f1 == 0.0


def test_score_clusters_lists_stories_that_cross_labels():
    clusters = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}
    info = {"c": {"title": "Airbus levert"}, "d": {"title": "Boeing levert"}}
    result = score_clusters(clusters, LABELS, info)
    assert result["stories_crossing_labels"] == 1
    assert result["crossing"][0]["labels"] == {"X": 1, "Y": 1}
    assert result["crossing"][0]["articles"] == ["c Airbus levert", "d Boeing levert"]
    assert result["multi_article_stories"] == 2 and result["largest_story"] == 2
    assert result["per_label"]["Y"] == {
        "articles": 2,
        "precision": 0.75,
        "recall": 0.5,
        "stories": 2,
    }
    report = format_report(result)
    assert "Airbus levert" in report and "1 cross labels" in report


AIRBUS = (
    "Airbus heeft dinsdag in Toulouse de eerste A380 superjumbo afgeleverd aan Singapore "
    "Airlines. Het toestel is met twee jaar vertraging klaar, zegt topman Louis Gallois van "
    "Airbus, en de klant krijgt een vergoeding."
)
AIRBUS_NEXT = (
    "De eerste Airbus A380 van Singapore Airlines heeft donderdag zijn eerste commerciële "
    "vlucht gemaakt, van Singapore naar Sydney. Airbus noemt de superjumbo een mijlpaal; "
    "Singapore Airlines verkocht de stoelen op een veiling."
)
APPLE = (
    "Apple heeft in San Francisco een nieuwe iPod gepresenteerd die video kan afspelen. "
    "Topman Steve Jobs zegt dat de winkel iTunes voortaan ook televisieseries verkoopt voor "
    "twee dollar per aflevering."
)
GRETA = (
    "Klimaatactiviste Greta Thunberg heeft in Stockholm opnieuw gestaakt voor het klimaat. "
    "Thunberg zegt dat politici te weinig doen en roept jongeren op om vrijdag weer de "
    "straat op te gaan, ook in Nederland."
)


def write_shared(root: Path) -> Path:
    """A tiny stand-in for ../shared: three MEANTIME documents and two Greta articles."""
    meantime = root / MEANTIME_FILE
    meantime.parent.mkdir(parents=True)
    rows = [
        ("a380_delivered", "corpus_airbus", "2007-10-15", "Eerste Airbus A380 opgeleverd", AIRBUS),
        ("a380_flight", "corpus_airbus", "2007-10-17", "Eerste A380-vlucht", AIRBUS_NEXT),
        ("ipod_video", "corpus_apple", "2005-10-13", "Apple toont video-iPod", APPLE),
    ]
    with meantime.open("w", encoding="utf-8") as handle:
        for doc, corpus, day, title, text in rows:
            record = {
                "doc": doc,
                "corpus": corpus,
                "creationtime": f"{day}T00:00:00",
                "title": title,
                "raw": f"{title}\n\n{text}",
            }
            handle.write(json.dumps(record) + "\n")
    greta = root / GRETA_FILE
    greta.parent.mkdir(parents=True)
    header = "Publication Date\tTime\tPublisher\tAuthor\tTitle\tURL\tText\n"
    greta.write_text(
        header
        + f"2019-12-06\t07:00\tNOS\tX\tGreta staakt\thttps://a\t{GRETA}\n"
        + f"\t\tTrouw\tY\tGreta zonder datum\thttps://b\t{GRETA} Een tweede versie.\n"
        + "2019-12-07\t08:00\tAD\tZ\tLeeg\thttps://c\t \n",
        encoding="utf-8",
    )
    return root


def test_loaders_read_labels_dates_and_outlets(tmp_path):
    shared = write_shared(tmp_path)
    meantime = load_meantime(shared / MEANTIME_FILE)
    assert [record["label"] for record in meantime] == ["corpus_airbus"] * 2 + ["corpus_apple"]
    assert meantime[0]["date"] == "2007-10-15" and meantime[0]["id"] == "meantime:a380_delivered"
    greta = load_greta(shared / GRETA_FILE)
    assert len(greta) == 2  # the empty text is left out
    assert greta[0]["outlet"] == "NOS" and greta[0]["date"] == "2019-12-06"
    assert greta[1]["date"] is None and {record["label"] for record in greta} == {"greta"}


def test_evaluate_stories_end_to_end(tmp_path):
    shared = write_shared(tmp_path / "shared")
    result = evaluate_stories(shared, workers=1)
    assert result["items"] == 5 and result["labels"] == 3
    assert result["precision"] == 1.0  # nothing joins across labels
    assert result["stories_crossing_labels"] == 0
    runner = CliRunner()
    cli = runner.invoke(app, ["eval", "stories", "--shared", str(shared), "--workers", "1"])
    assert cli.exit_code == 0, cli.output
    last = json.loads(cli.stdout.strip().splitlines()[-1])
    assert last["items"] == 5 and "crossing" not in last


def test_eval_stories_fails_cleanly_without_the_corpora(tmp_path):
    result = CliRunner().invoke(app, ["eval", "stories", "--shared", str(tmp_path)])
    assert result.exit_code == 2
