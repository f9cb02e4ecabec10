"""Run the analyser over gold articles and score it (what ``hearsay eval`` does)."""

from __future__ import annotations

from pathlib import Path

from hearsay.eval.attributions import AttributionScores, format_report, load_gold, score
from hearsay.model import Article


def predict_gold(golds: list[dict]) -> dict[str, dict]:
    """Analyse the text of every gold article, keeping its id, and return JSON records."""
    from hearsay.nlp.pipeline import get_analyser

    articles = [
        Article(
            text=gold["text"],
            id=str(gold["id"]),
            date=gold.get("date"),
            section=gold.get("category"),
            title=gold.get("title"),
            lang=gold.get("lang") or "nl",
        )
        for gold in golds
    ]
    predictions: dict[str, dict] = {}
    by_lang: dict[str, list[Article]] = {}
    for article in articles:
        by_lang.setdefault(article.lang, []).append(article)
    for lang, group in by_lang.items():
        for document in get_analyser(lang).analyze_many(group):
            predictions[str(document.id)] = document.to_dict()
    return predictions


def evaluate_attributions(
    gold_path: str | Path, *, max_errors: int = 20, shared: str | Path = "../shared"
) -> tuple[AttributionScores, str]:
    golds = load_gold(gold_path, shared=shared)
    predictions = predict_gold(golds)
    scores = score(golds, predictions)
    return scores, format_report(scores, max_errors=max_errors)


def evaluate_agreement(
    first: str | Path, second: str | Path, *, shared: str | Path = "../shared"
) -> tuple[AttributionScores, str]:
    """Inter-annotator agreement: the second annotation scored against the first, by the
    same rules as the analyser (so the figures compare directly). Only articles annotated
    in both are scored."""
    from hearsay.eval.attributions import gold_to_prediction

    golds = {str(d["id"]): d for d in load_gold(first, shared=shared)}
    others = {str(d["id"]): d for d in load_gold(second, shared=shared)}
    common = sorted(set(golds) & set(others))
    if not common:
        from hearsay.errors import GoldFormatError

        raise GoldFormatError("the two annotations share no article")
    predictions = {key: gold_to_prediction(others[key]) for key in common}
    scores = score([golds[key] for key in common], predictions)
    return scores, format_report(scores, max_errors=0)
