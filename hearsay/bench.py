"""``hearsay bench``: throughput and memory of the analysis on a fixed sample."""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path
from typing import Any

from hearsay.model import Article

DEFAULT_CORPUS = Path(
    "../shared/data/corpora/dpgmedia2019/dpgMedia2019-articles-byarticle-all.jsonl"
)
BUNDLED_EXAMPLE = Path(__file__).parent / "examples" / "seed-000.txt"


def sample_articles(corpus: Path | None, count: int) -> tuple[list[Article], str]:
    """The first ``count`` articles of the corpus (a fixed sample), or the bundled example."""
    path = corpus or DEFAULT_CORPUS
    if path.exists():
        articles = []
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                articles.append(
                    Article(text=record["text"], id=str(record.get("id")), date=record.get("date"))
                )
                if len(articles) >= count:
                    break
        return articles, str(path)
    from hearsay.io.readers import read_records

    example = [a for a in read_records([BUNDLED_EXAMPLE]) if isinstance(a, Article)]
    return (example * count)[:count], str(BUNDLED_EXAMPLE)


def time_stages(analyser: Any, sample: list[Article]) -> dict[str, float]:
    """Seconds spent in the tokenizer and in each pipeline component over the sample."""
    nlp = analyser.nlp
    totals: dict[str, float] = {"tokenizer": 0.0}
    for article in sample:
        started = time.perf_counter()
        doc = nlp.make_doc(article.text)
        totals["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            totals[name] = totals.get(name, 0.0) + time.perf_counter() - started
    return totals


def run_bench(*, articles: int = 200, corpus: Path | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    from hearsay.nlp.pipeline import Analyser

    analyser = Analyser("nl")
    load_seconds = time.perf_counter() - started
    sample, source = sample_articles(corpus, articles)
    words = sum(len(article.text.split()) for article in sample)
    started = time.perf_counter()
    attributions = sum(len(document.attributions) for document in analyser.analyze_many(sample))
    seconds = time.perf_counter() - started
    stage_seconds = time_stages(analyser, sample)
    total_stage = sum(stage_seconds.values()) or 1.0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "corpus": source,
        "articles": len(sample),
        "workers": 1,
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(sample) / seconds, 1) if seconds else None,
        "words_per_s": round(words / seconds) if seconds else None,
        "attributions": attributions,
        "model_load_s": round(load_seconds, 3),
        "stage_share": {name: round(t / total_stage, 3) for name, t in stage_seconds.items()},
        "attribution_ms_per_500_words": round(
            1000 * stage_seconds.get("hearsay_attributions", 0.0) / max(words, 1) * 500, 3
        ),
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }
