"""Score the time-expression stage against two public Dutch test sets.

The sets (see ``shared/data/timex/SOURCE.md``):

* Microsoft Recognizers-Text, ``Specs/DateTime/Dutch/DateTimeModel.json``: sentences with the
  expected spans, their type (``datetimeV2.date``, ``.daterange``, ``.time`` ...) and TIMEX-like
  values, each with its own reference date (``Context.ReferenceDateTime``). Read end to end.
* Facebook Duckling, ``time_nl.jsonl`` and ``duration_nl.jsonl`` (+ ``*_negative.txt``): short
  phrases, each as a whole one expression, with the expected value at a grain, all against
  the reference 2013-02-12T04:30.

Scoring:

* Detection: an expected expression is found when a predicted span overlaps it; a predicted
  span that overlaps no expected expression (including every span in a negative phrase) is a
  false positive. Precision, recall and F1 are micro-averaged.
* Value: over the found in-scope expressions, the predicted value (of the overlapping span that
  overlaps most) is compared with the expected one at the expected grain. Parts the expected
  value leaves open (``XXXX-10-02``, ``XXXX-WXX-5``, ``T07:30``) match anything in ours, so a
  resolved ``2016-10-02`` or a Friday matches; of alternatives (``T11:40,T23:40``) one must
  match; durations are compared by length (``PT90M`` = ``PT1.5H``); an interval matches a
  duration of its length, or a calendar value that covers exactly the interval (``199`` for
  the 1990s), a part of day, a season or a weekend that it spans. Mods are not scored.

Out of scope, each with its reason (:data:`OUT_OF_SCOPE`); they are counted and listed in the
report, not scored.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hearsay.nlp.timex import find_timexes

DEFAULT_ROOT = Path("../shared/data/timex")
RECOGNIZERS_FILE = Path("ms_recognizers_text_nl/Specs/DateTime/Dutch/DateTimeModel.json")
DUCKLING_FILES = ("duckling_nl/time_nl.jsonl", "duckling_nl/duration_nl.jsonl")
DUCKLING_NEGATIVES = ("duckling_nl/time_nl_negative.txt", "duckling_nl/duration_nl_negative.txt")

#: Categories left out, and why. ``cases`` leave a whole test case out; ``value`` leaves an
#: expected expression out of value accuracy only (its detection is still scored).
OUT_OF_SCOPE: dict[str, dict[str, str]] = {
    "recognizers:not-supported-dotnet": {
        "level": "cases",
        "reason": "marked NotSupported 'dotnet' in the spec: the reference implementation "
        "itself does not produce the expected output, so the expectation is unverified",
    },
    "interval-between-points": {
        "level": "value",
        "reason": "an interval written as two explicit points ('van maart tot mei', "
        "'13 - 15 juli', 'tussen 3 en 5'): TimeML/TIMEX3 annotates the two points as two "
        "TIMEX3s, and hearsay's Timex holds one value, so the pair's value cannot be "
        "expressed; detection is scored",
    },
}

_INTERVAL_MARK = re.compile(
    r"\b(?:tot|tussen|t/m)\b|\bna\b.*\bvoor\b|\d\s*[-~–]\s*\w|\w\s*[-~–]\s*\d|\w-\w", re.I
)


# -- test cases ----------------------------------------------------------------------------------


@dataclass
class Expected:
    """One expected expression: its span, category and the values that would be right."""

    start: int
    end: int
    category: str
    targets: list[tuple[Any, ...]]  # ("timex", str) | ("interval", s, e, d) | ("duckling", ...)
    value_scope: bool = True


@dataclass
class Case:
    source: str  # recognizers | duckling
    id: str
    text: str
    reference: str | None
    expected: list[Expected] = field(default_factory=list)


def _recognizers_targets(result: dict[str, Any]) -> list[tuple[Any, ...]]:
    targets: list[tuple[Any, ...]] = []
    values = (result.get("Resolution") or {}).get("values") or []
    for value in values:
        timex = value.get("timex")
        if not timex:
            continue
        match = re.fullmatch(r"\(([^,]*),([^,]*),([^,]*)\)", timex)
        if match:
            targets.append(("interval", *match.groups()))
        else:
            targets.extend(("timex", part) for part in timex.split(","))
    return targets


def read_recognizers(path: Path) -> tuple[list[Case], dict[str, int]]:
    """The in-scope cases of ``DateTimeModel.json`` and counts of those left out."""
    records = json.loads(path.read_text(encoding="utf-8-sig"))
    cases: list[Case] = []
    skipped: dict[str, int] = defaultdict(int)
    for number, record in enumerate(records):
        if "dotnet" in (record.get("NotSupported") or "").lower():
            skipped["recognizers:not-supported-dotnet"] += 1
            continue
        text = record["Input"]
        reference = (record.get("Context") or {}).get("ReferenceDateTime")
        case = Case("recognizers", f"recognizers:{number}", text, reference)
        for result in record.get("Results") or []:
            type_name = result.get("TypeName") or result.get("Typename") or "unknown"
            category = "recognizers:" + type_name.replace("datetimeV2.", "")
            start = int(result["Start"])
            end = int(result.get("End", start + len(result.get("Text", "")) - 1)) + 1
            targets = _recognizers_targets(result)
            interval = any(t[0] == "interval" for t in targets)
            in_scope = not (interval and _INTERVAL_MARK.search(result.get("Text", "")))
            case.expected.append(Expected(start, end, category, targets, in_scope))
        cases.append(case)
    return cases, dict(skipped)


def _duckling_instant(value: str, grain: str) -> str:
    """A Duckling value at its grain as a TIMEX3 value: month/day 00 means unspecified."""
    year, month, day = value[:4], value[5:7], value[8:10]
    clock = value[11:19]
    if grain == "year":
        return year
    if grain == "quarter":
        return f"{year}-Q{(int(month) - 1) // 3 + 1}"
    if grain == "month":
        return f"{year}-{month}"
    if grain == "week":
        iso_year, week, _ = date(int(year), int(month), int(day)).isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if grain == "day":
        return f"{year}-{month}-{day}"
    if grain == "hour":
        return f"{year}-{month}-{day}T{clock[:2]}"
    if grain == "minute":
        return f"{year}-{month}-{day}T{clock[:5]}"
    return f"{year}-{month}-{day}T{clock}"


_DUCKLING_UNITS = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
}


def read_duckling(root: Path) -> list[Case]:
    """The Duckling examples (the whole text is one expression) and negatives (none)."""
    cases: list[Case] = []
    for name in DUCKLING_FILES:
        path = root / name
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            kind = record["kind"]
            text = record["text"]
            reference = record.get("reference_time", "2013-02-12T04:30:00")[:19]
            if kind == "duration":
                unit = _DUCKLING_UNITS[record["unit"]]
                amount = record["amount"]
                value = f"PT{amount}{unit[1]}" if unit.startswith("T") else f"P{amount}{unit}"
                targets: list[tuple[Any, ...]] = [("timex", value)]
            elif kind == "interval":
                targets = [("duckling", record["start"], record["end_exclusive"], record["grain"])]
            else:
                targets = [("timex", _duckling_instant(record["value"], record["grain"]))]
                if record["value"][:19] == reference[:19] and record["grain"] == "second":
                    targets.append(("timex", "PRESENT_REF"))
            in_scope = not (kind == "interval" and _INTERVAL_MARK.search(text))
            category = f"duckling:{kind}"
            case = Case("duckling", f"{name}:{number}", text, reference)
            case.expected.append(Expected(0, len(text), category, targets, in_scope))
            cases.append(case)
    for name in DUCKLING_NEGATIVES:
        path = root / name
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                cases.append(Case("duckling", f"{name}:{number}", line.strip(), "2013-02-12"))
    return cases


# -- value comparison ----------------------------------------------------------------------------

_TIMEX = re.compile(
    r"(?:(?P<year>\d{4}|X{4}|XX\d\d)"
    r"(?:-(?:W(?P<week>\d\d|XX)(?:-(?P<wday>\d|WE))?|Q(?P<quarter>\d)|(?P<season>SP|SU|FA|WI)"
    r"|(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX)|-W(?P<mweek>\d\d))?))?)?"
    r"(?:T(?:(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?"
    r"|(?P<pod>MO|AF|EV|NI|MI|DT)))?"
)
_DURATION = re.compile(r"P(?:(?P<date>[\d.X]+(?:CE|DE|WE|[YQMWD]))*)(?:T(?P<time>[\d.X]+[HMS])*)?")
_DURATION_PART = re.compile(r"([\d.]+|X)(CE|DE|WE|[YQMWDHS])")
_SECONDS = {
    "CE": 100 * 360 * 86400,
    "DE": 10 * 360 * 86400,
    "Y": 360 * 86400,
    "Q": 90 * 86400,
    "M": 30 * 86400,
    "W": 7 * 86400,
    "WE": 2 * 86400,
    "D": 86400,
}
_TIME_SECONDS = {"H": 3600, "M": 60, "S": 1}
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
POD_HOURS = {"MO": range(0, 12), "AF": range(12, 18), "EV": range(18, 24), "NI": range(0, 24)}


def duration_seconds(value: str) -> float | None:
    """A TIMEX3 duration's length in seconds (a month is 30 days, a year 360), or None."""
    if not _DURATION.fullmatch(value) or "X" in value:
        return None
    date_part, _, time_part = value[1:].partition("T")
    total = 0.0
    for amount, unit in _DURATION_PART.findall(date_part):
        total += float(amount) * _SECONDS[unit]
    for amount, unit in _DURATION_PART.findall(time_part):
        total += float(amount) * _TIME_SECONDS[unit]
    return total if date_part or time_part else None


def _components(value: str) -> dict[str, str] | None:
    match = _TIMEX.fullmatch(value)
    if not match or not value:
        return None
    parts = {key: part for key, part in match.groupdict().items() if part is not None}
    year, month, day = parts.get("year"), parts.get("month"), parts.get("day")
    if year and month and day and year.isdigit() and month.isdigit() and day.isdigit():
        try:
            resolved = date(int(year), int(month), int(day))
        except ValueError:
            return parts
        iso_year, week, weekday = resolved.isocalendar()
        parts.setdefault("week", f"{week:02d}")
        parts.setdefault("wday", str(weekday))
        parts.setdefault("quarter", str((int(month) - 1) // 3 + 1))
    elif year and month and month.isdigit():
        parts.setdefault("quarter", str((int(month) - 1) // 3 + 1))
    return parts


def _timex_matches(ours: str, expected: str) -> bool:
    if ours == expected:
        return True
    if expected.endswith("_REF") or ours.endswith("_REF"):
        return False
    if expected.startswith("P") and ours.startswith("P"):
        mine, theirs = duration_seconds(ours), duration_seconds(expected)
        return mine is not None and theirs is not None and abs(mine - theirs) < 1e-6
    if expected.endswith("_REF") or ours.endswith("_REF"):
        return False
    if expected in SEASON_MONTH:  # a season of no particular year
        return ours.endswith("-" + expected)
    theirs_parts = _components(expected)
    mine_parts = _components(ours)
    if not theirs_parts or mine_parts is None:
        return False
    for key, part in theirs_parts.items():
        if "X" in part:
            continue
        if key == "week" and "year" in mine_parts and "day" in mine_parts:
            # an ISO week belongs to the ISO year, which may differ at a year's edge
            mine_day = date(
                int(mine_parts["year"]), int(mine_parts["month"]), int(mine_parts["day"])
            )
            if f"{mine_day.isocalendar()[1]:02d}" != part:
                return False
            continue
        default = "00" if key in ("minute", "second") and "hour" in mine_parts else None
        if mine_parts.get(key, default) != part:
            return False
    for coarse, fine in (("hour", "minute"), ("minute", "second")):
        if coarse in theirs_parts and fine not in theirs_parts:
            if mine_parts.get(fine, "00") != "00":
                return False
    return True


def _expand(value: str) -> tuple[str, str] | None:
    """The [start, end) days a calendar value covers, as ISO dates."""
    if re.fullmatch(r"\d{3}", value):
        start = int(value) * 10
        return f"{start:04d}-01-01", f"{start + 10:04d}-01-01"
    if re.fullmatch(r"\d{2}", value):
        start = int(value) * 100
        return f"{start:04d}-01-01", f"{start + 100:04d}-01-01"
    match = re.fullmatch(r"(\d{4})(?:-Q([1-4])|-(\d\d)(?:-(\d\d))?)?", value)
    if not match:
        return None
    year = int(match.group(1))
    if match.group(2):
        first = (int(match.group(2)) - 1) * 3 + 1
        end_year, end_month = (year + 1, 1) if first == 10 else (year, first + 3)
        return f"{year:04d}-{first:02d}-01", f"{end_year:04d}-{end_month:02d}-01"
    if match.group(4):
        day = date(year, int(match.group(3)), int(match.group(4)))
        following = date.fromordinal(day.toordinal() + 1)
        return day.isoformat(), following.isoformat()
    if match.group(3):
        month = int(match.group(3))
        end_year, end_month = (year + 1, 1) if month == 12 else (year, month + 1)
        return f"{year:04d}-{month:02d}-01", f"{end_year:04d}-{end_month:02d}-01"
    return f"{year:04d}-01-01", f"{year + 1:04d}-01-01"


def _wild_equal(ours: str, expected: str) -> bool:
    return len(ours) == len(expected) and all(
        e == "X" or o == e for o, e in zip(ours, expected, strict=True)
    )


def _interval_matches(ours: str, start: str, end: str, length: str) -> bool:
    if ours.startswith("P"):
        return _timex_matches(ours, length)
    covered = _expand(ours)
    if covered is None:
        return False
    return _wild_equal(covered[0], start[:10]) and _wild_equal(covered[1], end[:10])


def _months_between(start: str, end: str) -> int:
    return (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7])


def _duckling_interval_matches(ours: str, start: str, end: str, grain: str) -> bool:
    if ours.startswith("P"):
        if grain in ("year", "month", "quarter"):
            months = _months_between(start, end)
            expected = f"P{months // 12}Y" if grain == "year" else f"P{months}M"
        else:
            begin = datetime.fromisoformat(start[:19])
            finish = datetime.fromisoformat(end[:19])
            seconds = (finish - begin).total_seconds()
            expected = f"PT{int(seconds)}S"
        return _timex_matches(ours, expected)
    parts = _components(ours) or {}
    begin_day = start[:10]
    if parts.get("pod"):
        day = f"{parts.get('year')}-{parts.get('month')}-{parts.get('day')}"
        return day == begin_day and int(start[11:13]) in POD_HOURS[parts["pod"]]
    if parts.get("season"):
        season = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}.get(int(start[5:7]))
        return parts["season"] == season and parts.get("year") == start[:4]
    if parts.get("wday") == "WE" and "month" not in parts:
        first = date.fromisoformat(begin_day)
        iso_year, week, weekday = first.isocalendar()
        return (
            weekday == 5
            and parts.get("week") == f"{week:02d}"
            and parts.get("year") == f"{iso_year:04d}"
        )
    covered = _expand(ours)
    return covered is not None and covered == (begin_day, end[:10])


def value_matches(ours: str | None, targets: Iterable[tuple[Any, ...]]) -> bool:
    """Whether our TIMEX3 value is one of the expected targets (see the module docstring)."""
    if not ours:
        return False
    for target in targets:
        kind = target[0]
        if kind == "timex" and _timex_matches(ours, target[1]):
            return True
        if kind == "interval" and _interval_matches(ours, *target[1:]):
            return True
        if kind == "duckling" and _duckling_interval_matches(ours, *target[1:]):
            return True
    return False


# -- scoring -------------------------------------------------------------------------------------


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    predicted: int = 0
    predicted_right: int = 0  # predictions that overlap an expected expression
    value_scored: int = 0
    value_correct: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        precision = self.predicted_right / self.predicted if self.predicted else 0.0
        recall = self.found / self.expected if self.expected else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "expected": self.expected,
            "found": self.found,
            "predicted": self.predicted,
            "predicted_right": self.predicted_right,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "value_scored": self.value_scored,
            "value_correct": self.value_correct,
            "value_accuracy": round(self.value_correct / self.value_scored, 4)
            if self.value_scored
            else 0.0,
        }


def score_cases(cases: Iterable[Case], max_errors: int = 30) -> dict[str, Any]:
    """Detection and value scores of the analyser over ``cases``, overall and per category."""
    overall = Tally()
    categories: dict[str, Tally] = defaultdict(Tally)
    errors: list[dict[str, Any]] = []
    value_skipped = 0
    count = 0
    for case in cases:
        count += 1
        predictions = find_timexes(case.text, case.reference)
        tally = Tally(predicted=len(predictions))
        tally.predicted_right = sum(
            any(p.start < e.end and e.start < p.end for e in case.expected) for p in predictions
        )
        overall.add(tally)
        for expected in case.expected:
            category = categories[expected.category]
            category.expected += 1
            overall.expected += 1
            overlapping = [
                p for p in predictions if p.start < expected.end and expected.start < p.end
            ]
            if not overlapping:
                if len(errors) < max_errors:
                    errors.append({"case": case.id, "text": case.text, "error": "missed"})
                continue
            category.found += 1
            overall.found += 1
            if not expected.value_scope:
                value_skipped += 1
                continue
            best = max(
                overlapping,
                key=lambda p: min(p.end, expected.end) - max(p.start, expected.start),
            )
            category.value_scored += 1
            overall.value_scored += 1
            if value_matches(best.value, expected.targets):
                category.value_correct += 1
                overall.value_correct += 1
            elif len(errors) < max_errors:
                errors.append(
                    {
                        "case": case.id,
                        "text": case.text,
                        "error": "value",
                        "ours": f"{best.text!r} {best.value}",
                        "expected": [":".join(map(str, t)) for t in expected.targets],
                    }
                )
    return {
        "cases": count,
        "scores": overall.to_dict(),
        "value_out_of_scope": value_skipped,
        "categories": {name: categories[name].to_dict() for name in sorted(categories)},
        "errors": errors,
    }


def evaluate_timex(root: Path = DEFAULT_ROOT, *, max_errors: int = 30) -> dict[str, Any]:
    """Score ``find_timexes`` on the Recognizers-Text and Duckling Dutch sets under ``root``.

    Returns the combined scores, the scores per set and per category, the counts in scope and
    out of scope (with the reason of each category) and the first errors.
    """
    root = Path(root)
    path = root / RECOGNIZERS_FILE
    if not path.exists() and not (root / DUCKLING_FILES[0]).exists():
        raise FileNotFoundError(f"no timex test sets under {root}")
    recognizers, skipped = read_recognizers(path) if path.exists() else ([], {})
    duckling = read_duckling(root)
    per_set = {
        "recognizers": score_cases(recognizers, max_errors),
        "duckling": score_cases(duckling, max_errors),
    }
    combined = Tally()
    for result in per_set.values():
        scores = result["scores"]
        combined.add(
            Tally(
                scores["expected"],
                scores["found"],
                scores["predicted"],
                scores["predicted_right"],
                scores["value_scored"],
                scores["value_correct"],
            )
        )
    categories: dict[str, Any] = {}
    for result in per_set.values():
        categories.update(result["categories"])
    return {
        "scores": combined.to_dict(),
        "sets": {
            name: {key: value for key, value in result.items() if key != "categories"}
            for name, result in per_set.items()
        },
        "categories": categories,
        "in_scope": {
            "cases": sum(result["cases"] for result in per_set.values()),
            "expected": combined.expected,
            "value_scored": combined.value_scored,
        },
        "out_of_scope": {
            name: {
                "level": rule["level"],
                "count": skipped.get(name, 0)
                if rule["level"] == "cases"
                else sum(result["value_out_of_scope"] for result in per_set.values()),
                "reason": rule["reason"],
            }
            for name, rule in OUT_OF_SCOPE.items()
        },
    }


def format_timex_report(result: dict[str, Any]) -> str:
    """The result of :func:`evaluate_timex` as a plain-text report."""
    lines = []
    scores = result["scores"]
    lines.append(
        f"timex detection  P {scores['precision']:.3f}  R {scores['recall']:.3f}  "
        f"F1 {scores['f1']:.3f}   value accuracy {scores['value_accuracy']:.3f} "
        f"({scores['value_correct']}/{scores['value_scored']})"
    )
    scope = result["in_scope"]
    lines.append(
        f"in scope: {scope['cases']} cases, {scope['expected']} expected expressions, "
        f"{scope['value_scored']} values scored"
    )
    for name, rule in result["out_of_scope"].items():
        lines.append(f"out of scope ({rule['level']}) {name}: {rule['count']} - {rule['reason']}")
    lines.append("")
    header = (
        f"{'set / category':34} {'exp':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'value':>11}"
    )
    lines.append(header)
    for name, data in result["sets"].items():
        s = data["scores"]
        lines.append(
            f"{name:34} {s['expected']:5d} {s['found']:5d} {s['precision']:6.3f} "
            f"{s['recall']:6.3f} {s['f1']:6.3f} {s['value_accuracy']:6.3f} "
            f"({s['value_correct']}/{s['value_scored']})"
        )
    lines.append("")
    for name, s in result["categories"].items():
        lines.append(
            f"{name:34} {s['expected']:5d} {s['found']:5d} {'':>6} {s['recall']:6.3f} "
            f"{'':>6} {s['value_accuracy']:6.3f} ({s['value_correct']}/{s['value_scored']})"
        )
    return "\n".join(lines)
