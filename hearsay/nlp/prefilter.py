"""Which strings a regular expression cannot match without: a cheap test that lets a text skip
a pattern that cannot match it.

The time and amount stages try some fifty patterns, each a scan of the whole article, and in
a given article most of them find nothing (on DpgMedia2019, 92 scans in 100 find nothing).
The scans cost about the same whether they find something or not: Python's regular
expression engine starts a match attempt at every character. One search for the strings
that the patterns need (:func:`required_strings`, all in one trie, :class:`Prefilter`) costs
a fraction of that, and a pattern then runs only on texts that hold them.

The test never skips a text the pattern matches: strings are derived from the parsed
pattern (each match holds a string of every alternative the derivation picks), and the text
and the strings are folded alike (:func:`fold_text`) so that what the engine's case-folding
(``re.IGNORECASE``, Unicode) and ``\\d`` take as equal stays equal. Where the derivation
cannot tell (an unusual construct, or a Python whose ``re`` internals differ), it returns
``None`` and the pattern runs on every text, as before.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product
from typing import Any

__all__ = ["Prefilter", "fold_text", "required_strings"]

MAX_STRINGS = 512  # strings of one test (a trie: a larger one costs little more to run)
MAX_LANGUAGE = 512  # the largest finite set of strings worked with while deriving
KEEP = 12  # strings are cut to their first KEEP characters: a prefix is required too
MAX_TESTS = 2  # tests kept for one pattern, the most selective
MIN_LENGTH = 2  # the shortest string worth searching for (see Prefilter)
MAX_RUNS = 6  # runs of finite pieces followed at once (each starts at another piece)


def _case_classes() -> dict[str, str]:
    """Characters the engine's ignore-case matching takes as equal beyond their lower case
    (i and dotless ı, s and long ſ, µ and μ, ...), each mapped to one of its class."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # an older or newer Python: no classes, so no prefilter (see below)
        return {}
    parent: dict[int, int] = {}

    def root(code: int) -> int:
        while parent.get(code, code) != code:
            code = parent[code]
        return code

    for code, others in _EXTRA_CASES.items():
        for other in others:
            a, b = root(code), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {chr(code): chr(root(code)) for code in parent}


_CLASSES = _case_classes()


@cache
def fold_char(char: str) -> str:
    """One character as the prefilter compares it: decimal digits as ASCII digits (``\\d``
    takes every script's), then the engine's lower case, then one member of its case class."""
    if char.isdecimal():
        import unicodedata

        return str(unicodedata.decimal(char))
    lower = "i" if char == "\u0130" else char.lower()  # İ: the engine's simple lower case
    if len(lower) != 1:
        return char
    return _CLASSES.get(lower, lower)


_WHITESPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")


def fold_text(text: str) -> str:
    """``text`` with every character folded (:func:`fold_char`), every run of whitespace as
    one space and every number (a run of digits) as one ``0``: ``\\s+`` between two words
    is then a space in the strings, and ``\\d{1,2}`` a ``0``."""
    if not text.isascii():
        # Only characters whose folding is not their lower case need translating (İ, ſ,
        # other scripts' digits, ...): most articles have none.
        table = {
            ord(char): fold_char(char)
            for char in set(text)
            if not char.isascii() and fold_char(char) != char.lower()
        }
        if table:
            text = text.translate(table)
    return _DIGITS.sub("0", _WHITESPACE.sub(" ", text.lower()))


# -- deriving the strings ------------------------------------------------------------------------

Language = frozenset[str] | None  # every string a piece matches, when few; None: too many
Strings = frozenset[str]  # a test: the text holds one of them
Tests = tuple[Strings, ...]  # tests that must all pass


def _cap(strings: set[str] | frozenset[str]) -> Language:
    return frozenset(strings) if len(strings) <= MAX_LANGUAGE else None


def _concat(left: Language, right: Language) -> Language:
    if left is None or right is None or len(left) * len(right) > MAX_LANGUAGE:
        return None
    # Folded text has single spaces and zeros (runs collapse): so do the strings.
    return frozenset(_collapse(a + b) for a, b in product(left, right))


def _collapse(string: str) -> str:
    while "  " in string or "00" in string:
        string = string.replace("  ", " ").replace("00", "0")
    return string


def _usable(strings: Language) -> Strings | None:
    """``strings`` as a test: cut to KEEP characters, without strings that begin with another
    one (that one is found whenever they are); None when the empty string is among them."""
    if not strings or "" in strings:
        return None
    cut = {string[:KEEP] for string in strings}
    lengths = sorted({len(string) for string in cut})
    kept = frozenset(
        string
        for string in cut
        if not any(string[:length] in cut for length in lengths if length < len(string))
    )
    return kept if len(kept) <= MAX_STRINGS else None


def _score(strings: Strings) -> tuple[int, int, list[str]]:
    """How selective a test is: the longer its shortest string, then the fewer strings (then
    the strings themselves, so that the choice does not depend on hashing)."""
    return min(map(len, strings)), -len(strings), sorted(strings)


def _best(tests: list[Strings]) -> Tests:
    """The most selective distinct tests (a few: each costs a little to run)."""
    return tuple(sorted(set(tests), key=_score, reverse=True)[:MAX_TESTS])


class _Unknown(Exception):
    """A construct the derivation does not read: no prefilter for the pattern."""


def _chars(av: Any, c: Any) -> Language:
    chars: set[str] = set()
    for item_op, item_av in av:
        if item_op is c.LITERAL:
            chars.add(fold_char(chr(item_av)))
        elif item_op is c.RANGE and item_av[1] - item_av[0] < 16:
            chars.update(fold_char(chr(code)) for code in range(item_av[0], item_av[1] + 1))
        elif item_op is c.CATEGORY and item_av is c.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif item_op is c.CATEGORY and item_av is c.CATEGORY_SPACE:
            chars.add(" ")
        else:  # NEGATE, a wide range, \w: any of many characters
            return None
    return frozenset(chars)


def _fold_piece(char: str) -> str:
    """A folded character as it stands in folded text: whitespace a space, a digit a zero."""
    if char.isspace():
        return " "
    return "0" if char in "0123456789" else char


def _node(op: Any, av: Any, c: Any) -> tuple[Language, Tests]:
    """(the node's language when finite and small, tests that each match of it passes)."""
    # A piece of finite language comes back without tests: the sequence it is in makes its
    # runs (this piece alone being one) into tests.
    if op is c.LITERAL:
        return frozenset([_fold_piece(fold_char(chr(av)))]), ()
    if op in (c.NOT_LITERAL, c.ANY):
        return None, ()
    if op is c.IN:
        language = _chars(av, c)
        if language is not None:
            language = frozenset(map(_fold_piece, language))
        return language, ()
    if op is c.BRANCH:
        languages: set[str] = set()
        finite = True
        required: set[str] = set()
        constrained = True
        for alternative in av[1]:
            language, tests = _sequence(alternative, c)
            if language is None:
                finite = False
            elif finite:
                languages |= language
            if not tests:
                constrained = False
            elif constrained:
                required |= tests[0]  # each alternative's best test; one of them holds
        if finite and len(languages) <= MAX_LANGUAGE:
            return frozenset(languages), ()
        test = _usable(frozenset(required)) if constrained else None
        return None, ((test,) if test else ())
    if op in (c.SUBPATTERN, c.ATOMIC_GROUP):
        return _sequence(av[-1] if op is c.SUBPATTERN else av, c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, item = av
        language, tests = _sequence(item, c)
        if language in (frozenset([" "]), frozenset(["0"])):
            # Whitespace or digits, any amount: one space or one zero when folded.
            return (language if low else language | {""}), tests if low else ()
        repeated: Language = None
        if language is not None and high <= 3:
            options: set[str] = set()
            power: Language = frozenset([""])
            for times in range(high + 1):
                if power is None:
                    break
                if times >= low:
                    options |= power
                power = _concat(power, language)
            repeated = _cap(options) if power is not None else None
        return repeated, (tests if low >= 1 else ())
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset([""]), ()  # consumes nothing; what it checks is not used here
    if op in (c.GROUPREF, c.GROUPREF_EXISTS):
        return None, ()  # what a group matched again: unknown here, so no constraint
    raise _Unknown(op)


def _sequence(items: Any, c: Any) -> tuple[Language, Tests]:
    """A sequence: its language when finite and small, and the best tests among its items'
    and its runs of consecutive finite items' (whose strings are the concatenations)."""
    tests: list[Strings] = []

    def finish(runs: list[frozenset[str]]) -> None:
        # A run is made a test once it cannot grow: a longer run makes a better test.
        tests.extend(test for test in map(_usable, runs) if test)

    whole: Language = frozenset([""])
    runs: list[frozenset[str]] = []  # the languages of the runs that end at the last item
    for op, av in items:
        language, item_tests = _node(op, av, c)
        tests.extend(item_tests)
        whole = _concat(whole, language)
        if language is None:
            finish(runs)  # many strings here: runs start anew after it
            runs = []
            continue
        grown = []
        for run in runs:
            joined = _concat(run, language)
            if joined is None:
                finish([run])
            else:
                grown.append(joined)
        if len(grown) >= MAX_RUNS:
            # Too many: keep the longest run (the best test) and the latest ones (they may
            # grow where the longest cannot).
            cut = len(grown) - MAX_RUNS + 2
            finish(grown[1:cut])
            grown = [grown[0], *grown[cut:]]
        runs = [*grown, language]
    finish(runs)
    return whole, _best(tests)


@cache
def _required(pattern: str, flags: int) -> Tests | None:
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        if not _CLASSES:
            return None
        parsed = _parser.parse(pattern, flags)
        return _sequence(list(parsed), _constants)[1] or None
    except (_Unknown, ImportError, AttributeError, RecursionError):
        return None


def required_strings(pattern: re.Pattern[str]) -> Tests | None:
    """Tests of strings (folded, :func:`fold_text`): every match of ``pattern`` holds one
    string of each test. ``None`` when that cannot be told (the pattern is then tried on
    every text)."""
    return _required(pattern.pattern, pattern.flags)


def _trie(strings: frozenset[str]) -> str:
    """A regex of a set of strings as a trie ("d(?:ag|ec)"), the longest string first where
    one is the prefix of another: the engine skips in C the positions whose character
    starts none of them."""
    heads: dict[str, set[str]] = {}
    for string in strings:
        heads.setdefault(string[0], set()).add(string[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        rest = {tail for tail in tails if tail}
        tail_pattern = _trie(frozenset(rest)) if rest else ""
        if "" in tails and rest:  # a string ends here and longer ones go on: longest first
            tail_pattern = f"(?:{tail_pattern})?"
        branches.append(re.escape(head) + tail_pattern)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _searchable(string: str) -> bool:
    """Whether a string is worth searching for: not a letter, space or stop on its own (the
    search would stop at most characters); a number (0), a sign (€, %) or a longer string."""
    return len(string) >= MIN_LENGTH or not (string.isalpha() or string in " .,")


class Prefilter:
    """Which of a list of patterns may match a text: ``select(text)`` is False only for a
    pattern that cannot.

    Every string of every test goes into one trie, searched once over the folded text: at
    each place where strings start, the longest one is found, and the others starting there
    are its prefixes. A pattern runs where each of its tests has a string in the text."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        # A test with a letter or a space among its strings passes in nearly every article,
        # and would make the search stop at most characters: such tests are left out.
        self.tests: list[tuple[frozenset[str], ...] | None] = [
            tuple(test for test in tests if all(map(_searchable, test))) or None if tests else None
            for tests in map(required_strings, patterns)
        ]
        self.strings = frozenset(s for tests in self.tests for test in tests or () for s in test)
        # Folded text is lower case: no IGNORECASE, which keeps the search fast.
        self.search = re.compile(_trie(self.strings)).search if self.strings else None
        self.lengths = sorted({len(string) for string in self.strings})

    def found(self, text: str) -> set[str]:
        """The strings of the tests that ``text`` (not folded) holds."""
        folded = fold_text(text)
        found: set[str] = set()
        if self.search is None:
            return found
        strings, lengths, search = self.strings, self.lengths, self.search
        match = search(folded)
        while match is not None:
            longest = match.group()
            found.update(
                longest[:length]
                for length in lengths
                if length <= len(longest) and longest[:length] in strings
            )
            match = search(folded, match.start() + 1)
        return found

    def select(self, text: str) -> list[bool]:
        """For each pattern, whether it may match ``text`` (not folded)."""
        found = self.found(text)
        return [
            tests is None or all(not test.isdisjoint(found) for test in tests)
            for tests in self.tests
        ]
