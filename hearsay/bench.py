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
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }
