"""Stories and claims across articles: near-duplicates, story clusters and claim groups.

The features and similarities are pure functions (:mod:`hearsay.stories.features`); the store
(:mod:`hearsay.store`) keeps them and decides, article by article, with the thresholds below.
Every decision links the new item to *all* earlier items above a threshold and merges the
groups it bridges (single link), so the final grouping is the connected components of the
similarity graph: the same whatever order the articles are ingested in.
"""

from __future__ import annotations

from hearsay.stories.features import (
    claim_tokens,
    date_span,
    days_apart,
    jaccard,
    jaccard_of_sums,
    lsh_buckets,
    minhash,
    name_weights,
    normalise,
    salient_terms,
    signature_similarity,
    story_similarity,
    term_weights,
    weighted_jaccard,
    words,
)

#: Estimated shingle Jaccard from which an article is a copy of another (syndication,
#: regional titles, a changed headline or a trimmed paragraph).
DUPLICATE_THRESHOLD = 0.6
#: Texts shorter than this (in words) are compared with no other article, for copies or for
#: stories: captions and a rubric's standing line (``Mail uw tekst en foto naar ...``) are
#: alike without being one article or one story.
COMPARABLE_MIN_WORDS = 12
#: When two articles are one story: ``(days apart at most, similarity at least)``, the first
#: tier that their dates allow. The similarity is the mean of :func:`story_similarity`'s two
#: (names, salient words). Close in time a fair likeness is enough; follow-ups weeks later
#: (showbiz stories run for weeks: the split, the statement, the new partner) must be more
#: alike. Dates are compared as the spans of days they may stand for, so two articles dated
#: ``2021-03`` are 0 days apart.
STORY_TIERS: tuple[tuple[int, float], ...] = ((3, 0.18), (31, 0.22), (92, 0.30))
#: Beyond the first tier, the articles must share their words too, not only names: someone in
#: the news for months (Greta Thunberg: a documentary, a snail named after her) is not one story.
STORY_FOLLOW_UP_MIN_TERMS = 0.15
#: Articles further apart than this are never compared.
STORY_REACH_DAYS = STORY_TIERS[-1][0]
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
    "COMPARABLE_MIN_WORDS",
    "DUPLICATE_THRESHOLD",
    "STORY_FOLLOW_UP_MIN_TERMS",
    "STORY_REACH_DAYS",
    "STORY_TIERS",
    "claim_fate",
    "claim_tokens",
    "date_span",
    "days_apart",
    "jaccard",
    "jaccard_of_sums",
    "comparable",
    "lsh_buckets",
    "minhash",
    "name_weights",
    "normalise",
    "salient_terms",
    "same_claim",
    "same_story",
    "signature_similarity",
    "story_similarity",
    "story_threshold",
    "term_weights",
    "weighted_jaccard",
]


def comparable(text: str) -> bool:
    """Whether a text is long enough to be compared with others (:data:`COMPARABLE_MIN_WORDS`)."""
    return len(words(text)) >= COMPARABLE_MIN_WORDS


def story_threshold(days: int) -> float | None:
    """The similarity two articles ``days`` apart need to be one story; ``None`` when they are
    too far apart to be compared at all."""
    for most_days, threshold in STORY_TIERS:
        if days <= most_days:
            return threshold
    return None


def same_story(names: float, terms: float, days: int) -> bool:
    """Whether two articles ``days`` apart, this alike in names and in words
    (:func:`story_similarity`), are one story."""
    threshold = story_threshold(days)
    if threshold is None:
        return False
    if days > STORY_TIERS[0][0] and terms < STORY_FOLLOW_UP_MIN_TERMS:
        return False
    return (names + terms) / 2 >= threshold


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
