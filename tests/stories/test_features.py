"""Near-duplicate signatures, story similarity and dates, claim tokens and claim fates: pure
functions, no store."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.stories import (
    DUPLICATE_THRESHOLD,
    STORY_FOLLOW_UP_MIN_TERMS,
    STORY_TIERS,
    claim_fate,
    claim_tokens,
    comparable,
    date_span,
    days_apart,
    jaccard_of_sums,
    lsh_buckets,
    minhash,
    name_weights,
    same_claim,
    same_story,
    signature_similarity,
    story_similarity,
    story_threshold,
    term_weights,
    weighted_jaccard,
)

TEXT = (
    "Het kabinet komt met nieuwe regels voor stikstof in de landbouw. Boeren in Gelderland "
    "protesteren al weken tegen de plannen van minister Carola Schouten. Schouten zegt dat "
    "de natuur niet langer kan wachten en dat boeren ruimhartig worden gecompenseerd."
)


def test_minhash_is_stable_and_copies_are_close():
    assert minhash(TEXT) == minhash(TEXT)
    copy = TEXT.replace("al weken", "al wekenlang") + " Lees ook ons commentaar."
    assert signature_similarity(minhash(TEXT), minhash(copy)) >= DUPLICATE_THRESHOLD
    other = "Ajax wint met 3-0 van PSV in een uitverkochte Johan Cruijff Arena."
    assert signature_similarity(minhash(TEXT), minhash(other)) < 0.2


def test_lsh_buckets_shared_by_copies():
    copy = TEXT.replace("minister", "landbouwminister")
    assert set(lsh_buckets(minhash(TEXT))) & set(lsh_buckets(minhash(copy)))


@pytest.mark.parametrize(
    "first, second, same_source, expected",
    [
        ("het koppel is gestopt met de relatie", "het koppel stopt met de relatie", False, True),
        ("de brexit wordt uitgesteld tot juni", "brexit uitgesteld tot eind juni", False, True),
        ("de brexit wordt uitgesteld tot juni", "boeren worden gecompenseerd", False, False),
        (
            "Kim en Kanye gaan scheiden",
            "Kim en Kanye praten morgen lang met advocaten over scheiden",
            True,
            True,
        ),
        (
            "Kim en Kanye gaan scheiden",
            "Kim en Kanye praten morgen lang met advocaten over scheiden",
            False,
            False,
        ),
        ("ja", "ja", True, False),  # too short to recognise
    ],
)
def test_same_claim(first, second, same_source, expected):
    assert same_claim(claim_tokens(first), claim_tokens(second), same_source) is expected


@pytest.mark.parametrize(
    "reports, expected",
    [
        ([("2019-03-01", 1, "assert")], ("open", None)),
        ([("2019-03-02", 2, "deny"), ("2019-03-01", 1, "assert")], ("denied", 2)),
        ([("2019-03-01", 1, "assert"), ("2019-03-03", 3, "confirm")], ("confirmed", 3)),
        ([("2019-03-01", 1, "assert"), ("2019-03-01", 1, "deny")], ("open", None)),
        ([], ("open", None)),
    ],
)
def test_claim_fate(reports, expected):
    assert claim_fate(reports) == expected


def test_name_weights_are_words_of_names_by_mentions():
    weights = name_weights([("Marco Borsato", 3), ("Borsato", 1), ("René van der Gijp", 2)])
    assert weights == {"marco": 3.0, "borsato": 4.0, "rene": 2.0, "gijp": 2.0}
    # names cut differently by the recogniser still meet on their words
    first = name_weights([("Mocro Maffia-acteur Wahib", 5)])
    second = name_weights([("Bilal Wahib", 10)])
    assert weighted_jaccard(first, second) > 0


def test_term_weights_fall_with_rank():
    weights = term_weights(["borsato", "aangifte", "vrouw", "marco", "advocaat", "knoops"])
    assert weights["borsato"] == 1.0 and weights["knoops"] == 0.5
    assert list(weights.values()) == sorted(weights.values(), reverse=True)


@pytest.mark.parametrize(
    "first, second, expected",
    [
        ({"a": 1.0, "b": 1.0}, {"a": 1.0, "b": 1.0}, 1.0),
        ({"a": 2.0, "b": 1.0}, {"a": 1.0, "c": 1.0}, 1.0 / 4.0),  # min 1 over max 2 + 1 + 1
        ({"a": 1.0}, {"b": 1.0}, 0.0),
        ({}, {"b": 1.0}, 0.0),
    ],
)
def test_weighted_jaccard(first, second, expected):
    assert weighted_jaccard(first, second) == pytest.approx(expected)
    assert weighted_jaccard(second, first) == weighted_jaccard(first, second)


def test_weighted_jaccard_does_not_depend_on_key_order():
    weights = {f"w{i}": 1.0 / (1.0 + i / 7.0) for i in range(40)}
    other = {key: weight * 0.9 for key, weight in list(weights.items())[::3]}
    backwards = dict(reversed(list(weights.items())))
    assert weighted_jaccard(weights, other) == weighted_jaccard(other, backwards)
    assert jaccard_of_sums(0.0, 1.0, 1.0) == 0.0


def test_story_similarity_is_names_then_terms():
    names, terms = story_similarity({"may": 2.0}, {"brexit": 1.0}, {"may": 2.0}, {"stikstof": 1.0})
    assert (names, terms) == (1.0, 0.0)


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2021-03-08", date(2021, 3, 8), date(2021, 3, 8)),
        ("2019-03-01T00:00:00", date(2019, 3, 1), date(2019, 3, 1)),
        ("2021-02", date(2021, 2, 1), date(2021, 2, 28)),
        ("2020", date(2020, 1, 1), date(2020, 12, 31)),
    ],
)
def test_date_span(value, first, last):
    assert date_span(value) == (first.toordinal(), last.toordinal())


@pytest.mark.parametrize("value", [None, "", "gisteren", "2021-13", "2021-02-30"])
def test_date_span_unreadable(value):
    assert date_span(value) is None


def test_days_apart_of_spans():
    month = date_span("2021-03")
    assert days_apart(month, date_span("2021-03-31")) == 0  # within the month
    assert days_apart(date_span("2021-03-31"), date_span("2021-04-02")) == 2
    assert days_apart(month, date_span("2021-05-01")) == 31
    assert days_apart(date_span("2021-05-01"), month) == 31


def test_story_tiers():
    (short, short_threshold), (month, month_threshold), (far, far_threshold) = STORY_TIERS
    assert story_threshold(0) == story_threshold(short) == short_threshold
    assert story_threshold(short + 1) == month_threshold
    assert story_threshold(far) == far_threshold and story_threshold(far + 1) is None
    assert short_threshold < month_threshold < far_threshold
    # close in time a fair likeness is enough, weeks later it is not
    assert same_story(0.3, 0.1, short) and not same_story(0.3, 0.1, short + 1)
    # beyond the first tier the words must be shared too, not only the names
    strong_names = 2 * far_threshold
    assert same_story(strong_names, 0.0, short)
    assert not same_story(strong_names, STORY_FOLLOW_UP_MIN_TERMS - 0.01, short + 1)
    assert same_story(strong_names, STORY_FOLLOW_UP_MIN_TERMS, far)
    assert not same_story(1.0, 1.0, far + 1)


def test_comparable_needs_a_few_words():
    assert not comparable("Mail uw tekst en foto (met open oogjes) naar: netopdewereld")
    assert comparable(TEXT)


def minhash_by_the_formula(text: str) -> list[int]:
    """The MinHash signature as defined, in Python integers (the module computes it in
    64-bit numpy arithmetic: it must give the same numbers)."""
    import hashlib

    from hearsay.stories.features import _COEFFS, _MASK, _PRIME, NUM_PERM, shingles

    hashes = [
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big")
        for s in shingles(text)
    ]
    if not hashes:
        return [_MASK] * NUM_PERM
    return [min(((a * h + b) % _PRIME) & _MASK for h in hashes) for a, b in _COEFFS]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeé xyz\u0301İß\u00a0", max_size=200))
def test_minhash_equals_the_formula_in_exact_integers(text):
    assert minhash(text) == minhash_by_the_formula(text)


def test_normalise_strips_accents_and_folds_case():
    from hearsay.stories.features import normalise

    assert normalise("Café  NAÏVE\u00a0Ångström") == "cafe naive angstrom"
    assert normalise("ﬁnal İstanbul") == "final istanbul"
