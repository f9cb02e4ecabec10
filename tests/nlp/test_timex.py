"""Tests for Dutch time expressions (hearsay/nlp/timex.py).

All sentences are made up for these tests. Each case names the expression, the TIMEX3 type,
value and mod expected against the given publication date.
"""

from __future__ import annotations

import pytest

from hearsay.model import Timex
from hearsay.nlp.timex import easter, find_timexes, guess_tense, parse_reference

# (sentence, publication date, expression, type, value, mod)
CASES = [
    # the seed expressions of the issue, in sentences of our own
    ("In juli kreeg de zangeres een nieuwe hond.", "2021-01", "juli", "DATE", "2020-07", None),
    ("Eind december ging de zanger op reis.", "2021-01", "Eind december", "DATE", "2020-12", "END"),
    ("De band trad in oktober nog op in Gent.", "2021-01", "oktober", "DATE", "2020-10", None),
    ("De film komt later in 2021 uit.", "2021-01", "later in 2021", "DATE", "2021", "AFTER"),
    ("Ze zijn al zeven jaar getrouwd.", "2021-01", "zeven jaar", "DURATION", "P7Y", None),
    ("Hun dochter Mila (20 maanden) sliep.", "2021-01", "20 maanden", "DURATION", "P20M", None),
    ("De vlucht duurde twee uur.", "2021-01-12", "twee uur", "DURATION", "PT2H", None),
    # dates
    (
        "Het concert was op 15 maart 2020 in Utrecht.",
        "2021-01-12",
        "15 maart 2020",
        "DATE",
        "2020-03-15",
        None,
    ),
    ("Het vonnis volgt op 15-03-2021.", "2021-01-12", "15-03-2021", "DATE", "2021-03-15", None),
    ("De première is op 15 maart.", "2021-01-12", "15 maart", "DATE", "2021-03-15", None),
    (
        "Op 15 december speelde de band nog.",
        "2021-01-12",
        "15 december",
        "DATE",
        "2020-12-15",
        None,
    ),
    ("Het album kwam uit in 1998.", "2021-01-12", "1998", "DATE", "1998", None),
    ("Het bedrijf groeit begin 2022 verder.", "2021-01-12", "begin 2022", "DATE", "2022", "START"),
    ("De verbouwing is medio maart klaar.", "2021-01-12", "medio maart", "DATE", "2021-03", "MID"),
    ("Half november vertrekt de ploeg.", "2021-01-12", "Half november", "DATE", "2021-11", "MID"),
    ("Hij groeide op in de jaren tachtig.", "2021-01-12", "de jaren tachtig", "DATE", "198", None),
    ("Dat was een hit in de jaren '90.", "2021-01-12", "de jaren '90", "DATE", "199", None),
    # relative days, weekdays, parts of day
    ("Gisteren werd de zanger opgepakt.", "2021-01-12", "Gisteren", "DATE", "2021-01-11", None),
    ("De uitspraak volgt morgen.", "2021-01-12", "morgen", "DATE", "2021-01-13", None),
    (
        "De rapper was vorige dinsdag in Parijs.",
        "2021-01-14",
        "vorige dinsdag",
        "DATE",
        "2021-01-05",
        None,
    ),
    (
        "Maandag zei de minister dat het beter gaat.",
        "2021-01-14",
        "Maandag",
        "DATE",
        "2021-01-11",
        None,
    ),
    (
        "De minister zal maandag een besluit nemen.",
        "2021-01-14",
        "maandag",
        "DATE",
        "2021-01-18",
        None,
    ),
    (
        "Het kabinet beslist volgende week dinsdag.",
        "2021-01-14",
        "volgende week dinsdag",
        "DATE",
        "2021-01-19",
        None,
    ),
    (
        "Vanavond treedt de band op in Ahoy.",
        "2021-01-12",
        "Vanavond",
        "TIME",
        "2021-01-12TEV",
        None,
    ),
    (
        "De rapper werd gistermiddag gezien.",
        "2021-01-12",
        "gistermiddag",
        "TIME",
        "2021-01-11TAF",
        None,
    ),
    # relative units, seasons, holidays
    ("Het koppel trouwt deze zomer.", "2021-01-12", "deze zomer", "DATE", "2021-SU", None),
    ("Vorig jaar won hij de prijs.", "2021-01-12", "Vorig jaar", "DATE", "2020", None),
    ("Het album komt volgende maand uit.", "2021-01-12", "volgende maand", "DATE", "2021-02", None),
    ("De zaak dient deze week.", "2021-01-12", "deze week", "DATE", "2021-W02", None),
    (
        "Het album verschijnt later dit jaar.",
        "2021-01-12",
        "later dit jaar",
        "DATE",
        "2021",
        "AFTER",
    ),
    ("Met kerst zijn ze weer thuis.", "2021-01-12", "kerst", "DATE", "2021-12-25", None),
    ("Met Pasen was het koud.", "2021-06-01", "Pasen", "DATE", "2021-04-04", None),
    # windows, offsets
    (
        "De afgelopen drie jaar groeide de omzet.",
        "2021-01-12",
        "De afgelopen drie jaar",
        "DURATION",
        "P3Y",
        None,
    ),
    (
        "De komende 10 weken is het museum dicht.",
        "2021-01-12",
        "De komende 10 weken",
        "DURATION",
        "P10W",
        None,
    ),
    (
        "Vier dagen geleden verdween de hond.",
        "2021-01-12",
        "Vier dagen geleden",
        "DATE",
        "2021-01-08",
        None,
    ),
    ("Twee jaar geleden stopte de band.", "2021-01-12", "Twee jaar geleden", "DATE", "2019", None),
    (
        "Over twee weken valt het besluit.",
        "2021-01-12",
        "Over twee weken",
        "DATE",
        "2021-01-26",
        None,
    ),
    # durations
    ("Hij zat twintig maanden vast.", "2021-01-12", "twintig maanden", "DURATION", "P20M", None),
    (
        "De zoektocht duurde anderhalf uur.",
        "2021-01-12",
        "anderhalf uur",
        "DURATION",
        "PT1.5H",
        None,
    ),
    (
        "De operatie duurde een uur en een kwartier.",
        "2021-01-12",
        "een uur en een kwartier",
        "DURATION",
        "PT1H15M",
        None,
    ),
    (
        "Het proces sleept al meer dan vier jaar aan.",
        "2021-01-12",
        "meer dan vier jaar",
        "DURATION",
        "P4Y",
        "EQUAL_OR_MORE",
    ),
    # times
    ("De trein vertrekt om 8 uur.", "2021-01-12", "8 uur", "TIME", "2021-01-12T08:00", None),
    (
        "De wedstrijd begint om 15.30 uur.",
        "2021-01-12",
        "15.30 uur",
        "TIME",
        "2021-01-12T15:30",
        None,
    ),
    ("We spreken af om half negen.", "2021-01-12", "half negen", "TIME", "2021-01-12T08:30", None),
    (
        "De politie viel binnen rond 3 uur 's nachts.",
        "2021-01-12",
        "rond 3 uur 's nachts",
        "TIME",
        "2021-01-12T03:00",
        "APPROX",
    ),
    (
        "Morgen om 20.00 uur begint het debat.",
        "2021-01-12",
        "Morgen om 20.00 uur",
        "TIME",
        "2021-01-13T20:00",
        None,
    ),
    (
        "Vanavond om 8 uur is de uitzending.",
        "2021-01-12",
        "Vanavond om 8 uur",
        "TIME",
        "2021-01-12T20:00",
        None,
    ),
    # sets and vague references
    ("Het koppel gaat elke week uit eten.", "2021-01-12", "elke week", "SET", "P1W", None),
    ("De krant verschijnt dagelijks.", "2021-01-12", "dagelijks", "SET", "P1D", None),
    ("Ze sport elke maandag.", "2021-01-12", "elke maandag", "SET", "XXXX-WXX-1", None),
    (
        "Het gaat momenteel beter met de zanger.",
        "2021-01-12",
        "momenteel",
        "DATE",
        "PRESENT_REF",
        None,
    ),
    ("Vroeger woonde hij in Gent.", "2021-01-12", "Vroeger", "DATE", "PAST_REF", None),
    ("Het album komt binnenkort uit.", "2021-01-12", "binnenkort", "DATE", "FUTURE_REF", None),
]


def only(timexes: list[Timex], expression: str) -> Timex:
    found = [timex for timex in timexes if timex.text == expression]
    assert len(found) == 1, [(t.text, t.value) for t in timexes]
    return found[0]


@pytest.mark.parametrize(("sentence", "reference", "expression", "type_", "value", "mod"), CASES)
def test_timex_finds_and_normalises(sentence, reference, expression, type_, value, mod):
    timex = only(find_timexes(sentence, reference), expression)
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)
    assert sentence[timex.start : timex.end] == expression


@pytest.mark.parametrize(
    "sentence",
    [
        "De zanger deelde een foto op Instagram.",
        "Ajax won met 3-1 van PSV.",
        "Er stonden 1500 mensen voor de deur.",
        "Hij kocht het voor 2020 euro.",
        "Ma heeft het druk.",
        "Dat was zo.",
        "Volgens De Morgen is het huwelijk voorbij.",
        "Het nieuws stond op NU.nl.",
        "De hypotheekrente staat op 6.45 procent.",
    ],
)
def test_timex_negative_sentences_have_none(sentence):
    assert find_timexes(sentence, "2021-01-12") == []


def test_timex_the_tense_decides_a_bare_month():
    past = only(find_timexes("In oktober was het feest.", "2021-01-12"), "oktober")
    future = only(find_timexes("In oktober zal het feest zijn.", "2021-01-12"), "oktober")
    assert (past.value, future.value) == ("2020-10", "2021-10")


def test_timex_tense_of_overrides_the_guess():
    timexes = find_timexes("In oktober feest.", "2021-01-12", tense_of=lambda offset: "past")
    assert only(timexes, "oktober").value == "2020-10"
    timexes = find_timexes("In oktober feest.", "2021-01-12", tense_of=lambda offset: "future")
    assert only(timexes, "oktober").value == "2021-10"


def test_timex_without_reference_leaves_the_year_open():
    timexes = find_timexes("In juli kreeg het koppel ruzie. Gisteren ook.", None)
    assert only(timexes, "juli").value == "XXXX-07"
    assert only(timexes, "Gisteren").value is None


def test_timex_reference_forms_parse():
    assert parse_reference("2021").year == 2021
    assert parse_reference("2021-01").month == 1
    assert parse_reference("2021-01-12T10:30:00").hour == 10
    assert parse_reference("morgen").year is None


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Hij kreeg gisteren een boete.", "past"),
        ("Ze heeft het album opgenomen.", "past"),
        ("De zanger zal volgende week optreden.", "future"),
        ("De zanger treedt op.", "present"),
    ],
)
def test_timex_guess_tense(sentence, tense):
    assert guess_tense(sentence, 3) == tense


def test_timex_spans_are_in_text_order_and_do_not_overlap():
    text = "Op 15 maart 2020 om 8 uur, twee jaar geleden, vertrok hij voor drie weken."
    timexes = find_timexes(text, "2022-03-15")
    starts = [t.start for t in timexes]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_timex_easter():
    assert easter(2021).isoformat() == "2021-04-04"
    assert easter(2019).isoformat() == "2019-04-21"
