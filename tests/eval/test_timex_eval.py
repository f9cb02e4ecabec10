"""Tests for the timex scorer (hearsay/eval/timex.py): value comparison and counting on tiny
handmade cases; the real test sets are read through ../shared and skipped when absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hearsay.eval.timex import (
    OUT_OF_SCOPE,
    Case,
    Expected,
    duration_seconds,
    evaluate_timex,
    format_timex_report,
    read_duckling,
    score_cases,
    value_matches,
)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "timex"


@pytest.mark.parametrize(
    ("ours", "targets", "right"),
    [
        ("2016-10-02", [("timex", "XXXX-10-02")], True),
        ("2016-10-03", [("timex", "XXXX-10-02")], False),
        ("2016-11-11", [("timex", "XXXX-WXX-5")], True),  # a Friday
        ("2016-11-10", [("timex", "XXXX-WXX-5")], False),
        ("2016-11-07T19:30", [("timex", "T07:30"), ("timex", "T19:30")], True),
        ("2016-11-07T15:00", [("timex", "2016-11-07T15")], True),
        ("2016-11-07T15:30", [("timex", "2016-11-07T15")], False),
        ("2016-11-07T00:05", [("timex", "2016-11-07T00:05:00")], True),
        ("PT90M", [("timex", "PT1.5H")], True),
        ("P30D", [("timex", "P4W2D")], True),
        ("P2W", [("timex", "P3W")], False),
        ("199", [("interval", "XX90-01-01", "XX00-01-01", "P10Y")], True),  # century open
        ("198", [("interval", "XX90-01-01", "XX00-01-01", "P10Y")], False),
        ("199", [("interval", "1990-01-01", "2000-01-01", "P10Y")], True),
        ("P3D", [("interval", "2016-11-08", "2016-11-11", "P3D")], True),
        (
            "2013-02-12TEV",
            [("duckling", "2013-02-12T18:00:00", "2013-02-13T00:00:00", "hour")],
            True,
        ),
        ("2012-WI", [("duckling", "2012-12-21T00:00:00", "2013-03-21T00:00:00", "day")], True),
        ("P2D", [("duckling", "2013-02-10T00:00:00", "2013-02-12T00:00:00", "day")], True),
        ("2016-SU", [("timex", "SU")], True),
        ("PRESENT_REF", [("timex", "PRESENT_REF")], True),
        ("PAST_REF", [("timex", "PRESENT_REF")], False),
        (None, [("timex", "2016")], False),
    ],
)
def test_timex_eval_value_matches(ours, targets, right):
    assert value_matches(ours, targets) is right


def test_timex_eval_duration_seconds():
    assert duration_seconds("PT1H15M") == 4500
    assert duration_seconds("P1Y") == 360 * 86400
    assert duration_seconds("PXD") is None


def test_timex_eval_counts_detection_and_value():
    cases = [
        # found, right value
        Case(
            "t",
            "1",
            "Ik ga morgen terug",
            "2016-11-07",
            [Expected(6, 12, "date", [("timex", "2016-11-08")])],
        ),
        # found, wrong value
        Case(
            "t",
            "2",
            "Ik ga gisteren terug",
            "2016-11-07",
            [Expected(6, 14, "date", [("timex", "2016-11-08")])],
        ),
        # missed
        Case(
            "t",
            "3",
            "Ik ga op zat terug",
            "2016-11-07",
            [Expected(9, 12, "date", [("timex", "XXXX-WXX-6")])],
        ),
        # a negative with a prediction: a false positive
        Case("t", "4", "Het duurde twee uur", "2016-11-07", []),
        # an interval between two points: detection only
        Case(
            "t",
            "5",
            "van 2014 tot 2018",
            "2016-11-07",
            [
                Expected(
                    0,
                    17,
                    "range",
                    [("interval", "2014-01-01", "2018-01-01", "P4Y")],
                    value_scope=False,
                )
            ],
        ),
    ]
    result = score_cases(cases)
    scores = result["scores"]
    assert (scores["expected"], scores["found"]) == (4, 3)
    assert scores["predicted"] == 5  # morgen, gisteren, twee uur, 2014, 2018
    assert scores["predicted_right"] == 4
    assert (scores["value_scored"], scores["value_correct"]) == (2, 1)
    assert result["value_out_of_scope"] == 1
    assert result["categories"]["date"]["found"] == 2


def test_timex_eval_reads_duckling_lines(tmp_path):
    folder = tmp_path / "duckling_nl"
    folder.mkdir()
    record = {
        "text": "volgende maand",
        "kind": "instant",
        "value": "2013-03-00T00:00:00",
        "grain": "month",
        "reference_time": "2013-02-12T04:30:00-02:00",
    }
    (folder / "time_nl.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "time_nl_negative.txt").write_text("een hotel\n", encoding="utf-8")
    cases = read_duckling(tmp_path)
    assert [case.text for case in cases] == ["volgende maand", "een hotel"]
    assert cases[0].expected[0].targets == [("timex", "2013-03")]
    assert cases[1].expected == []
    result = evaluate_timex(tmp_path)
    assert result["scores"]["value_accuracy"] == 1.0
    assert "duckling:instant" in format_timex_report(result)


def test_timex_eval_missing_root_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate_timex(tmp_path)


def test_timex_eval_every_exclusion_has_a_reason():
    assert all(
        rule["reason"] and rule["level"] in ("cases", "value") for rule in OUT_OF_SCOPE.values()
    )


@pytest.mark.skipif(not SHARED.exists(), reason="the shared timex test sets are not present")
def test_timex_eval_real_sets_reach_the_targets():
    result = evaluate_timex(SHARED)
    assert result["scores"]["f1"] >= 0.90
    assert result["scores"]["value_accuracy"] >= 0.85
    report = format_timex_report(result)
    assert "out of scope" in report
    assert "recognizers:date" in report
