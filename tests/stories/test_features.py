"""Near-duplicate signatures, claim tokens and claim fates: pure functions, no store."""

from __future__ import annotations

import pytest

from hearsay.stories import (
    DUPLICATE_THRESHOLD,
    claim_fate,
    claim_tokens,
    lsh_buckets,
    minhash,
    same_claim,
    signature_similarity,
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
