"""What stories and claim groups are computed from: terms, shingles, MinHash, similarities.

Everything here is a pure function of text (or of other features), so that the store can
compute features once, keep them, and compare new articles with old ones in any order.

* Near-duplicates (syndicated copies: DpgMedia carries one article in several regional
  titles, with a changed headline or a trimmed last paragraph): word 5-shingles, a 64-value
  MinHash signature and LSH in 16 bands of 4 rows, so candidates come from bucket look-ups
  and only candidates are compared. With 16x4 a pair at Jaccard 0.5 is a candidate with
  probability 0.64, at 0.7 with 0.99; pairs are then confirmed on the estimated Jaccard.
* Stories: the named entities (canonical ids across articles) and the salient words of an
  article, compared with weighted Jaccard.
* Claims: the content words of an attribution, cut to a crude stem so that paraphrases
  (``heeft gezegd`` / ``zei``, ``stoppen`` / ``stopt``) still share most of their tokens.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

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
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())


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
    return [min(((a * h + b) % _PRIME) & _MASK for h in hashes) for a, b in _COEFFS]


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


def article_similarity(
    entities_a: Iterable[int],
    terms_a: Iterable[str],
    entities_b: Iterable[int],
    terms_b: Iterable[str],
) -> float:
    """How likely two articles are about the same events: entities weigh more than words."""
    entity_score = jaccard(entities_a, entities_b)
    term_score = jaccard(terms_a, terms_b)
    return 0.5 * entity_score + 0.5 * term_score
