"""What stories and claim groups are computed from: terms, shingles, MinHash, similarities.

Everything here is a pure function of text (or of other features), so that the store can
compute features once, keep them, and compare new articles with old ones in any order.

* Near-duplicates (syndicated copies: DpgMedia carries one article in several regional
  titles, with a changed headline or a trimmed last paragraph): word 5-shingles, a 64-value
  MinHash signature and LSH in 16 bands of 4 rows, so candidates come from bucket look-ups
  and only candidates are compared. With 16x4 a pair at Jaccard 0.5 is a candidate with
  probability 0.64, at 0.7 with 0.99; pairs are then confirmed on the estimated Jaccard.
* Stories: the words of the names an article mentions (weighted by how often it mentions
  them) and its salient words (weighted by rank), each compared with weighted Jaccard, and
  the dates compared as the spans of days they may stand for (``2021-03`` is the month).
* Claims: the content words of an attribution, cut to a crude stem so that paraphrases
  (``heeft gezegd`` / ``zei``, ``stoppen`` / ``stopt``) still share most of their tokens.
"""

from __future__ import annotations

import calendar
import hashlib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date as Date

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_PRIME = (1 << 61) - 1
_MASK = (1 << 32) - 1

# Fixed coefficients: signatures must be the same in every process and every run.
_COEFFS = [
    (
        int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") % _PRIME
        | 1,
        int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big") % _PRIME,
    )
    for i in range(NUM_PERM)
]

_A_HIGH = np.array([a >> 32 for a, _ in _COEFFS], dtype=np.uint64)[:, None]
_A_LOW = np.array([a & ((1 << 32) - 1) for a, _ in _COEFFS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in _COEFFS], dtype=np.uint64)[:, None]

_WORD = re.compile(r"\w+", re.UNICODE)

# Dutch (and a few English) words too common to say what an article or a claim is about.
# Written for hearsay; deliberately short: salience comes from frequency within the article.
_STOP_WORDS = """
    aan al alle alleen als altijd ander andere anders bij bijna daar daarom dan dat de deze die
    dit doch doen door dus een eens eigen en er even ge geen gehad geweest gewoon haar had heb
    hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij kan kon kunnen laat
    maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over
    reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen
    wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou zouden zegt zeggen
    gezegd volgens aldus vertelt vertelde laten liet heel echt jaar jaren procent miljoen keer
    twee drie vier vijf tien honderd eerste tweede nieuwe grote kwam komt gaan gaat ging gaf
    geeft staat stond moeten mogen mag hadden hebt wilde willen waar wanneer welke ieder elke
    iedereen niemand zodat terwijl sinds tussen onder boven achter binnen buiten zonder the and
    of to in is for that with on was
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


def normalise(text: str) -> str:
    """Lower case, accents removed, spaces collapsed: the form names and words are keyed by."""
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():  # combining marks are not ASCII: only then look for them
        marks = {ord(char): None for char in set(decomposed) if unicodedata.combining(char)}
        decomposed = decomposed.translate(marks) if marks else decomposed
    return " ".join(decomposed.casefold().split())


def words(text: str) -> list[str]:
    """The words of ``text``, normalised."""
    return _WORD.findall(normalise(text))


def salient_terms(text: str, limit: int = 40) -> list[str]:
    """The article's most frequent content words (ties: first occurrence), at most ``limit``."""
    counts = Counter(
        word
        for word in words(text)
        if len(word) >= 4 and not word.isdigit() and word not in STOP_WORDS
    )
    return [word for word, _ in counts.most_common(limit)]


def claim_tokens(text: str) -> set[str]:
    """Content words of a claim cut to six characters: a stem good enough for paraphrases."""
    return {
        word[:6]
        for word in words(text)
        if len(word) >= 3 and not word.isdigit() and word not in STOP_WORDS
    }


def jaccard(first: Iterable[object], second: Iterable[object]) -> float:
    a, b = set(first), set(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word ``size``-grams of the normalised text (the whole text when it is shorter)."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def minhash(text: str) -> list[int]:
    """A :data:`NUM_PERM`-value MinHash signature of the text's shingles."""
    hashes = [
        int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=4).digest(), "big")
        for shingle in shingles(text)
    ]
    if not hashes:
        return [_MASK] * NUM_PERM
    # ((a * h + b) mod p) & mask for every coefficient pair and hash at once, in exact 64-bit
    # integer arithmetic: a * h (up to 93 bits) is split so that no product overflows, and
    # 2**61 = 1 (mod p) folds the high parts back.
    h = np.array(hashes, dtype=np.uint64)[None, :]
    high_product = _A_HIGH * h  # < 2**61: a's top 29 bits times h
    low_product = _A_LOW * h  # < 2**64: a's low 32 bits times h
    total = (
        (high_product >> np.uint64(29))  # (high_product * 2**32) mod p, in two parts
        + ((high_product & np.uint64((1 << 29) - 1)) << np.uint64(32))
        + (low_product >> np.uint64(61))  # low_product mod p, in two parts
        + (low_product & np.uint64(_PRIME))
        + _B
    )  # < 2**63: no overflow
    values = (total % np.uint64(_PRIME)) & np.uint64(_MASK)
    return [int(value) for value in values.min(axis=1)]


def lsh_buckets(signature: Sequence[int]) -> list[tuple[int, str]]:
    """``(band, bucket)`` keys: two signatures sharing one are near-duplicate candidates."""
    return [
        (
            band,
            hashlib.blake2b(
                ",".join(map(str, signature[band * ROWS : (band + 1) * ROWS])).encode(),
                digest_size=8,
            ).hexdigest(),
        )
        for band in range(BANDS)
    ]


def signature_similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """The Jaccard similarity of two texts' shingles, estimated from their signatures."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(1 for x, y in zip(first, second, strict=True) if x == y) / len(first)


#: Name words that say nothing about who is meant (``Van der Gijp`` is ``gijp``).
_NAME_PARTICLES = frozenset(
    ["der", "den", "ter", "ten", "des", "von", "van", "la", "le", "du", "di", "da"]
)
#: The salient term of this rank (from 0) weighs half as much as the most frequent one.
_TERM_HALF_RANK = 5


def name_weights(names: Iterable[tuple[str, int]]) -> dict[str, float]:
    """The words of an article's entity names ``(name, mentions)``, each weighted by how often
    the article mentions names with that word.

    Words rather than whole names, so that names the recogniser cut differently still meet
    (``Mocro Maffia-acteur Wahib`` and ``Bilal Wahib`` share ``wahib``).

    >>> name_weights([("Marco Borsato", 3), ("Knoops' Advocaten", 1)])
    {'marco': 3.0, 'borsato': 3.0, 'knoops': 1.0, 'advocaten': 1.0}
    """
    weights: dict[str, float] = {}
    for name, mentions in names:
        for word in dict.fromkeys(words(name)):
            if len(word) < 3 or word.isdigit() or word in STOP_WORDS or word in _NAME_PARTICLES:
                continue
            weights[word] = weights.get(word, 0.0) + float(max(mentions, 1))
    return weights


def term_weights(terms: Sequence[str]) -> dict[str, float]:
    """Salient terms (most frequent first, :func:`salient_terms`) weighted by their rank:
    1 for the first, 1/2 for the sixth, 1/9 for the fortieth."""
    return {term: 1.0 / (1.0 + rank / _TERM_HALF_RANK) for rank, term in enumerate(terms)}


def weighted_jaccard(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """Sum of the smaller weights over sum of the larger ones (0 when either is empty).

    The sums are exactly rounded (:func:`math.fsum`), so the result does not depend on the
    order of the arguments or of their keys: the store, which sums the same weights in
    another order (:func:`jaccard_of_sums`), decides every pair the same way."""
    if len(first) > len(second):
        first, second = second, first
    shared = [min(weight, second[key]) for key, weight in first.items() if key in second]
    return jaccard_of_sums(math.fsum(shared), math.fsum(first.values()), math.fsum(second.values()))


def jaccard_of_sums(shared: float, total_first: float, total_second: float) -> float:
    """Weighted Jaccard from its sums: the shared (smaller) weights and each side's total."""
    if shared <= 0.0:
        return 0.0
    return shared / (total_first + total_second - shared)


def story_similarity(
    names_a: Mapping[str, float],
    terms_a: Mapping[str, float],
    names_b: Mapping[str, float],
    terms_b: Mapping[str, float],
) -> tuple[float, float]:
    """How alike two articles are in who they name (:func:`name_weights`) and in the words
    they use (:func:`term_weights`): two weighted Jaccard similarities, each from 0 to 1."""
    return weighted_jaccard(names_a, names_b), weighted_jaccard(terms_a, terms_b)


def date_span(value: str | None) -> tuple[int, int] | None:
    """The first and last day (ordinals) a date may stand for: one day for ``YYYY-MM-DD``,
    the month for ``YYYY-MM``, the year for ``YYYY``; ``None`` when there is no date."""
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) >= 10 and text[4:5] == "-" and text[7:8] == "-":
            day = Date.fromisoformat(text[:10]).toordinal()
            return day, day
        year = int(text[:4])
        if len(text) >= 7 and text[4:5] == "-":
            month = int(text[5:7])
            last = calendar.monthrange(year, month)[1]
            return Date(year, month, 1).toordinal(), Date(year, month, last).toordinal()
        if len(text) == 4:
            return Date(year, 1, 1).toordinal(), Date(year, 12, 31).toordinal()
    except ValueError:
        return None
    return None


def days_apart(first: tuple[int, int], second: tuple[int, int]) -> int:
    """Days between two date spans (0 when they overlap): the least they can be apart."""
    return max(0, max(first[0], second[0]) - min(first[1], second[1]))
