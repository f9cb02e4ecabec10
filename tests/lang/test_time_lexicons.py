"""The word lists of time expressions and amounts (time_words.tsv, number_words.tsv,
quantity_units.tsv): documented headers, well-formed rows, and the values the code expects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hearsay.lang import LANG_ROOT, read_tsv
from hearsay.nlp.timex_lexicon import (
    NUMBER_KINDS,
    NUMBER_WORDS,
    QUANTITY_KINDS,
    QUANTITY_UNITS,
    TIME_WORDS,
    load_time_lexicon,
    parse_number,
)

FILES = [LANG_ROOT / "nl" / name for name in (TIME_WORDS, NUMBER_WORDS, QUANTITY_UNITS)]
PARAMS = [pytest.param(path, id=path.name) for path in FILES]


def header(path: Path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("path", PARAMS)
def test_time_lexicons_have_the_header_lines(path):
    text = header(path)
    for word in ("Purpose", "Source", "Format", "Known gaps"):
        assert re.search(rf"^#\s*{word}:", text, re.MULTILINE), f"{path.name}: no {word}:"
    assert re.search(r"^#\s*EXAMPLE:\s*\S", path.read_text(encoding="utf-8"), re.MULTILINE)


@pytest.mark.parametrize("path", PARAMS)
def test_time_lexicons_rows_have_three_fields(path):
    bad = [number for number, fields in read_tsv(path) if len(fields) != 3]
    assert not bad


def test_time_lexicons_kinds_are_known():
    for _, (_, kind, _) in read_tsv(LANG_ROOT / "nl" / NUMBER_WORDS):
        assert kind in NUMBER_KINDS
    for _, (_, kind, _) in read_tsv(LANG_ROOT / "nl" / QUANTITY_UNITS):
        assert kind in QUANTITY_KINDS


def test_time_lexicons_load_with_compounds():
    lexicon = load_time_lexicon("nl")
    assert lexicon.words("month")["juli"] == "7"
    assert lexicon.words("weekday")["dinsdag"] == "2"
    assert lexicon.cardinals["vierentwintig"] == 24
    assert lexicon.cardinals["tweeëntwintig"] == 22
    assert lexicon.ordinals["zevenentwintigste"] == 27
    assert lexicon.quantity["money"]["dollar"] == "USD"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.250.000", 1_250_000.0),
        ("7,3", 7.3),
        ("twintig", 20.0),
        ("anderhalf", 1.5),
        ("twee en een half", 2.5),
        ("enkele", None),
    ],
)
def test_time_lexicons_parse_number(text, value):
    assert parse_number(text) == value
