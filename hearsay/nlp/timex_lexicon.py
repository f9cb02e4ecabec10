"""The word lists behind time expressions and amounts, read from ``hearsay/lang/<code>/``.

Three TSV files feed :mod:`hearsay.nlp.timex` and :mod:`hearsay.nlp.quantities`:
``time_words.tsv`` (months, weekdays, units, directions, holidays, tense words ...),
``number_words.tsv`` (cardinals, ordinals, fractions, scales, vague amounts) and
``quantity_units.tsv`` (currencies, percent signs, measures, qualifiers). Each is read once
per language; the regex alternations built from them are cached with it.

Code never hard-codes these words: a new language is a new folder with the same three files.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import hearsay.lang
from hearsay.errors import LexiconError
from hearsay.lang import LANG_ROOT

TIME_WORDS = "time_words.tsv"
NUMBER_WORDS = "number_words.tsv"
QUANTITY_UNITS = "quantity_units.tsv"

#: The number-word kinds of ``number_words.tsv``.
NUMBER_KINDS = ("cardinal", "ordinal", "fraction", "scale", "vague")
#: The quantity kinds of ``quantity_units.tsv``.
QUANTITY_KINDS = ("money", "percent", "measure", "qualifier")


@dataclass(eq=False)  # hashed by identity: one per language, used as a cache key
class TimeLexicon:
    """The time, number and quantity words of one language, indexed by class."""

    code: str
    classes: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> word -> value
    cardinals: dict[str, int] = field(default_factory=dict)  # with built compounds
    ordinals: dict[str, int] = field(default_factory=dict)  # with built compounds
    fractions: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    vague_numbers: set[str] = field(default_factory=set)
    quantity: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> word -> unit

    def words(self, word_class: str) -> dict[str, str]:
        return self.classes.get(word_class, {})

    def value(self, word_class: str, word: str) -> str | None:
        return self.classes.get(word_class, {}).get(normalise(word))


def normalise(word: str) -> str:
    """Lower case, one space between words, straight apostrophes: how lexicon keys are kept."""
    return re.sub(r"\s+", " ", word.lower().replace("’", "'").replace("‘", "'")).strip()


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words``, the longest possible first; spaces match any
    whitespace, an apostrophe matches the curly ones too.

    Built as a trie ("ne(?:gen(?:en(?:tig|...)...)") rather than a flat list of alternatives:
    Python's regex engine tries a flat list word by word at every position of the text, which
    made the time stage the slowest of the pipeline."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # end of a word
    if not trie:
        return "(?!)"
    return "(?:" + _trie_pattern(trie) + ")"


def _unit(character: str) -> str:
    if character == " ":
        return r"\s+"
    if character == "'":
        return "['’‘]"
    return re.escape(character)


def _trie_pattern(node: dict) -> str:
    """The regex of a trie node; a word ending here is the last, optional choice, so the
    longer words are preferred (the greedy quantifier tries them first)."""
    branches = [
        _unit(character) + _trie_pattern(child) for character, child in node.items() if character
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _rows(path: Path, count: int) -> list[tuple[int, list[str]]]:
    rows = hearsay.lang.read_tsv(path)  # looked up at call time, so tests can spy on reads
    for number, fields in rows:
        if len(fields) != count:
            raise LexiconError(f"{path.name}:{number}: expected {count} tab-separated fields")
    return rows


def _compounds(
    units: dict[str, int], tens: dict[str, int]
) -> tuple[dict[str, int], dict[str, int]]:
    """Dutch compound numbers: "vier" + "en" + "twintig" = 24 ("tweeëntwintig" with ë), and
    their ordinals with "-ste" ("vierentwintigste")."""
    cardinals: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    for unit, unit_value in units.items():
        for ten, ten_value in tens.items():
            joiner = "ën" if unit.endswith("e") else "en"
            word = f"{unit}{joiner}{ten}"
            cardinals[word] = unit_value + ten_value
            ordinals[word + "ste"] = unit_value + ten_value
    return cardinals, ordinals


@cache
def load_time_lexicon(code: str = "nl") -> TimeLexicon:
    """Load (once) the time, number and quantity words of language ``code``."""
    folder = LANG_ROOT / code
    lexicon = TimeLexicon(code=code)
    classes: dict[str, dict[str, str]] = defaultdict(dict)
    path = folder / TIME_WORDS
    for _number, (word, word_class, value) in _rows(path, 3):
        classes[word_class][normalise(word)] = value
    lexicon.classes = dict(classes)

    path = folder / NUMBER_WORDS
    for number, (word, kind, value) in _rows(path, 3):
        word = normalise(word)
        if kind not in NUMBER_KINDS:
            raise LexiconError(f"{path.name}:{number}: unknown kind {kind!r}")
        if kind == "cardinal":
            lexicon.cardinals[word] = int(value)
        elif kind == "ordinal":
            lexicon.ordinals[word] = int(value)
        elif kind == "fraction":
            lexicon.fractions[word] = float(value)
        elif kind == "scale":
            lexicon.scales[word] = float(value)
        else:
            lexicon.vague_numbers.add(word)
    units = {w: v for w, v in lexicon.cardinals.items() if 1 <= v <= 9 and w != "één"}
    tens = {w: v for w, v in lexicon.cardinals.items() if v in range(20, 100, 10)}
    cardinals, ordinals = _compounds(units, tens)
    lexicon.cardinals.update(cardinals)
    lexicon.ordinals.update(ordinals)

    quantity: dict[str, dict[str, str]] = defaultdict(dict)
    path = folder / QUANTITY_UNITS
    for number, (word, kind, unit) in _rows(path, 3):
        if kind not in QUANTITY_KINDS:
            raise LexiconError(f"{path.name}:{number}: unknown kind {kind!r}")
        quantity[kind][normalise(word)] = unit
    lexicon.quantity = dict(quantity)
    return lexicon


_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+")


def parse_number(text: str, lexicon: TimeLexicon | None = None) -> float | None:
    """The value of a number written in digits (Dutch: decimal comma, thousands dot; a lone
    point before one or two digits is read as a decimal point) or in words; None if it is
    neither. Vague words ("enkele") have no value."""
    lexicon = lexicon or load_time_lexicon()
    text = normalise(text)
    if _DIGITS.fullmatch(text):
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
            return float(text.replace(".", "").replace(",", "."))
        return float(text.replace(",", "."))
    if text in lexicon.cardinals:
        return float(lexicon.cardinals[text])
    if text in lexicon.ordinals:
        return float(lexicon.ordinals[text])
    if text in lexicon.fractions:
        return lexicon.fractions[text]
    match = re.fullmatch(r"(.+?)\s+en\s+een\s+half", text)
    if match:
        whole = parse_number(match.group(1), lexicon)
        return None if whole is None else whole + 0.5
    if text in ("een half", "een halve", "½"):
        return 0.5
    return None
