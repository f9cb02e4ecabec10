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
