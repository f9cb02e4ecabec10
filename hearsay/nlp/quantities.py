"""Amounts in Dutch text: money, percentages, ages, counts and measures.

``find_quantities(text)`` returns :class:`~hearsay.model.Quantity` spans, as in
``shared/spec/output.md``:

==========================================  =================================================
``1,3 miljoen dollar (1,23 miljoen euro)``  1300000.0 USD and 1230000.0 EUR, each ``same_as``
                                            the other's index
``€ 2,5 miljard``, ``$ 40 miljard``         money, the symbol before the number
``ruim 1.250.000 euro``                     1250000.0 EUR, qualifier ``ruim``
``7,3 %``, ``53 procent``                   percent, unit ``%``
``North (7)``, ``Psalm (20 maanden)``       age 7 year, age 20 month
``de 43-jarige``                            age 43 year
``twintig seizoenen``, ``vier kinderen``    count, the noun as unit
``120 dB``, ``100 kilometer``               measure
==========================================  =================================================

Numbers are read the Dutch way: a decimal comma and a thousands dot (``1.250.000``); a point
followed by one or two digits is read as a decimal point. The words (currencies, units,
qualifiers, number words) come from ``hearsay/lang/nl/quantity_units.tsv`` and
``number_words.tsv``.

Known gaps: ranges ("tussen 10 en 20 procent") are two amounts; a count needs its noun right
after the number, so "vier van zijn kinderen" is missed; the article "een" is never a count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from hearsay.lang import load_language
from hearsay.model import Quantity
from hearsay.nlp.intervals import DisjointRanges
from hearsay.nlp.prefilter import Prefilter
from hearsay.nlp.timex_lexicon import TimeLexicon, alternation, load_time_lexicon, normalise

__all__ = ["find_quantities"]

B = r"(?<![\w'’.,])"  # an amount starts here (not inside a word or a number)
E = r"(?![\w'’])"

#: Nouns after a number that do not make a count: units of time (durations are time
#: expressions) and words that make the number something else.
NOT_COUNTED = {
    "procent",
    "keer",
    "maal",
    "uur",
    "jaar",
    "jarige",
    "maanden",
    "maand",
    "weken",
    "week",
    "dagen",
    "dag",
    "minuten",
    "seconden",
    "jaren",
    "eeuw",
    "uurtje",
    "enkel",
    "samen",
    "allemaal",
    "tegelijk",
    "apart",
    "alleen",
    "nog",
}


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None
    qualifier: str | None
    priority: int = 0


class _Finder:
    def __init__(self, lexicon: TimeLexicon, code: str) -> None:
        self.lexicon = lx = lexicon
        self.function_words = set(load_language(code).word_classes)
        money = lx.quantity.get("money", {})
        symbols = [word for word in money if not word[0].isalpha()]
        currency_words = [word for word in money if word[0].isalpha()]
        percent = lx.quantity.get("percent", {})
        measures = lx.quantity.get("measure", {})
        qualifiers = lx.quantity.get("qualifier", {})
        digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+,\d+|\d+\.\d{1,2}(?![\d.])|\d+"
        words = alternation(w for w in lx.cardinals if w != "een")
        number = rf"(?:{digits}|{words})"
        scale = alternation(lx.scales)
        self.qualifier = rf"(?:(?P<q>{alternation(qualifiers)})\s+)?"
        amount = rf"(?P<n>{number})(?:\s+(?P<scale>{scale}))?"
        flags = re.IGNORECASE
        self.rules: list[tuple[re.Pattern[str], Callable[[re.Match[str], str], _Found | None]]]
        self.rules = [
            (
                re.compile(
                    rf"{B}{self.qualifier}(?P<cur>{alternation(symbols)})\s*{amount}{E}", flags
                ),
                self._money,
            ),
            (
                re.compile(
                    rf"{B}{self.qualifier}{amount}\s*"
                    rf"(?P<cur>{alternation(currency_words)}{E}|{alternation(symbols)})",
                    flags,
                ),
                self._money,
            ),
            (
                re.compile(
                    rf"{B}{self.qualifier}{amount}\s*(?P<unit>{alternation(percent)})"
                    rf"(?:{E}|(?<=%))",
                    flags,
                ),
                self._percent,
            ),
            (
                re.compile(rf"{B}(?P<n>\d{{1,3}}|{words})-?jarige{E}", flags),
                self._age,
            ),
            (
                re.compile(
                    rf"{B}(?P<n>\d{{1,3}}|{words})\s+(?P<unit>jaar|maanden|maand|weken)"
                    rf"\s+oud{E}",
                    flags,
                ),
                self._age,
            ),
            (
                re.compile(
                    r"(?<=[\w.’'])\s*\((?P<inner>(?P<n>\d{1,3})(?:\s+(?P<unit>jaar|maanden|maand"
                    r"|weken|week))?)\)",
                    flags,
                ),
                self._age_in_brackets,
            ),
            (
                re.compile(
                    rf"{B}{self.qualifier}{amount}\s*(?P<unit>{alternation(measures)}){E}", flags
                ),
                self._measure,
            ),
            (
                re.compile(
                    rf"{B}{self.qualifier}{amount}\s+(?P<noun>[a-zà-ÿ][a-zà-ÿ'’-]{{2,}}){E}",
                    flags,
                ),
                self._count,
            ),
        ]
        self.prefilter = Prefilter([pattern for pattern, _ in self.rules])

    # -- helpers --------------------------------------------------------------------------------

    def _number(self, match: re.Match[str]) -> float | None:
        text = normalise(match["n"])
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
            value = float(text.replace(".", "").replace(",", "."))
        elif re.fullmatch(r"\d+(?:[.,]\d+)?", text):
            value = float(text.replace(",", "."))
        elif text in self.lexicon.cardinals:
            value = float(self.lexicon.cardinals[text])
        else:
            return None
        groups = match.groupdict()
        if groups.get("scale"):
            value *= self.lexicon.scales[normalise(groups["scale"])]
        return value

    def _qualifier(self, match: re.Match[str]) -> str | None:
        word = match.groupdict().get("q")
        if not word:
            return None
        return self.lexicon.quantity["qualifier"].get(normalise(word))

    def _found(
        self, match: re.Match[str], kind: str, unit: str | None, start: int | None = None
    ) -> _Found | None:
        value = self._number(match)
        if value is None:
            return None
        return _Found(
            match.start() if start is None else start,
            match.end(),
            kind,
            value,
            unit,
            self._qualifier(match),
        )

    # -- kinds ----------------------------------------------------------------------------------

    def _money(self, match: re.Match[str], text: str) -> _Found | None:
        code = self.lexicon.quantity["money"].get(normalise(match["cur"]))
        found = self._found(match, "money", code)
        if found and code == "EUR_cent":
            found.unit, found.value = "EUR", (found.value or 0) / 100
        return found

    def _percent(self, match: re.Match[str], text: str) -> _Found | None:
        unit = self.lexicon.quantity["percent"].get(normalise(match["unit"]), "%")
        return self._found(match, "percent", unit)

    def _age(self, match: re.Match[str], text: str) -> _Found | None:
        unit = match.groupdict().get("unit")
        word = normalise(unit) if unit else "jaar"
        found = self._found(match, "age", "month" if word.startswith("maand") else "year")
        if found and word.startswith("we"):
            found.unit = "week"
        return found

    def _age_in_brackets(self, match: re.Match[str], text: str) -> _Found | None:
        """ "North (7)", "Psalm (20 maanden)": an age in brackets after a name."""
        before = text[max(0, match.start() - 40) : match.start() + 1]
        if not re.search(r"[A-ZÀ-Ý][\w'’.-]*\s?$", before.rstrip()):
            return None
        number = int(match["n"])
        word = normalise(match["unit"] or "jaar")
        if number > 120 or (word == "jaar" and not match["unit"] and number == 0):
            return None
        unit = "month" if word.startswith("maand") else "week" if word.startswith("we") else "year"
        return _Found(match.start("inner"), match.end("inner"), "age", float(number), unit, None)

    def _measure(self, match: re.Match[str], text: str) -> _Found | None:
        unit = self.lexicon.quantity["measure"].get(normalise(match["unit"]))
        return self._found(match, "measure", unit)

    def _count(self, match: re.Match[str], text: str) -> _Found | None:
        noun = normalise(match["noun"])
        number_text = normalise(match["n"])
        if not match["noun"][0].islower():
            return None  # a name: "Drie Musketiers"
        if (
            noun in NOT_COUNTED
            or noun in self.function_words
            or noun in self.lexicon.cardinals
            or noun in self.lexicon.scales
            or noun in self.lexicon.words("month")
            or noun in self.lexicon.words("unit")
        ):
            return None
        if re.fullmatch(r"(?:1[5-9]|20)\d\d", number_text):
            return None  # a year
        if number_text.isdigit() and text[match.end("n") : match.end("n") + 1] in ".:":
            return None  # a clock time or a date
        return self._found(match, "count", noun)

    # -- finding ------------------------------------------------------------------------------

    def find(self, text: str) -> list[Quantity]:
        found: list[_Found] = []
        selected = self.prefilter.select(text)  # rules that cannot match are skipped
        for priority, (pattern, handler) in enumerate(self.rules):
            if not selected[priority]:
                continue
            for match in pattern.finditer(text):
                item = handler(match, text)
                if item is not None:
                    item.priority = -priority
                    found.append(item)
        chosen: list[_Found] = []
        taken = DisjointRanges()
        for item in sorted(found, key=lambda f: (-f.priority, f.start - f.end, f.start)):
            if taken.overlaps(item.start, item.end):
                continue
            chosen.append(item)
            taken.add(item.start, item.end)
        chosen.sort(key=lambda f: f.start)
        quantities = [
            Quantity(
                item.start,
                item.end,
                text[item.start : item.end],
                item.kind,  # type: ignore[arg-type]
                item.value,
                item.unit,
                item.qualifier,
            )
            for item in chosen
        ]
        _link_conversions(text, quantities)
        return quantities


_CONVERSION_GAP = re.compile(r"\s*(?:\(|,|/|of|ofwel|oftewel|omgerekend)\s*(?:omgerekend\s+)?")


def _link_conversions(text: str, quantities: list[Quantity]) -> None:
    """Money stated twice in two currencies ("1,3 miljoen dollar (1,23 miljoen euro)"): each
    gets the other's index in ``same_as``."""
    for index in range(len(quantities) - 1):
        first, second = quantities[index], quantities[index + 1]
        if first.kind != "money" or second.kind != "money" or first.unit == second.unit:
            continue
        if _CONVERSION_GAP.fullmatch(text[first.end : second.start]):
            first.same_as, second.same_as = index + 1, index


@cache
def _finder(code: str) -> _Finder:
    return _Finder(load_time_lexicon(code), code)


def find_quantities(text: str, *, lang: str = "nl") -> list[Quantity]:
    """The amounts of ``text`` (money, percentages, ages, counts, measures), in text order;
    spans are character ranges into ``text`` and include a qualifier ("ruim")."""
    return _finder(lang).find(text)
