"""Tests for amounts (hearsay/nlp/quantities.py): money, percentages, ages, counts, measures.

All sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from hearsay.model import Quantity
from hearsay.nlp.quantities import find_quantities

# (sentence, amount as written, kind, value, unit, qualifier)
CASES = [
    ("De film kostte 75 miljoen euro.", "75 miljoen euro", "money", 75_000_000.0, "EUR", None),
    (
        "Het bedrijf haalde 2,1 miljard dollar op.",
        "2,1 miljard dollar",
        "money",
        2_100_000_000.0,
        "USD",
        None,
    ),
    ("De overname kost € 2,5 miljard.", "€ 2,5 miljard", "money", 2_500_000_000.0, "EUR", None),
    ("Apple bood $ 40 miljard.", "$ 40 miljard", "money", 40_000_000_000.0, "USD", None),
    ("Hij erfde ruim 1.250.000 euro.", "ruim 1.250.000 euro", "money", 1_250_000.0, "EUR", "ruim"),
    (
        "Het huis kostte bijna 400.000 euro.",
        "bijna 400.000 euro",
        "money",
        400_000.0,
        "EUR",
        "bijna",
    ),
    ("De winst steeg met 7,3 %.", "7,3 %", "percent", 7.3, "%", None),
    ("Zo'n 53 procent stemde voor.", "Zo'n 53 procent", "percent", 53.0, "%", "zo'n"),
    (
        "Minder dan 10 procent van de leden kwam.",
        "Minder dan 10 procent",
        "percent",
        10.0,
        "%",
        "minder dan",
    ),
    ("Hun zoon Noah (7) speelde buiten.", "7", "age", 7.0, "year", None),
    ("Hun dochter Mila (20 maanden) sliep.", "20 maanden", "age", 20.0, "month", None),
    ("De 43-jarige zangeres trad op.", "43-jarige", "age", 43.0, "year", None),
    ("De show liep twintig seizoenen.", "twintig seizoenen", "count", 20.0, "seizoenen", None),
    ("Samen hebben ze vier kinderen.", "vier kinderen", "count", 4.0, "kinderen", None),
    ("Er kwamen circa 300 fans.", "circa 300 fans", "count", 300.0, "fans", "circa"),
    ("De muziek stond op 120 dB.", "120 dB", "measure", 120.0, "dB", None),
    ("De wandeling was 100 kilometer lang.", "100 kilometer", "measure", 100.0, "km", None),
]


def only(quantities: list[Quantity], written: str) -> Quantity:
    found = [quantity for quantity in quantities if quantity.text == written]
    assert len(found) == 1, [(q.text, q.kind, q.value) for q in quantities]
    return found[0]


@pytest.mark.parametrize(("sentence", "written", "kind", "value", "unit", "qualifier"), CASES)
def test_quantities_finds_and_normalises(sentence, written, kind, value, unit, qualifier):
    quantity = only(find_quantities(sentence), written)
    assert (quantity.kind, quantity.value, quantity.unit, quantity.qualifier) == (
        kind,
        value,
        unit,
        qualifier,
    )
    assert sentence[quantity.start : quantity.end] == written


def test_quantities_same_amount_in_two_currencies_points_both_ways():
    text = "De serie kostte 1,3 miljoen dollar (1,23 miljoen euro) per aflevering."
    quantities = find_quantities(text)
    dollars = only(quantities, "1,3 miljoen dollar")
    euros = only(quantities, "1,23 miljoen euro")
    assert (dollars.value, dollars.unit, euros.value, euros.unit) == (
        1_300_000.0,
        "USD",
        1_230_000.0,
        "EUR",
    )
    assert quantities[dollars.same_as] is euros
    assert quantities[euros.same_as] is dollars


def test_quantities_ages_of_several_children():
    text = "Ze hebben vier kinderen: Lot (7), Sem (5), Mees (3) en Fien (20 maanden)."
    ages = [(q.text, q.value, q.unit) for q in find_quantities(text) if q.kind == "age"]
    assert ages == [
        ("7", 7.0, "year"),
        ("5", 5.0, "year"),
        ("3", 3.0, "year"),
        ("20 maanden", 20.0, "month"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "De zanger deelde een foto op Instagram.",
        "Het album verscheen in 2019 bij een klein label.",
        "Hij had een hond en een kat.",
        "De trein vertrekt om 15.30 uur.",
        "De twee enkel nog samen voor de kinderen.",
        "Ze waren zeven jaar getrouwd.",
        "Het koppel woont in Los Angeles (Californië).",
        "De Drie Musketiers is een boek.",
    ],
)
def test_quantities_negative_sentences_have_none(sentence):
    assert find_quantities(sentence) == []


def test_quantities_spans_match_the_text():
    text = "Ruim 2.000 fans betaalden 45 euro; 12 procent kwam niet."
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
