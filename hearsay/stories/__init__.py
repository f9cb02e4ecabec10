"""Stories and claims across articles: near-duplicates, story clusters and claim groups.

The features and similarities are pure functions (:mod:`hearsay.stories.features`); the store
(:mod:`hearsay.store`) keeps them and decides, article by article, with the thresholds below.
Every decision links the new item to *all* earlier items above a threshold and merges the
groups it bridges (single link), so the final grouping is the connected components of the
similarity graph: the same whatever order the articles are ingested in.
"""

from __future__ import annotations

from hearsay.stories.features import (
    article_similarity,
    claim_tokens,
    jaccard,
    lsh_buckets,
    minhash,
    normalise,
    salient_terms,
    signature_similarity,
)

#: Estimated shingle Jaccard from which an article is a copy of another (syndication,
#: regional titles, a changed headline or a trimmed paragraph).
DUPLICATE_THRESHOLD = 0.6
#: Articles at least this similar (entities and salient words), within the window, are one story.
STORY_THRESHOLD = 0.3
STORY_WINDOW_DAYS = 3
#: Claims sharing this share of their content stems are one claim; from the same source, less.
CLAIM_THRESHOLD = 0.5
CLAIM_SAME_SOURCE_THRESHOLD = 0.35
CLAIM_WINDOW_DAYS = 14
#: Claims shorter than this (in stems) are too short to recognise elsewhere: a group of their own.
CLAIM_MIN_TOKENS = 3

__all__ = [
    "CLAIM_MIN_TOKENS",
    "CLAIM_SAME_SOURCE_THRESHOLD",
    "CLAIM_THRESHOLD",
    "CLAIM_WINDOW_DAYS",
    "DUPLICATE_THRESHOLD",
    "STORY_THRESHOLD",
    "STORY_WINDOW_DAYS",
    "article_similarity",
    "claim_fate",
    "claim_tokens",
    "jaccard",
    "lsh_buckets",
    "minhash",
    "normalise",
    "salient_terms",
    "same_claim",
    "signature_similarity",
]


def same_claim(tokens_a: set[str], tokens_b: set[str], same_source: bool) -> bool:
    """Whether two claims (their :func:`claim_tokens`) are the same claim reported twice."""
    if len(tokens_a) < CLAIM_MIN_TOKENS or len(tokens_b) < CLAIM_MIN_TOKENS:
        return False
    score = jaccard(tokens_a, tokens_b)
    return score >= (CLAIM_SAME_SOURCE_THRESHOLD if same_source else CLAIM_THRESHOLD)


def claim_fate(reports: list[tuple[str | None, int, str]]) -> tuple[str, int | None]:
    """``(fate, article_id)`` of a claim from its reports ``(date, article_id, stance)``.

    The first report (earliest date, then lowest id) states the claim; a later report in
    another article that denies or confirms it decides its fate, the latest one winning.
    ``open`` when nobody came back to it.
    """
    ordered = sorted(reports, key=lambda report: (report[0] or "9999", report[1]))
    if not ordered:
        return "open", None
    first_article = ordered[0][1]
    fate, fate_article = "open", None
    for _date, article_id, stance in ordered[1:]:
        if article_id == first_article:
            continue
        if stance == "deny":
            fate, fate_article = "denied", article_id
        elif stance == "confirm":
            fate, fate_article = "confirmed", article_id
    return fate, fate_article
