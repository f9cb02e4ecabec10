"""The prefilter never skips a text that a pattern matches: folding, derived strings, and the
time and amount rules on texts made to be awkward (case, odd whitespace, other scripts)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.nlp import quantities, timex
from hearsay.nlp.prefilter import Prefilter, fold_text, required_strings

TIMEX_GOLD = Path("../shared/data/timex")
SEED = Path(__file__).resolve().parents[2] / "hearsay" / "examples" / "seed-000.txt"


def assert_conservative(text: str) -> None:
    for finder in (timex._finder("nl"), quantities._finder("nl")):
        selected = finder.prefilter.select(text)
        for (pattern, _), runs in zip(finder.rules, selected, strict=True):
            if pattern.search(text):
                assert runs, (pattern.pattern[:80], text)


def test_fold_text_folds_as_the_regex_engine_compares():
    assert fold_text("Om 8 UUR") == "om 0 uur"  # a number is a 0
    assert fold_text("15\u00a0maart\n\n 2020") == "0 maart 0"  # whitespace runs: a space
    assert fold_text("VRİJDAG") == "vrijdag"  # İ is i for the engine, not i + a dot
    assert fold_text("ſeptember") == "september"  # long s matches s under IGNORECASE
    assert fold_text("٣ mei, 12:30") == "0 mei, 0:0"  # \d matches every script's digits
    assert re.search("vrijdag", "VRİJDAG", re.IGNORECASE)  # what the folding follows


def test_required_strings_come_from_literals_alternatives_and_runs():
    (test,) = required_strings(re.compile(r"(?<!\w)(?:ma|di)andag\s+(\d+)", re.I))[:1]
    assert test == frozenset({"maandag 0", "diandag 0"})
    assert required_strings(re.compile(r"\w+")) is None  # nothing to require
    prefilter = Prefilter([re.compile(r"(?:elke|iedere)\s+week", re.I), re.compile(r"\w+")])
    assert prefilter.select("Elke\n  WEEK") == [True, True]
    assert prefilter.select("elke maand") == [False, True]


def test_every_rule_runs_on_the_texts_it_matches_in_the_bundled_example():
    assert_conservative(SEED.read_text(encoding="utf-8"))


@pytest.mark.skipif(not TIMEX_GOLD.exists(), reason="needs ../shared/data/timex")
def test_every_rule_runs_on_the_texts_it_matches_in_the_timex_sets():
    from hearsay.eval.timex import RECOGNIZERS_FILE, read_duckling, read_recognizers

    cases = read_duckling(TIMEX_GOLD)
    if (TIMEX_GOLD / RECOGNIZERS_FILE).exists():
        cases += read_recognizers(TIMEX_GOLD / RECOGNIZERS_FILE)[0]
    assert cases
    for case in cases:
        assert_conservative(case.text)


WORDS = [
    "15", "8", "2020", "'74", "12.30", "19:56", "3,5", "½", "٣", "maart", "MAART", "mrt.",
    "dinsdag", "Vrijdag", "vrİjdag", "ſeptember", "om", "uur", "u", "half", "negen", "kwart",
    "over", "voor", "vorige", "komende", "week", "jaar", "jaren", "tachtig", "'s", "’s",
    "ochtends", "avonds", "elke", "dag", "per", "keer", "eind", "begin", "medio", "nu",
    "geleden", "de", "het", "van", "in", "tot", "euro", "€", "procent", "%", "miljoen",
    "ruim", "bijna", "jaar oud", "kilometer", "mensen", "-", "/", ".", ",", "(", ")",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", "\u00a0", "\t", "", "-", "/", ". "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=8))
def test_every_rule_runs_on_the_texts_it_matches_made_up(pieces):
    assert_conservative("".join(word + separator for word, separator in pieces))
