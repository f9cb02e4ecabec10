"""Time expressions in Dutch text, normalised against the publication date (TIMEX3-like).

``find_timexes(text, reference)`` returns :class:`~hearsay.model.Timex` spans with a type
(``DATE``, ``TIME``, ``DURATION``, ``SET``), a TIMEX3 value and a mod, as in
``shared/spec/output.md``:

=================================  =====================================================
``15 maart 2020``, ``15-03-2020``  ``2020-03-15``
``in juli`` (past tense, 2021-01)  ``2020-07`` (a bare month or weekday takes the past or
                                   the future by the tense of its sentence)
``vorige dinsdag``, ``gistermiddag``  ``2021-01-05``, ``2021-01-11TAF``
``eind december``, ``medio 2021``  ``2020-12`` mod ``END``, ``2021`` mod ``MID``
``later in 2021`` (said in 2021)   ``2021`` mod ``AFTER``
``de jaren tachtig``               ``198``
``zeven jaar``, ``twee uur``       ``P7Y``, ``PT2H`` (DURATION)
``om 8 uur``, ``half negen``       ``2021-01-12T08:00``, ``2021-01-12T08:30`` (TIME)
``elke week``, ``dagelijks``       ``P1W``, ``P1D`` (SET)
``nu``, ``vroeger``, ``binnenkort``  ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``
=================================  =====================================================

How it works: a fixed set of regular expressions (built once from the word lists in
``hearsay/lang/nl/time_words.tsv`` and ``number_words.tsv``) proposes candidates; the longest
candidates that do not overlap are kept; then a date next to a clock time or a part of day is
merged into one expression ("morgen om 8 uur"), and adjacent durations are summed ("een uur
en een kwartier"). Intervals between two explicit points ("van maart tot mei") are two
expressions, as TimeML annotates them.

Known gaps: times of day are taken on the publication day (no "next occurrence" reasoning);
hour words without "uur" ("om acht") are not read; spelled-out years are not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

from hearsay.model import Timex
from hearsay.nlp.intervals import DisjointRanges
from hearsay.nlp.prefilter import Prefilter
from hearsay.nlp.timex_lexicon import (
    TimeLexicon,
    alternation,
    load_time_lexicon,
    normalise,
    parse_number,
)

TenseOf = Callable[[int], str]

__all__ = ["Reference", "find_timexes", "guess_tense", "parse_reference"]


# -- the reference (publication) date ----------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """The publication date, as precise as it was given."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


_REFERENCE = re.compile(
    r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?"
)


def parse_reference(reference: str | None) -> Reference:
    """``"YYYY"``, ``"YYYY-MM"``, ``"YYYY-MM-DD"`` or an ISO datetime; an empty reference
    (or one that does not parse) leaves every relative expression without a year."""
    if not reference:
        return Reference()
    match = _REFERENCE.match(reference)
    if not match:
        return Reference()
    parts = [int(group) if group else None for group in match.groups()]
    year, month, day, hour, minute, second = parts
    try:
        if year and month and day:
            date(year, month, day)
    except ValueError:
        return Reference(year, month)
    return Reference(year, month, day, hour, minute, second)


# -- tense ---------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_SENTENCE_WINDOW = 2000  # characters; no sentence of news text comes near it
_WORD = re.compile(r"\w+(?:'\w+)?")
_PERFECT = re.compile(
    r"\b(?:heeft|hebben|heb|hebt|had|hadden|is|zijn|ben|bent|was|waren)\b"
    r"(?:\s+\S+){0,6}?\s+\w*ge\w{3,}(?:d|t|en)\b",
    re.IGNORECASE,
)
#: A weak past-tense form ("speelde", "maakten"); superlatives, ordinals and present
#: participles ("laatste", "volgende") are left out.
_WEAK_PAST = re.compile(r"\b\w{3,}(?<!st)(?<!en)(?:de|te)n?\b", re.IGNORECASE)


def guess_tense(text: str, offset: int, lexicon: TimeLexicon | None = None) -> str:
    """ "past", "future" or "present" for the clause around ``offset``: the tense marker
    nearest to the offset in its sentence decides (a past form such as "kreeg", "speelde" or
    a perfect tense; a future word such as "zal", "volgende"); none means present."""
    lexicon = lexicon or load_time_lexicon()
    # The sentence start is looked for in a window before the offset, not from the start of
    # the text: that made every call linear and the whole stage quadratic in the text.
    start = max(0, offset - _SENTENCE_WINDOW)
    for match in _SENTENCE_END.finditer(text, start, offset):
        start = match.end()
    end_match = _SENTENCE_END.search(text, offset)
    end = end_match.start() if end_match else len(text)
    sentence = text[start:end]
    past_words = lexicon.words("tense_past")
    future_words = lexicon.words("tense_future")
    markers: list[tuple[int, str]] = []
    for match in _WORD.finditer(sentence):
        word = match.group().lower()
        if word in future_words:
            markers.append((match.start(), "future"))
        elif word in past_words:
            markers.append((match.start(), "past"))
    for pattern in (_PERFECT, _WEAK_PAST):
        for match in pattern.finditer(sentence):
            word = match.group().lower()
            if pattern is _WEAK_PAST and (word in future_words or len(word) < 6):
                continue
            markers.append((match.start(), "past"))
    if not markers:
        return "present"
    here = offset - start
    return min(markers, key=lambda marker: (abs(marker[0] - here), marker[1] != "past"))[1]


# -- candidates ----------------------------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    priority: int = 0
    day: date | None = None  # the resolved day, for merging with a clock time
    day_value: str | None = None  # the day as written in the value ("XXXX-WXX-2")
    clock: tuple[int, int, int | None] | None = None  # hour, minute, second of a TIME
    pod: str | None = None  # part of day of a TIME
    parts: dict[str, float] | None = None  # duration amounts by unit, for summing


@dataclass
class _Context:
    text: str
    ref: Reference
    tense_of: TenseOf
    lexicon: TimeLexicon
    tenses: dict[int, str] = field(default_factory=dict)

    def tense(self, offset: int) -> str:
        if offset not in self.tenses:
            self.tenses[offset] = self.tense_of(offset)
        return self.tenses[offset]


# -- value helpers -------------------------------------------------------------------------------

#: Words after which a bare four-digit number is a year even before a plural noun.
YEAR_PREPOSITIONS = {
    "in",
    "sinds",
    "van",
    "vanaf",
    "tot",
    "uit",
    "na",
    "voor",
    "rond",
    "omstreeks",
    "jaar",
    "en",
    "of",
    "t/m",
    "begin",
    "eind",
    "medio",
    "zomer",
    "winter",
    "lente",
    "herfst",
}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DURATION_ORDER = ("CE", "DE", "Y", "Q", "M", "W", "WE", "D")
TIME_UNITS = ("H", "MIN", "S")


def _ymd(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _add_months(day: date, months: int) -> date:
    year, month = _shift_month(day.year, day.month, months)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _amount(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _duration(parts: dict[str, float | None]) -> str:
    """TIMEX3 duration: ``{"Y": 7}`` -> ``P7Y``, ``{"H": 1, "MIN": 15}`` -> ``PT1H15M``;
    an unknown amount (None) is written X (``PXD``)."""
    date_part = "".join(
        f"{'X' if parts[unit] is None else _amount(parts[unit])}{unit}"
        for unit in DURATION_ORDER
        if unit in parts
    )
    time_part = "".join(
        f"{'X' if parts[unit] is None else _amount(parts[unit])}{unit[0]}"
        for unit in TIME_UNITS
        if unit in parts
    )
    return "P" + date_part + ("T" + time_part if time_part else "")


def _unit_parts(unit: str, amount: float | None) -> dict[str, float | None]:
    if unit == "QH":
        return {"MIN": None if amount is None else amount * 15}
    return {unit: amount}


def easter(year: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday_date(rule: str, year: int, name: str = "") -> date | None:
    """The date of a holiday rule of ``time_words.tsv`` in ``year``."""
    try:
        if rule.startswith("easter"):
            return easter(year) + timedelta(days=int(rule[6:] or 0))
        if rule.startswith("sunday:"):
            _, month, nth = rule.split(":")
            first = date(year, int(month), 1)
            first_sunday = first + timedelta(days=(6 - first.weekday()) % 7)
            return first_sunday + timedelta(weeks=int(nth) - 1)
        month, day = (int(part) for part in rule.split("-"))
        result = date(year, month, day)
        if name == "koningsdag" and result.weekday() == 6:
            result -= timedelta(days=1)
        return result
    except ValueError:
        return None


# -- the finder ----------------------------------------------------------------------------------

B = r"(?<![\w'’-])"  # a word starts here
E = r"(?![\w'’])"  # a word ends here


class _Finder:
    """The compiled rules of one language. Built once; ``find`` is a pure function."""

    def __init__(self, lexicon: TimeLexicon) -> None:
        self.lexicon = lx = lexicon
        self.months = {**lx.words("month_abbr"), **lx.words("month")}
        self.weekdays = {**lx.words("weekday_abbr"), **lx.words("weekday")}
        month = alternation(lx.words("month"))
        month_any = (
            "(?:"
            + alternation(lx.words("month"))
            + "|"
            + alternation(lx.words("month_abbr"))
            + r"\.?)"
        )
        weekday = alternation(lx.words("weekday"))
        weekday_any = "(?:" + alternation(self.weekdays) + r"\.?)"
        cardinal = alternation(w for w in lx.cardinals if w not in ("een", "één"))
        number = rf"(?:\d+(?:,\d+)?|{cardinal})"
        day_word = alternation(
            [w for w, v in lx.cardinals.items() if 2 <= v <= 31]
            + [w for w, v in lx.ordinals.items() if 1 <= v <= 31]
        )
        ordinal = alternation(lx.ordinals)
        hour_word = alternation(w for w, v in lx.cardinals.items() if 1 <= v <= 24)
        minute_word = alternation(w for w, v in lx.cardinals.items() if 1 <= v <= 29)
        units = lx.words("unit")
        unit = alternation(w for w in units if len(w) > 1)
        unit_digit = alternation(["s", "u", "h", "j", "w", *units])
        direction = alternation(lx.words("direction"))
        modifier = alternation(w for w in lx.words("modifier") if not w.endswith("-"))
        season = alternation(lx.words("season"))
        pod = alternation(lx.words("pod"))
        pod_adverb = alternation(lx.words("pod_adverb"))
        pod_day = alternation(lx.words("pod_day"))
        holiday = alternation(lx.words("holiday"))
        vague = alternation(lx.words("vague"))
        set_word = alternation(lx.words("set"))
        year = r"(?:1[0-9]\d\d|20\d\d)"
        amount = (
            rf"(?:{number}\s+en\s+een\s+half|anderhalf|anderhalve|een\s+halve|een\s+half|½"
            rf"|{number}\s*½"
            rf"|een\s+paar|{alternation(lx.vague_numbers)}|{number}|een|één)"
        )
        decade_word = alternation(w for w, v in lx.cardinals.items() if v in range(10, 100, 10))
        self.pod_suffix = (
            rf"(?:{pod_adverb}|in\s+de\s+(?:vroege\s+|late\s+)?(?:{pod})"
            rf"|(?:'s|['’‘]s)\s+(?:{pod})s?)"
        )
        flags = re.IGNORECASE

        def rule(pattern: str) -> re.Pattern[str]:
            return re.compile(pattern, flags)

        self.rules: list[tuple[re.Pattern[str], Callable[[re.Match[str], _Context], object]]]
        self.rules = [
            # 15-03-2020, 31.10.74, 2002-10-09, vrijdag 18/07/2014
            (
                rule(
                    rf"{B}(?:{weekday_any},?\s+)?(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})"
                    rf"(?P=sep)(?P<y>\d{{4}}|'?\d{{2}})(?![\d\w])"
                ),
                self._numeric_date,
            ),
            (rule(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"), self._numeric_date),
            # 15-2, 22/04, op 10.10
            (
                rule(
                    rf"{B}(?P<pre>op\s+|vanaf\s+|tot\s+)?(?:{weekday_any},?\s+)?"
                    rf"(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?![\d\w/-]|[.,]\d)"
                ),
                self._day_month_numeric,
            ),
            # 15 maart (2020), de vierde juli van 1995, dinsdag 9 mei, 23-sep-2020
            (
                rule(
                    rf"{B}(?:{weekday_any},?\s+)?(?:de\s+)?(?P<d>\d{{1,2}}\s*(?:ste|de|e)?"
                    rf"|{day_word})(?:\s+(?:van\s+)?|\s*[-/]\s*)(?P<m>{month_any})"
                    rf"(?:,?\s*(?:van\s+|in\s+)?(?P<y>{year})|[-/](?P<y2>{year}|\d\d))?{E}"
                ),
                self._day_month,
            ),
            # 12-2015 (month and year in digits)
            (
                rule(r"(?<![\d/.-])(?P<m>\d{1,2})[-/](?P<y>(?:19|20)\d\d)(?![\d/.-])"),
                self._month_year,
            ),
            # de 15e, op de eerste, vrijdag de 26e, maandag de zevenentwintigste
            (
                rule(
                    rf"{B}(?:(?P<wd>{weekday}),?\s+(?:de\s+)?|(?P<op>op\s+)?de\s+)"
                    rf"(?P<d>\d{{1,2}}\s*(?:ste|de|e)|{ordinal})(?![\w'’])"
                    rf"(?!\s+(?!om\b|terug\b|tussen\b|van\s+\d)[a-zà-ÿ]{{2,}})"
                ),
                self._day_of_month,
            ),
            # de derde dinsdag in september 2014, laatste dag van oktober, eerste week van 2015
            (
                rule(
                    rf"{B}(?:de\s+)?(?P<n>\d\s*(?:ste|de|e)|{ordinal}|laatste)\s+"
                    rf"(?P<what>{weekday}|dag|week)\s+(?:van|in)\s+(?:(?P<m>{month_any})"
                    rf"(?:\s+(?P<y>{year}))?|(?P<yo>{year})){E}"
                ),
                self._nth_in,
            ),
            # tweeduizend vijftien, negentienhonderd zesennegentig
            (
                rule(rf"{B}(?P<c>negentienhonderd|tweeduizend)\s+(?:en\s+)?(?P<n>{cardinal}){E}"),
                self._spelled_year,
            ),
            # twee dagen na vandaag, drie weken vanaf morgen, 4 dagen gerekend vanaf gisteren
            (
                rule(
                    rf"{B}(?P<n>{amount})\s+(?P<unit>{unit})\s+(?P<rel>na|vanaf|voor|"
                    rf"gerekend\s+vanaf)\s+(?P<w>{alternation(lx.words('relative_day'))}){E}"
                ),
                self._anchored,
            ),
            # februari 15, Aug 8, April 14, 2015
            (
                rule(
                    rf"{B}(?:{weekday_any},?\s+)?(?P<m>{month_any})\s+(?P<d>\d{{1,2}})"
                    rf"(?:ste|de|e)?(?:,\s*(?P<y>{year}))?(?=\s*(?:$|[.,;:!?)\-]))"
                ),
                self._day_month,
            ),
            # maart 2020, eind december 2019, dec-2018
            (
                rule(
                    rf"{B}(?:(?:aan\s+|tegen\s+)?(?:het\s+)?(?P<mod>{modifier})\s*(?:van\s+)?)?"
                    rf"(?P<m>{month_any})\s*(?:[-/,]\s*|\s+(?:van\s+|in\s+)?)(?P<y>{year}){E}"
                ),
                self._month_year,
            ),
            # in juli, eind december, aanstaande september
            (
                rule(
                    rf"{B}(?:(?:aan\s+|tegen\s+)?(?:het\s+)?(?P<mod>{modifier})\s*(?:van\s+)?"
                    rf"|(?P<dir>{direction})\s+)?(?P<m>{month}){E}"
                ),
                self._month,
            ),
            # 2020, in het jaar 2008, begin 2020, later in 2021, het eind van 2000
            (
                rule(
                    rf"{B}(?:(?P<later>later\s+in\s+|eerder\s+in\s+)|(?:aan\s+|tegen\s+)?"
                    rf"(?:het\s+)?(?P<mod>{modifier})\s*(?:van\s+)?|(?:het\s+)?jaar\s+)?"
                    rf"(?P<y>{year})(?![\w'’]|[.,]\d)"
                ),
                self._year,
            ),
            # de jaren tachtig, jaren '90, de jaren 1990, de tachtiger jaren
            (
                rule(
                    rf"{B}(?:de\s+)?(?:(?P<mod>{modifier})\s+(?:van\s+)?(?:de\s+)?)?jaren\s+"
                    rf"(?:['’‘](?P<d2>\d0)|(?P<d4>1[0-9]\d0|20\d0)|(?P<dd>\d0)(?!\d)"
                    rf"|(?P<dw>{decade_word}|nul)){E}"
                ),
                self._decade,
            ),
            (rule(rf"{B}(?:de\s+)?(?P<dw>{decade_word})er\s+jaren{E}"), self._decade),
            # de 15e eeuw, de negentiende eeuw
            (
                rule(rf"{B}(?:de\s+)?(?P<n>\d{{1,2}}\s*(?:ste|de|e)|{ordinal})\s+eeuw{E}"),
                self._century,
            ),
            # vandaag, morgen, gisteren
            (
                rule(rf"{B}(?<!de\s)(?P<w>{alternation(lx.words('relative_day'))}){E}"),
                self._relative_day,
            ),
            (rule(rf"{B}(?:op\s+)?deze\s+dag{E}"), self._relative_day),
            # vanavond, gistermiddag, maandagochtend, morgen namiddag, deze avond
            (
                rule(
                    rf"{B}(?:(?P<dir>{direction})\s+)?(?P<day>{pod_day}|{weekday})\s*(?P<pod>{pod})"
                    rf"{E}"
                ),
                self._part_of_day,
            ),
            (rule(rf"{B}(?P<dir>{direction})\s+(?P<pod>{pod}){E}"), self._part_of_day),
            (rule(rf"{B}(?P<pod>{self.pod_suffix}){E}"), self._part_of_day),
            # volgende week dinsdag, dinsdag van vorige week, vorige woensdag, op vrijdag
            (
                rule(rf"{B}(?P<dir>{direction})\s+week\s*(?:op\s+|-\s*|,\s*)?(?P<wd>{weekday}){E}"),
                self._weekday,
            ),
            (
                rule(rf"{B}(?P<wd>{weekday})\s+(?:van\s+)?(?P<dir>{direction})\s+week{E}"),
                self._weekday,
            ),
            (rule(rf"{B}(?:(?P<dir>{direction})\s+)*(?P<wd>{weekday}){E}"), self._weekday),
            # deze week, vorig jaar, volgende maand, dit kwartaal, volgend jaar maart
            (
                rule(
                    rf"{B}(?:(?:aan\s+|tegen\s+)?(?:het\s+|de\s+)?(?P<mod>{modifier}|later|eerder)"
                    rf"\s+(?:van\s+|in\s+)?)?(?P<dir>{direction}|(?<=van\s)de|(?<=van\s)het"
                    rf"|(?<=in\s)het|het(?=\s+weekend))\s+(?P<unit>week|werkweek|maand|jaar|kwartaal|weekend|eeuw"
                    rf"|decennium){E}(?:\s+(?P<m>{month}){E})?"
                ),
                self._relative_unit,
            ),
            (
                rule(
                    rf"{B}(?:(?:aan\s+|tegen\s+)?het\s+)?(?P<mod>{modifier}|later|eerder)\s+"
                    rf"(?:van\s+|in\s+|op\s+)?(?P<dir>de|het)\s+"
                    rf"(?P<unit>week|maand|jaar|dag){E}"
                ),
                self._relative_unit,
            ),
            # het derde kwartaal (van 2018)
            (
                rule(
                    rf"{B}(?:het\s+)?(?P<n>[1-4]\s*(?:ste|de|e)|{ordinal})\s+kwartaal"
                    rf"(?:\s+(?:van\s+)?(?:(?P<y>{year})|(?P<this>dit\s+jaar|het\s+jaar)))?{E}"
                ),
                self._quarter,
            ),
            (rule(rf"{B}(?:in\s+)?(?:de\s+)?week\s+(?P<n>[1-5]?\d){E}"), self._week_number),
            # deze zomer, de winter van 2019, afgelopen herfst
            (
                rule(
                    rf"{B}(?:(?:(?P<mod>{modifier})\s+(?:van\s+)?)?(?P<dir>{direction}|de|het)\s+)?"
                    rf"(?P<s>{season}){E}(?:\s+(?:van\s+)?(?P<y>{year}){E})?"
                ),
                self._season,
            ),
            # kerst, Koningsdag 2018, vorige koningsdag
            (
                rule(
                    rf"{B}(?:(?P<dir>{direction})\s+)?(?P<h>{holiday}){E}"
                    rf"(?:\s+(?P<y>{year}){E})?"
                ),
                self._holiday,
            ),
            # de afgelopen drie jaar, de komende 10 weken, 5 aankomende jaren, binnen 9 maanden
            (
                rule(
                    rf"{B}(?:(?:de|het)\s+)?(?:(?P<dir>{direction}|eerste|laatste)\s+"
                    rf"(?P<n>{amount})\s+(?P<unit>{unit})|(?P<n2>{amount})\s+"
                    rf"(?P<dir2>{direction})\s+(?P<unit2>{unit})|binnen\s+(?:de\s+(?:{direction})\s+)?"
                    rf"(?P<n3>{amount})\s+(?P<unit3>{unit})){E}"
                ),
                self._window,
            ),
            # de komende weken, de afgelopen jaren
            (
                rule(
                    rf"{B}(?:de|het)\s+(?P<dir>{direction})\s+(?P<unit>dagen|weken|maanden|jaren"
                    rf"|decennia|eeuwen){E}"
                ),
                self._window,
            ),
            # drie jaar geleden, over twee weken
            (
                rule(rf"{B}(?P<n>{amount})\s+(?P<unit>{unit})\s+(?P<ago>geleden){E}"),
                self._offset,
            ),
            (rule(rf"{B}(?P<over>over)\s+(?P<n>{amount})\s+(?P<unit>{unit}){E}"), self._offset),
            # zeven jaar, 20 maanden, twee uur, anderhalf uur, meer dan 4 dagen, 14 s
            (
                rule(
                    rf"{B}(?:(?P<q>meer\s+dan|minder\s+dan|langer\s+dan|korter\s+dan|ruim|bijna"
                    rf"|zo['’‘]n|ongeveer|circa|ca\.|ten\s+minste|minstens|hooguit|maximaal)\s+)?"
                    rf"(?:(?P<n>{amount})\s+(?P<unit>{unit})|(?P<nd>\d+(?:,\d+)?)\s*"
                    rf"(?P<unitd>{unit_digit})){E}"
                ),
                self._duration,
            ),
            (
                rule(r"(?<![\w'’])(?:de\s+)?hele\s+(?P<unit>dag|nacht|week|maand|jaar)(?![\w'’])"),
                self._duration,
            ),
            # om 8 uur, 15.30 uur, 19:56:30, half negen, kwart over twee, 14u
            (
                rule(
                    rf"{B}(?P<pre>(?:(?:stipt|precies)\s+)?om(?:\s+(?:ongeveer|circa|rond))?"
                    rf"|rond|rondom|omstreeks|tegen|vanaf|tot|na|voor|uiterlijk|(?:niet\s+)?later\s+dan"
                    rf"|ca\.|circa|ongeveer)?\s*"
                    rf"(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?"
                    rf"(?![\d,]|\.\d)\s*(?P<uur>uur|u|h)?{E}(?:\s*(?P<pod>{self.pod_suffix}))?"
                ),
                self._clock,
            ),
            (
                rule(
                    rf"{B}(?P<pre>(?:(?:stipt|precies)\s+)?om(?:\s+(?:ongeveer|circa|rond))?"
                    rf"|rond|rondom|omstreeks|tegen|vanaf|tot|na|voor|uiterlijk|(?:niet\s+)?later\s+dan"
                    rf"|ca\.|circa|ongeveer)?\s*"
                    rf"(?P<h>[01]?\d|2[0-4]|{hour_word})(?:\s*(?P<uur>uur)|(?P<u>u|h))"
                    rf"(?:\s*(?P<m>[0-5]\d)(?!\s*(?:min|minuten|sec)))?{E}"
                    rf"(?:\s*(?P<pod>{self.pod_suffix})"
                    rf"|\s+(?P<bound>op\s+zijn\s+(?:vroegst|laatst)))?"
                ),
                self._clock,
            ),
            (
                rule(
                    rf"{B}(?P<pre>om|rond|omstreeks|tegen|vanaf|tot|na)?\s*"
                    rf"(?:(?P<mw>kwart|{minute_word}|[1-2]?\d)(?:\s+minuten)?\s+"
                    rf"(?P<rel>over|voor)\s+)?(?P<half>half)\s+"
                    rf"(?P<h>[1-9]|1[0-2]|{hour_word}){E}(?:\s*(?P<pod>{self.pod_suffix}))?"
                ),
                self._clock,
            ),
            (
                rule(
                    rf"{B}(?P<pre>om|rond|omstreeks|tegen|vanaf|tot|na)?\s*"
                    rf"(?P<mw>kwart|{minute_word}|[1-2]?\d)(?:\s+minuten)?\s+(?P<rel>over|voor)"
                    rf"\s+(?P<h>[01]?\d|2[0-4]|{hour_word})(?:\s*uur)?{E}"
                    rf"(?:\s*(?P<pod>{self.pod_suffix}))?"
                ),
                self._clock,
            ),
            # om 7 (an hour without "uur" only after "om" and before a pause or a part of day)
            (
                rule(
                    rf"{B}(?P<pre>om|rond|omstreeks)\s+(?P<h>[1-9]|1[0-2])(?P<bare>)"
                    rf"(?:\s*(?P<pod>{self.pod_suffix})|(?=\s*(?:[.,;:!?)]|$)))"
                ),
                self._clock,
            ),
            (
                rule(rf"{B}(?:het\s+)?middaguur{E}|{B}rond\s+de\s+middag{E}|{B}middernacht{E}"),
                self._clock,
            ),
            # elke week, iedere maandag, eenmaal per jaar, dagelijks, 's maandags
            (
                rule(
                    rf"{B}(?:elke|iedere|ieder|elk)\s+(?:(?P<n>{number})\s+)?"
                    rf"(?P<unit>{unit}|weekdag|werkdag|{weekday}|{pod}){E}"
                ),
                self._set,
            ),
            (
                rule(
                    rf"{B}(?:(?P<n>{number}|een|één)\s*(?:keer|maal)|eenmaal|tweemaal)\s+per\s+"
                    rf"(?P<unit>{unit}){E}"
                ),
                self._set,
            ),
            (rule(rf"{B}(?P<w>{set_word}){E}"), self._set),
            (rule(rf"{B}(?:'s|['’‘]s)\s+(?P<wd>{weekday})s{E}"), self._set),
            # nu, momenteel, vroeger, binnenkort
            (rule(rf"{B}(?P<w>{vague}){E}(?!\.nl)"), self._vague),
        ]
        self.prefilter = Prefilter([pattern for pattern, _ in self.rules])

    # -- finding ------------------------------------------------------------------------------

    def find(self, text: str, context: _Context) -> list[_Candidate]:
        candidates: list[_Candidate] = []
        # Most rules find nothing in a given article: skip those that cannot (prefilter).
        selected = self.prefilter.select(text)
        for priority, (pattern, handler) in enumerate(self.rules):
            if not selected[priority]:
                continue
            for match in pattern.finditer(text):
                if match.end() == match.start():
                    continue
                made = handler(match, context)
                if made is None:
                    continue
                for candidate in made if isinstance(made, list) else [made]:
                    candidate.priority = -priority
                    _trim(text, candidate)
                    candidates.append(candidate)
        chosen: list[_Candidate] = []
        taken = DisjointRanges()
        for candidate in sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start)):
            if taken.overlaps(candidate.start, candidate.end):
                continue
            chosen.append(candidate)
            taken.add(candidate.start, candidate.end)
        chosen.sort(key=lambda c: c.start)
        return self._merge(text, chosen, context)

    # -- merging ------------------------------------------------------------------------------

    _DATE_TIME_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:om|rond|tegen|omstreeks|in|-)\s*)?", re.I)
    _TIME_DATE_GAP = re.compile(r"\s*(?:,\s*)?(?:op\s+)?", re.I)
    _DURATION_GAP = re.compile(r"\s*(?:,|en)?\s*", re.I)

    def _merge(self, text: str, chosen: list[_Candidate], context: _Context) -> list[_Candidate]:
        merged: list[_Candidate] = []
        for candidate in chosen:
            if merged:
                previous = merged[-1]
                gap = text[previous.end : candidate.start]
                combined = self._combine(previous, candidate, gap)
                if combined is not None:
                    merged[-1] = combined
                    continue
            merged.append(candidate)
        return merged

    def _combine(self, first: _Candidate, second: _Candidate, gap: str) -> _Candidate | None:
        """One expression of two neighbours: a day and a clock time or part of day, a set and
        a clock time, a part of day and a clock time, or two durations."""
        joined = self._join_times(first, second, gap)
        if joined is not None:
            return joined
        if (
            first.type == "DURATION"
            and second.type == "DURATION"
            and first.parts
            and second.parts
            and second.mod is None
            and self._DURATION_GAP.fullmatch(gap)
            and not set(first.parts) & set(second.parts)
            and None not in first.parts.values()
            and None not in second.parts.values()
        ):
            parts = {**first.parts, **second.parts}
            if "W" in parts and "D" in parts:
                parts["D"] = parts.pop("W") * 7 + parts["D"]
            return _Candidate(
                first.start, second.end, "DURATION", _duration(parts), first.mod, parts=parts
            )
        return None

    def _join_times(self, first: _Candidate, second: _Candidate, gap: str) -> _Candidate | None:
        def is_day(candidate: _Candidate) -> bool:
            return candidate.day_value is not None and candidate.clock is None

        def is_clock(candidate: _Candidate) -> bool:
            return candidate.type == "TIME" and candidate.clock is not None and not candidate.day

        def is_bare_pod(candidate: _Candidate) -> bool:
            return candidate.type == "TIME" and candidate.clock is None and not candidate.day_value

        def clock_text(clock: tuple[int, int, int | None], pod: str | None) -> str:
            hour, minute, sec = _pod_hour(clock, pod, True)
            return f"T{hour:02d}:{minute:02d}" + (f":{sec:02d}" if sec else "")

        def make(day: _Candidate | None, value: str, **extra: object) -> _Candidate:
            return _Candidate(
                first.start,
                second.end,
                "TIME",
                value,
                first.mod or second.mod,
                day=day.day if day else None,
                day_value=day.day_value if day else None,
                **extra,  # type: ignore[arg-type]
            )

        forward = self._DATE_TIME_GAP.fullmatch(gap) is not None
        backward = self._TIME_DATE_GAP.fullmatch(gap) is not None
        # morgen om 8 uur, vanavond om 8 uur, 14 oktober om 8:00:31
        if is_day(first) and is_clock(second) and forward:
            assert first.day_value is not None and second.clock is not None
            value = first.day_value + clock_text(second.clock, first.pod)
            return make(first, value, clock=_pod_hour(second.clock, first.pod, True))
        # 20.30 vandaag, half zes morgenavond, om 19:30 op vr. 20 sept.
        if is_clock(first) and is_day(second) and backward:
            assert second.day_value is not None and first.clock is not None
            value = second.day_value + clock_text(first.clock, second.pod)
            return make(second, value, clock=_pod_hour(first.clock, second.pod, True))
        # 15 februari 's morgens, dinsdag in de ochtend, morgen 's middags
        if is_day(first) and second.pod and is_bare_pod(second) and not first.pod and forward:
            assert first.day_value is not None
            return make(first, f"{first.day_value}T{second.pod}", pod=second.pod)
        # 's ochtends om 9, elke dag 15.00, elke maandag om 16.00, elke avond om 19.13
        if (first.type == "SET" or is_bare_pod(first)) and is_clock(second) and forward:
            assert second.clock is not None
            prefix = (first.value or "XXXX-XX-XX").split("T")[0]
            if first.type == "SET" and not prefix.startswith("X"):
                prefix = "XXXX-XX-XX"
            value = prefix + clock_text(second.clock, first.pod)
            joined = make(None, value, clock=_pod_hour(second.clock, first.pod, True))
            joined.type = first.type
            return joined
        return None

    # -- dates --------------------------------------------------------------------------------

    def _day_candidate(
        self, match: re.Match[str], day: date | None, value: str | None, mod: str | None = None
    ) -> _Candidate:
        return _Candidate(match.start(), match.end(), "DATE", value, mod, day=day, day_value=value)

    def _resolve_day_month(
        self,
        context: _Context,
        offset: int,
        month: int,
        day: int,
        year: int | None,
        weekday: int | None = None,
    ) -> tuple[date | None, str | None]:
        if year is None and context.ref.year is not None and (weekday or (month, day) == (2, 29)):
            # the year in which the date falls on the weekday given, or a leap year
            chosen, _ = self._resolve_day_month(context, offset, month, min(day, 28), None)
            base = chosen.year if chosen else context.ref.year
            for shift in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
                try:
                    candidate = date(base + shift, month, day)
                except ValueError:
                    continue
                if weekday is None or candidate.isoweekday() == weekday:
                    return candidate, _ymd(candidate)
            return None, None
        if year is None:
            ref = context.ref
            if ref.year is None:
                return None, f"XXXX-{month:02d}-{day:02d}"
            year = ref.year
            if ref.month is not None:
                tense = context.tense(offset)
                here = (month, day)
                now = (ref.month, ref.day or 15)
                if tense == "past" and here > now:
                    year -= 1
                elif tense != "past" and here < now:
                    year += 1
        try:
            resolved = date(year, month, day)
        except ValueError:
            return None, None
        return resolved, _ymd(resolved)

    def _numeric_date(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        day, month, year_text = int(match["d"]), int(match["m"]), match["y"]
        year = int(year_text.lstrip("'"))
        if len(year_text.lstrip("'")) == 2:
            ref_year = context.ref.year or 2000
            year += 2000 if year <= (ref_year % 100) + 10 else 1900
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        try:
            resolved = date(year, month, day)
        except ValueError:
            return None
        return self._day_candidate(match, resolved, _ymd(resolved))

    def _day_month_numeric(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        day, month = int(match["d"]), int(match["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if match["sep"] == "." and not match["pre"]:
            return None  # "10.10" is a clock time unless "op 10.10"
        if match["sep"] == "-" and not match["pre"] and day < 10 and len(match["d"]) < 2:
            return None  # "3-1" is more often a score than a date
        following = context.text[match.end() : match.end() + 20]
        if re.match(r"\s*(?:%|procent|uur|jaar|euro|keer|\w+ige\b)", following, re.I):
            return None
        resolved, value = self._resolve_day_month(context, match.start(), month, day, None)
        if value is None:
            return None
        return self._day_candidate(match, resolved, value)

    def _day_month(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        month = int(self.months[normalise(match["m"]).rstrip(".")])
        day_text = normalise(match["d"])
        digits = re.match(r"\d+", day_text)
        if digits:
            day = int(digits.group())
        else:
            value = parse_number(day_text, self.lexicon)
            if value is None:
                return None
            day = int(value)
        year_text = match["y"] or (match.groupdict().get("y2"))
        year = None
        if year_text:
            year = int(year_text)
            if year < 100:
                year += 2000 if year <= (context.ref.year or 2000) % 100 + 10 else 1900
        weekday_text = re.match(rf"\s*({alternation(self.weekdays)})\b", match.group(), re.I)
        weekday = int(self.weekdays[normalise(weekday_text.group(1))]) if weekday_text else None
        resolved, value = self._resolve_day_month(context, match.start(), month, day, year, weekday)
        if value is None:
            return None
        return self._day_candidate(match, resolved, value)

    def _month_value(
        self, context: _Context, offset: int, month: int, direction: str | None
    ) -> str:
        ref = context.ref
        if ref.year is None:
            return f"XXXX-{month:02d}"
        year = ref.year
        if ref.month is not None:
            if direction == "this":
                pass
            elif direction == "next":
                year += month <= ref.month
            elif direction in ("prev", "last"):
                year -= month >= ref.month
            elif context.tense(offset) == "past":
                year -= month > ref.month
            else:
                year += month < ref.month
        return f"{year:04d}-{month:02d}"

    def _month(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        month = int(self.months[normalise(match["m"])])
        direction = self.lexicon.value("direction", match["dir"]) if match["dir"] else None
        mod = self.lexicon.value("modifier", match["mod"]) if match["mod"] else None
        value = self._month_value(context, match.start("m"), month, direction)
        return _Candidate(match.start(), match.end(), "DATE", value, mod)

    def _month_year(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        month_text = normalise(match["m"]).rstrip(".")
        month = int(month_text) if month_text.isdigit() else int(self.months[month_text])
        if not 1 <= month <= 12:
            return None
        groups = match.groupdict()
        mod = self.lexicon.value("modifier", groups["mod"]) if groups.get("mod") else None
        return _Candidate(
            match.start(), match.end(), "DATE", f"{int(match['y']):04d}-{month:02d}", mod
        )

    def _year(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        text = context.text
        before = text[max(0, match.start() - 3) : match.start()]
        if re.search(r"[€$£]\s*$|\d[.,]$", before):
            return None
        after = text[match.end() : match.end() + 24]
        units = self.lexicon.quantity
        unit_words = [*units.get("money", {}), *units.get("percent", {}), *units.get("measure", {})]
        following = re.match(r"\s*([^\s\d.,;:!?()]+(?:\s+[^\s\d.,;:!?()]+)?)", after)
        if following:
            word = normalise(following.group(1))
            if word in unit_words or word.split(" ")[0] in unit_words:
                return None
            if word.split(" ")[0] in self.lexicon.scales:
                return None
        bare = match.start() == match.start("y")
        if (
            bare
            and following
            and re.fullmatch(r"[a-zà-ÿ]{2,}(?:en|s)", following.group(1).split()[0])
        ):
            preceding = re.search(r"(\w+)\W*$", text[max(0, match.start() - 20) : match.start()])
            if not (preceding and preceding.group(1).lower() in YEAR_PREPOSITIONS):
                return None  # "1500 mensen": a count, not a year
        year = int(match["y"])
        mod = None
        if match["mod"]:
            mod = self.lexicon.value("modifier", match["mod"])
        elif match["later"]:
            if normalise(match["later"]).startswith("later"):
                mod = "AFTER" if context.ref.year == year else None
            else:
                mod = "BEFORE" if context.ref.year == year else None
        return _Candidate(match.start(), match.end(), "DATE", f"{year:04d}", mod)

    def _decade(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        if groups.get("d4"):
            value = groups["d4"][:3]
        else:
            if groups.get("d2") or groups.get("dd"):
                tens = int((groups.get("d2") or groups["dd"])[0])
            else:
                word = normalise(groups["dw"])
                tens = 0 if word == "nul" else self.lexicon.cardinals[word] // 10
            century = 20 if tens == 0 else 19
            value = f"{century}{tens}"
        mod = self.lexicon.value("modifier", groups["mod"]) if groups.get("mod") else None
        return _Candidate(match.start(), match.end(), "DATE", value, mod)

    def _century(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        text = normalise(match["n"])
        digits = re.match(r"\d+", text)
        number = int(digits.group()) if digits else self.lexicon.ordinals.get(text)
        if not number or number > 21:
            return None
        return _Candidate(match.start(), match.end(), "DATE", f"{number - 1:02d}")

    def _relative_day(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        word = match.groupdict().get("w")
        offset = int(self.lexicon.value("relative_day", word)) if word else 0
        ref_day = context.ref.date
        if ref_day is None:
            return _Candidate(match.start(), match.end(), "DATE", None, day_value=None)
        day = ref_day + timedelta(days=offset)
        return self._day_candidate(match, day, _ymd(day))

    def _weekday_date(
        self, context: _Context, offset: int, weekday: int, direction: str | None, week: bool
    ) -> date | None:
        ref_day = context.ref.date
        if ref_day is None:
            return None
        today = ref_day.isoweekday()
        if week or direction in ("this", "prev"):
            shift = {"this": 0, "next": 1, "prev": -1, "last": -1, None: 0}[direction]
            monday = ref_day - timedelta(days=today - 1)
            return monday + timedelta(weeks=shift, days=weekday - 1)
        if direction == "next":
            return self._weekday_date(context, offset, weekday, "next", True)
        if direction == "last":
            back = (today - weekday) % 7 or 7
            return ref_day - timedelta(days=back)
        if context.tense(offset) == "past":
            return ref_day - timedelta(days=(today - weekday) % 7)
        return ref_day + timedelta(days=(weekday - today) % 7 or 7)

    def _weekday(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        weekday = int(self.weekdays[normalise(match["wd"])])
        direction = None
        if match["dir"]:
            words = normalise(match["dir"]).split()
            direction = self.lexicon.value("direction", words[-1])
        pattern_has_week = "week" in normalise(match.group())
        if direction == "next" and not pattern_has_week:
            word = normalise(match["dir"]).split()[-1]
            if word in ("komende", "komend", "aankomende", "aanstaande"):
                ref_day = context.ref.date
                if ref_day is None:
                    return self._day_candidate(match, None, f"XXXX-WXX-{weekday}")
                ahead = (weekday - ref_day.isoweekday()) % 7 or 7
                day = ref_day + timedelta(days=ahead)
                return self._day_candidate(match, day, _ymd(day))
        day = self._weekday_date(context, match.start(), weekday, direction, pattern_has_week)
        if day is None:
            return self._day_candidate(match, None, f"XXXX-WXX-{weekday}")
        return self._day_candidate(match, day, _ymd(day))

    def _part_of_day(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        pod_text = normalise(groups["pod"])
        pod = self.lexicon.value("pod", pod_text) or self.lexicon.value("pod_adverb", pod_text)
        if pod is None:
            inner = re.search(r"(\w+?)s?$", pod_text)
            pod = self.lexicon.value("pod", inner.group(1)) if inner else None
        if pod is None:
            return None
        ref_day = context.ref.date
        day_text = normalise(groups.get("day") or "")
        direction = self.lexicon.value("direction", groups["dir"]) if groups.get("dir") else None
        day: date | None = None
        day_value: str | None = None
        if day_text in self.lexicon.words("weekday"):
            weekday = int(self.lexicon.words("weekday")[day_text])
            if direction == "next" and normalise(groups["dir"]) in ("komende", "aanstaande"):
                direction = None  # the coming one: resolved as a future weekday
            day = self._weekday_date(context, match.start(), weekday, direction, False)
            day_value = _ymd(day) if day else f"XXXX-WXX-{weekday}"
        elif day_text:
            if day_text == "morgen" and pod_text == "morgen":
                return None  # "morgenmorgen" is not a word; "morgen" alone is tomorrow
            offset = int(self.lexicon.value("pod_day", day_text) or 0)
            if ref_day:
                day = ref_day + timedelta(days=offset)
                day_value = _ymd(day)
        elif direction is not None:
            offset = {"this": 0, "next": 1, "prev": -1, "last": -1}[direction]
            if ref_day:
                day = ref_day + timedelta(days=offset)
                day_value = _ymd(day)
        else:
            # "'s avonds", "in de ochtend": a part of day with no day of its own
            return _Candidate(match.start(), match.end(), "TIME", f"XXXX-XX-XXT{pod}", pod=pod)
        value = f"{day_value}T{pod}" if day_value else None
        return _Candidate(
            match.start(), match.end(), "TIME", value, pod=pod, day=day, day_value=day_value
        )

    def _relative_unit(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        unit = normalise(groups["unit"])
        det = normalise(groups["dir"])
        direction = self.lexicon.value("direction", det) or "this"
        mod_word = normalise(groups["mod"]) if groups.get("mod") else None
        mod = None
        if mod_word == "later":
            mod = "AFTER"
        elif mod_word == "eerder":
            mod = None
        elif mod_word:
            mod = self.lexicon.value("modifier", mod_word)
        if det in ("de", "het") and mod_word is None and unit != "weekend":
            return None
        shift = {"this": 0, "next": 1, "prev": -1, "last": -1}[direction]
        ref = context.ref
        ref_day = ref.date
        value: str | None = None
        day: date | None = None
        if unit == "dag":
            if ref_day:
                day = ref_day
                value = _ymd(ref_day)
        elif unit in ("week", "werkweek", "weekend"):
            if ref_day:
                if (
                    unit == "weekend"
                    and normalise(groups["dir"])
                    in ("komend", "komende", "aankomende", "aanstaande")
                    and ref_day.isoweekday() < 6
                ):
                    shift = 0  # "komend weekend" on a Tuesday is this week's
                value = _iso_week(ref_day + timedelta(weeks=shift))
                if unit == "weekend":
                    value += "-WE"
        elif unit == "maand":
            if ref.year and ref.month:
                year, month = _shift_month(ref.year, ref.month, shift)
                value = f"{year:04d}-{month:02d}"
        elif unit == "kwartaal":
            if ref.year and ref.month:
                index = ref.year * 4 + (ref.month - 1) // 3 + shift
                value = f"{index // 4:04d}-Q{index % 4 + 1}"
        elif unit == "jaar":
            if ref.year:
                value = f"{ref.year + shift:04d}"
                if groups.get("m"):
                    month = int(self.months[normalise(groups["m"])])
                    value += f"-{month:02d}"
        elif unit == "decennium":
            if ref.year:
                value = f"{ref.year // 10 + shift:03d}"
        elif unit == "eeuw":
            if ref.year:
                value = f"{ref.year // 100 + shift:02d}"
        return _Candidate(
            match.start(),
            match.end(),
            "DATE",
            value,
            mod,
            day=day,
            day_value=value if day else None,
        )

    def _quarter(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        text = normalise(match["n"])
        digits = re.match(r"\d", text)
        number = int(digits.group()) if digits else self.lexicon.ordinals.get(text)
        if not number or number > 4:
            return None
        year = int(match["y"]) if match["y"] else context.ref.year
        value = f"{year:04d}-Q{number}" if year else f"XXXX-Q{number}"
        return _Candidate(match.start(), match.end(), "DATE", value)

    def _week_number(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        number = int(match["n"])
        if not 1 <= number <= 53 or context.ref.year is None:
            return None
        return _Candidate(
            match.start(), match.end(), "DATE", f"{context.ref.year:04d}-W{number:02d}"
        )

    def _season(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        season = self.lexicon.value("season", groups["s"])
        if season is None:
            return None
        mod = self.lexicon.value("modifier", groups["mod"]) if groups.get("mod") else None
        if groups.get("y"):
            return _Candidate(match.start(), match.end(), "DATE", f"{groups['y']}-{season}", mod)
        ref = context.ref
        if ref.year is None:
            return _Candidate(match.start(), match.end(), "DATE", f"XXXX-{season}", mod)
        month = ref.month or 6
        # the season going on at the reference, as (year, start month) of its start
        current_start = max(m for m in (3, 6, 9, 12, 0) if m <= month) or 12
        current_year = ref.year - (1 if current_start == 12 and month < 12 else 0)
        current = current_year * 12 + current_start
        start_month = SEASON_START[season]
        same_year = ref.year * 12 + start_month
        occurrences = [same_year - 12, same_year, same_year + 12]
        direction = (
            self.lexicon.value("direction", groups["dir"])
            if groups.get("dir") and normalise(groups["dir"]) not in ("de", "het")
            else None
        )
        if direction is None:
            tense = context.tense(match.start())
            direction = "last" if tense == "past" else "this_or_next"
        if direction == "this":
            chosen = current if current in occurrences else same_year
        elif direction == "this_or_next" and current in occurrences:
            chosen = current
        elif direction in ("next", "this_or_next"):
            chosen = min(o for o in occurrences if o > current)
        else:  # last, prev: the most recent that started before the reference's season
            chosen = (
                max(o for o in occurrences if o < current)
                if direction == "prev"
                else max(o for o in occurrences if o <= current)
            )
            if direction == "last" and chosen == current and groups.get("dir"):
                chosen = max(o for o in occurrences if o < current)
        year = (chosen - 1) // 12 if chosen % 12 == 0 else chosen // 12
        return _Candidate(match.start(), match.end(), "DATE", f"{year:04d}-{season}", mod)

    def _holiday(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        name = normalise(match["h"])
        rule = self.lexicon.value("holiday", name)
        if rule is None:
            return None
        ref_day = context.ref.date
        if match["y"]:
            day = holiday_date(rule, int(match["y"]), name)
            return self._day_candidate(match, day, _ymd(day) if day else None)
        if ref_day is None:
            year = context.ref.year
            day = holiday_date(rule, year, name) if year else None
            value = (
                _ymd(day) if day else (f"XXXX-{rule}" if re.fullmatch(r"\d\d-\d\d", rule) else None)
            )
            return self._day_candidate(match, day, value)
        direction = self.lexicon.value("direction", match["dir"]) if match["dir"] else None
        if direction is None:
            direction = "last" if context.tense(match.start()) == "past" else "next_or_today"
        options = [
            day
            for day in (holiday_date(rule, ref_day.year + k, name) for k in (-1, 0, 1))
            if day is not None
        ]
        if direction in ("next", "next_or_today"):
            later = [d for d in options if d > ref_day or (d == ref_day and direction != "next")]
            day = min(later) if later else None
        elif direction == "this":
            day = holiday_date(rule, ref_day.year, name)
        else:
            earlier = [d for d in options if d < ref_day or (d == ref_day and not match["dir"])]
            day = max(earlier) if earlier else None
        return self._day_candidate(match, day, _ymd(day) if day else None)

    def _day_of_month(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        text = normalise(match["d"])
        digits = re.match(r"\d+", text)
        day = int(digits.group()) if digits else self.lexicon.ordinals.get(text)
        if not day or not 1 <= day <= 31:
            return None
        if not digits and not (match["op"] or match["wd"]):
            return None  # "de eerste" alone is rarely a date
        ref_day = context.ref.date
        weekday = int(self.weekdays[normalise(match["wd"])]) if match["wd"] else None
        if ref_day is None:
            return self._day_candidate(match, None, f"XXXX-XX-{day:02d}")
        past = context.tense(match.start()) == "past"
        steps = range(0, -13, -1) if past else range(0, 13)
        for step in steps:
            year, month = _shift_month(ref_day.year, ref_day.month, step)
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if (past and candidate > ref_day) or (not past and candidate < ref_day):
                continue
            if weekday and candidate.isoweekday() != weekday:
                continue
            return self._day_candidate(match, candidate, _ymd(candidate))
        return None

    def _nth_in(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        text = normalise(match["n"])
        digits = re.match(r"\d", text)
        nth = (
            -1
            if text == "laatste"
            else (int(digits.group()) if digits else self.lexicon.ordinals.get(text))
        )
        if not nth or nth > 5:
            return None
        what = normalise(match["what"])
        if match["yo"]:
            if what != "week":
                return None
            year = int(match["yo"])
            week = nth if nth > 0 else date(year, 12, 28).isocalendar()[1]
            return _Candidate(match.start(), match.end(), "DATE", f"{year:04d}-W{week:02d}")
        month = int(self.months[normalise(match["m"]).rstrip(".")])
        if match["y"]:
            year = int(match["y"])
        else:
            value = self._month_value(context, match.start(), month, None)
            if value.startswith("X"):
                return None
            year = int(value[:4])
        first = date(year, month, 1)
        following = date(year + (month == 12), month % 12 + 1, 1)
        last = following - timedelta(days=1)
        if what == "dag":
            day = first + timedelta(days=nth - 1) if nth > 0 else last
            if day.month != month:
                return None
            return self._day_candidate(match, day, _ymd(day))
        if what == "week":
            monday = first + timedelta(days=(7 - first.weekday()) % 7)
            if nth > 0:
                monday += timedelta(weeks=nth - 1)
            else:
                monday = last - timedelta(days=last.weekday())
                if monday + timedelta(days=6) > last:
                    monday -= timedelta(weeks=1)
            return _Candidate(match.start(), match.end(), "DATE", _iso_week(monday))
        weekday = int(self.weekdays[what])
        if nth > 0:
            day = first + timedelta(days=(weekday - first.isoweekday()) % 7, weeks=nth - 1)
        else:
            day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
        if day.month != month:
            return None
        return self._day_candidate(match, day, _ymd(day))

    def _spelled_year(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        base = 1900 if normalise(match["c"]).startswith("negentien") else 2000
        rest = self.lexicon.cardinals.get(normalise(match["n"]))
        if rest is None or rest >= 100:
            return None
        return _Candidate(match.start(), match.end(), "DATE", f"{base + rest:04d}")

    def _anchored(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        unit = self._unit_of(match["unit"])
        amount = self._amount_of(match["n"])
        ref_day = context.ref.date
        if unit not in ("D", "W") or amount is None or ref_day is None:
            return None
        anchor = ref_day + timedelta(days=int(self.lexicon.value("relative_day", match["w"])))
        days = int(amount) * (7 if unit == "W" else 1)
        day = anchor + timedelta(days=-days if normalise(match["rel"]) == "voor" else days)
        return self._day_candidate(match, day, _ymd(day))

    # -- durations ----------------------------------------------------------------------------

    def _amount_of(self, text: str | None) -> float | None:
        if text is None:
            return None
        text = normalise(text)
        if text in ("een", "één"):
            return 1.0
        if text in self.lexicon.vague_numbers or text == "een paar":
            return None
        text = re.sub(r"\s*½$", " en een half", text) if text != "½" else text
        return parse_number(text, self.lexicon)

    def _unit_of(self, text: str) -> str | None:
        word = normalise(text)
        return self.lexicon.value("unit", word) or {
            "s": "S",
            "u": "H",
            "h": "H",
            "j": "Y",
            "w": "W",
        }.get(word)

    def _window(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        unit_text = groups.get("unit") or groups.get("unit2") or groups.get("unit3")
        unit = self._unit_of(unit_text)
        if unit is None:
            return None
        amount_text = groups.get("n") or groups.get("n2") or groups.get("n3")
        amount = self._amount_of(amount_text) if amount_text else None
        if (
            amount_text
            and amount is None
            and normalise(amount_text)
            not in (
                *self.lexicon.vague_numbers,
                "een paar",
            )
        ):
            return None
        parts = _unit_parts(unit, amount)
        return _Candidate(match.start(), match.end(), "DURATION", _duration(parts))

    def _offset(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        unit = self._unit_of(match["unit"])
        amount = self._amount_of(match["n"])
        if unit is None:
            return None
        sign = -1 if match.groupdict().get("ago") else 1
        ref = context.ref
        if amount is None or not float(amount).is_integer() and unit not in ("H", "MIN", "S"):
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return _Candidate(match.start(), match.end(), "DATE", value)
        if unit == "QH":
            unit, amount = "MIN", amount * 15
        if unit in ("H", "MIN", "S"):
            ref_day = ref.date
            if ref_day is None:
                return _Candidate(match.start(), match.end(), "TIME", None)
            moment = datetime(
                ref_day.year,
                ref_day.month,
                ref_day.day,
                ref.hour or 0,
                ref.minute or 0,
                ref.second or 0,
            )
            seconds = {"H": 3600, "MIN": 60, "S": 1}[unit] * amount * sign
            moment += timedelta(seconds=seconds)
            value = moment.strftime("%Y-%m-%dT%H:%M") + (
                moment.strftime(":%S") if moment.second else ""
            )
            return _Candidate(match.start(), match.end(), "TIME", value)
        count = int(amount) * sign
        value = None
        day: date | None = None
        if unit in ("D", "W", "WE"):
            if ref.date:
                day = ref.date + timedelta(days=count * (1 if unit == "D" else 7))
                value = _ymd(day)
        elif unit in ("M", "Q"):
            months = count * (3 if unit == "Q" else 1)
            if ref.date:
                day = _add_months(ref.date, months)
                value = _ymd(day)
            elif ref.year and ref.month:
                year, month = _shift_month(ref.year, ref.month, months)
                value = f"{year:04d}-{month:02d}"
        elif unit in ("Y", "DE", "CE"):
            years = count * {"Y": 1, "DE": 10, "CE": 100}[unit]
            if ref.year:
                value = f"{ref.year + years:04d}"
        return _Candidate(
            match.start(), match.end(), "DATE", value, day=day, day_value=value if day else None
        )

    def _duration(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        if "n" not in groups:  # de hele dag
            unit = self._unit_of(groups["unit"])
            if unit is None:
                return None
            parts: dict[str, float | None] = {unit: 1}
            return _Candidate(match.start(), match.end(), "DURATION", _duration(parts), parts=parts)
        unit_text = groups.get("unit") or groups.get("unitd")
        amount_text = groups.get("n") or groups.get("nd")
        unit = self._unit_of(unit_text)
        if unit is None:
            return None
        amount = self._amount_of(amount_text)
        if amount is None and normalise(amount_text) not in (
            *self.lexicon.vague_numbers,
            "een paar",
        ):
            return None
        if groups.get("unitd") and normalise(groups["unitd"]) in ("u", "h"):
            # "14u" is a clock time in Flemish usage; "1 u" with a space a duration
            gap = context.text[match.start("nd") : match.start("unitd")]
            if not re.search(r"\s", gap):
                return None
        before = context.text[max(0, match.start() - 12) : match.start()]
        if unit == "H" and re.search(
            r"(?:\bom|\brond|\bomstreeks|\btegen|\bvanaf|\btot|\bna)\s*$", before, re.I
        ):
            return None  # "om 8 uur" is a clock time
        qualifier = normalise(groups["q"]) if groups.get("q") else None
        mod = None
        if qualifier:
            if qualifier in ("meer dan", "langer dan", "ruim", "ten minste", "minstens"):
                mod = "EQUAL_OR_MORE"
            elif qualifier in ("minder dan", "korter dan", "hooguit", "maximaal"):
                mod = "EQUAL_OR_LESS"
            else:
                mod = "APPROX"
        parts = _unit_parts(unit, amount)
        return _Candidate(
            match.start(), match.end(), "DURATION", _duration(parts), mod, parts=parts
        )

    # -- times --------------------------------------------------------------------------------

    def _clock(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        text = normalise(match.group())
        if "h" not in groups:  # middaguur, rond de middag, middernacht
            hour, minute = (0, 0) if "middernacht" in text else (12, 0)
            return self._time(match, context, (hour, minute, None), None, exact=True)
        hour = self._hour(groups["h"])
        if hour is None:
            return None
        minute = int(groups["m"]) if groups.get("m") else 0
        second = int(groups["s"]) if groups.get("s") else None
        pod = None
        if groups.get("pod"):
            pod_text = normalise(groups["pod"])
            pod = self.lexicon.value("pod_adverb", pod_text)
            if pod is None:
                found = re.search(rf"({alternation(self.lexicon.words('pod'))})", pod_text)
                pod = self.lexicon.value("pod", found.group(1)) if found else None
        prefix = normalise(groups["pre"]) if groups.get("pre") else None
        exact = bool(groups.get("sep"))  # 15:30 and 15.30 are 24-hour clock times
        if groups.get("half"):
            hour = (hour - 1) % 12 or 12
            minute = 30
            exact = False
        if groups.get("rel"):
            minutes = 15 if normalise(groups["mw"]) == "kwart" else self._hour(groups["mw"])
            if minutes is None:
                return None
            base = hour * 60 + minute
            base += minutes if normalise(groups["rel"]) == "over" else -minutes
            hour, minute = divmod(base % (24 * 60), 60)
        if groups.get("sep") == "." and not (prefix or groups.get("uur") or pod):
            # "15.30" without "om" or "uur": a time only when nothing says it is a number
            before = context.text[max(0, match.start() - 2) : match.start()]
            after = context.text[match.end() : match.end() + 12]
            if re.search(r"[€$£\d]\s*$", before) or re.match(
                r"\s*(?:%|procent|euro|dollar|miljoen|miljard|meter|km|kilo)", after, re.I
            ):
                return None
        if groups.get("uur") is None and groups.get("u") is None and not groups.get("sep"):
            if not (groups.get("half") or groups.get("rel") or groups.get("bare") is not None):
                return None
        if groups.get("uur") and not (prefix or pod or groups.get("m") or groups.get("bound")):
            return None  # "twee uur" alone is a duration
        if prefix == "voor" and not groups.get("sep"):
            return None  # "voor een uur" is "for an hour" as often as "before one o'clock"
        if hour == 24:
            hour = 0
        mod = None
        if prefix:
            if any(word in prefix for word in ("rond", "omstreeks", "ongeveer", "circa", "ca.")):
                mod = "APPROX"
            elif prefix in ("tot", "voor", "uiterlijk") or "later dan" in prefix:
                mod = "BEFORE" if prefix != "later dan" else "AFTER"
            elif prefix == "tegen":
                mod = None
            elif prefix in ("vanaf", "na"):
                mod = "AFTER"
        return self._time(match, context, (hour, minute, second), pod, exact=exact, mod=mod)

    def _hour(self, text: str) -> int | None:
        text = normalise(text)
        if text.isdigit():
            return int(text)
        value = self.lexicon.cardinals.get(text)
        return value if value is not None and value <= 24 else None

    def _time(
        self,
        match: re.Match[str],
        context: _Context,
        clock: tuple[int, int, int | None],
        pod: str | None,
        *,
        exact: bool,
        mod: str | None = None,
    ) -> _Candidate:
        clock = _pod_hour(clock, pod, exact)
        hour, minute, second = clock
        text = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
        ref_day = context.ref.date
        value = (_ymd(ref_day) if ref_day else "XXXX-XX-XX") + text
        return _Candidate(match.start(), match.end(), "TIME", value, mod, clock=clock)

    # -- sets and vague references ------------------------------------------------------------

    def _set(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        groups = match.groupdict()
        if groups.get("w"):
            value = self.lexicon.value("set", groups["w"])
            return _Candidate(match.start(), match.end(), "SET", value)
        if groups.get("wd"):
            weekday = self.weekdays[normalise(groups["wd"])]
            return _Candidate(match.start(), match.end(), "SET", f"XXXX-WXX-{weekday}")
        word = normalise(groups["unit"])
        if word in self.lexicon.words("weekday"):
            weekday = self.lexicon.words("weekday")[word]
            return _Candidate(match.start(), match.end(), "SET", f"XXXX-WXX-{weekday}")
        if word in ("weekend", "weekenden") and not groups.get("n"):
            return _Candidate(match.start(), match.end(), "SET", "XXXX-WXX-WE")
        if word in ("weekdag", "werkdag"):
            return _Candidate(match.start(), match.end(), "SET", "P1D")
        pod = self.lexicon.value("pod", word)
        unit = self._unit_of(word)
        if unit is None and pod:
            return _Candidate(match.start(), match.end(), "SET", f"XXXX-XX-XXT{pod}", pod=pod)
        if unit is None:
            return None
        amount = 1.0
        if groups.get("n"):
            amount = self._amount_of(groups["n"]) or 1.0
            if "per" in normalise(match.group()):
                amount = 1.0  # "twee keer per week": the period is a week
        return _Candidate(match.start(), match.end(), "SET", _duration(_unit_parts(unit, amount)))

    def _vague(self, match: re.Match[str], context: _Context) -> _Candidate | None:
        value = self.lexicon.value("vague", match["w"])
        return _Candidate(match.start(), match.end(), "DATE", value)


def _pod_hour(
    clock: tuple[int, int, int | None], pod: str | None, exact: bool
) -> tuple[int, int, int | None]:
    """A 12-hour clock hour moved into the part of day: "7 uur 's avonds" is 19:00; without a
    part of day, "om 3 uur" and "half vier" are taken in the afternoon (1 to 6)."""
    hour, minute, second = clock
    if pod in ("AF", "EV") and hour < 12:
        if not (pod == "AF" and hour == 12):
            hour += 12
    elif pod == "NI" and 6 <= hour < 12:
        hour += 12
    elif pod == "MO" and hour == 12:
        hour = 0
    elif pod is None and not exact and 1 <= hour <= 6:
        hour += 12
    return hour % 24, minute, second


_LEADING = re.compile(r"(?:op|in|sinds|vanaf|om)\s+", re.IGNORECASE)


def _trim(text: str, candidate: _Candidate) -> None:
    """Spans start at the expression: leading prepositions the rules allow are left out
    (TIMEX3 extents do not include them), trailing whitespace is cut."""
    span = text[candidate.start : candidate.end]
    match = _LEADING.match(span)
    fixed_phrase = (candidate.value or "").endswith("_REF")  # "in de toekomst" as a whole
    if match and match.end() < len(span) and not fixed_phrase:
        candidate.start += match.end()
    while candidate.end > candidate.start and text[candidate.end - 1].isspace():
        candidate.end -= 1


@cache
def _finder(code: str) -> _Finder:
    return _Finder(load_time_lexicon(code))


def find_timexes(
    text: str,
    reference: str | None,
    *,
    tense_of: TenseOf | None = None,
    lang: str = "nl",
) -> list[Timex]:
    """The time expressions of ``text``, normalised against the publication date
    ``reference`` ("YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO datetime).

    ``tense_of(offset)`` gives "past", "present" or "future" for the sentence at a character
    offset; without it the tense is guessed from the words of the sentence
    (:func:`guess_tense`). Spans are character ranges into ``text``, in text order.
    """
    finder = _finder(lang)
    lexicon = finder.lexicon
    context = _Context(
        text,
        parse_reference(reference),
        tense_of or (lambda offset: guess_tense(text, offset, lexicon)),
        lexicon,
    )
    return [
        Timex(c.start, c.end, text[c.start : c.end], c.type, c.value, c.mod)  # type: ignore[arg-type]
        for c in finder.find(text, context)
    ]
