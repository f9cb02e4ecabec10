"""``hearsay bench``: throughput and memory of the analysis on a fixed sample, and the
throughput of ``hearsay ingest`` (analysis on every core plus the store) on the same sample.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
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
                if not str(record.get("text") or "").strip():
                    continue  # what ingest would reject
                articles.append(
                    Article(
                        text=record["text"],
                        id=str(record.get("id")),
                        date=record.get("date") or record.get("published_at"),
                        title=record.get("title"),
                    )
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


def time_ingest(sample: list[Article], workers: int | None = None) -> dict[str, Any]:
    """``hearsay ingest`` of the sample into a throwaway SQLite store: reading, analysis on
    ``workers`` processes (default: every core; their start and model load included), the
    features, near-duplicates, stories, claim groups and the writes."""
    from hearsay.store import ingest, open_store

    workers = max(1, workers or os.cpu_count() or 1)
    with tempfile.TemporaryDirectory(prefix="hearsay-bench-") as folder:
        corpus = Path(folder) / "sample.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for number, article in enumerate(sample):
                record = {
                    "id": f"{article.id}#{number}",  # a repeated example stays one article each
                    "date": article.date,
                    "title": article.title,
                    "text": article.text,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        with open_store(Path(folder) / "bench.db") as store:
            result = ingest([corpus], store, workers=workers)
            counts = store.counts()
    return {
        "ingest_workers": workers,
        "ingest_seconds": round(result.seconds, 3),
        "ingest_articles_per_s": round(result.rate, 1),
        "ingest_near_duplicates": counts["near_duplicates"],
        "ingest_multi_article_stories": counts["multi_article_stories"],
    }


def time_store(documents: list[Any], batch_size: int = 64) -> dict[str, Any]:
    """The store alone: features and writes of already analysed documents into a throwaway
    SQLite store, one process (the part of ingest that does not run in parallel)."""
    from hearsay.store import open_store
    from hearsay.store.store import prepare

    with (
        tempfile.TemporaryDirectory(prefix="hearsay-bench-") as folder,
        open_store(Path(folder) / "store.db") as store,
    ):
        started = time.perf_counter()
        for start in range(0, len(documents), batch_size):
            store.add_batch([prepare(doc) for doc in documents[start : start + batch_size]])
        seconds = time.perf_counter() - started
    return {
        "store_seconds": round(seconds, 3),
        "store_articles_per_s": round(len(documents) / seconds, 1) if seconds else None,
    }


def run_bench(
    *, articles: int = 200, corpus: Path | None = None, workers: int | None = None
) -> dict[str, Any]:
    started = time.perf_counter()
    from hearsay.nlp.pipeline import Analyser

    analyser = Analyser("nl")
    load_seconds = time.perf_counter() - started
    sample, source = sample_articles(corpus, articles)
    words = sum(len(article.text.split()) for article in sample)
    started = time.perf_counter()
    documents = list(analyser.analyze_many(sample))
    seconds = time.perf_counter() - started
    attributions = sum(len(document.attributions) for document in documents)
    stage_seconds = time_stages(analyser, sample)
    total_stage = sum(stage_seconds.values()) or 1.0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # before the store's share
    store_figures = time_store(documents)
    ingest_figures = time_ingest(sample, workers)
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
        **store_figures,
        **ingest_figures,
    }


SCALING_FACTORS: tuple[int, ...] = (1, 2, 4, 8)


def _best_of(repeats: int, run: Any) -> float:
    """The shortest of ``repeats`` timings: the least disturbed by other work on the machine."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def run_scaling(
    *,
    articles: int = 20,
    corpus: Path | None = None,
    factors: tuple[int, ...] = SCALING_FACTORS,
    repeats: int = 2,
) -> dict[str, Any]:
    """How analysis time grows with the size of the input, for 1x, 2x, 4x, 8x inputs.

    Three inputs: ``articles`` (the sample repeated: more articles), ``long_article`` (the
    sample joined into one article, repeated: one longer text) and ``quote_marks`` (12,500
    curly quote marks, repeated: a hostile input). For each, the seconds per size and
    ``ratio``: the largest input's seconds divided by (its factor x the smallest input's
    seconds). About 1 is linear growth; 2 at 8x would mean time grows with size^1.33.
    """
    from hearsay.nlp.pipeline import Analyser

    analyser = Analyser("nl")
    sample, source = sample_articles(corpus, articles)
    joined = "\n\n".join(article.text for article in sample)
    date = sample[0].date if sample else None
    inputs: dict[str, Any] = {
        "articles": lambda k: [Article(text=a.text, id=a.id, date=a.date) for a in sample * k],
        "long_article": lambda k: [Article(text="\n\n".join([joined] * k), date=date)],
        "quote_marks": lambda k: [Article(text="“" * 12_500 * k)],
    }
    analyser.analyze(Article(text=joined, date=date))  # warm up caches and lexicons
    result: dict[str, Any] = {"corpus": source, "factors": list(factors)}
    for name, make in inputs.items():
        seconds = []
        characters = []
        for factor in factors:
            batch = make(factor)
            characters.append(sum(len(article.text) for article in batch))
            seconds.append(
                round(_best_of(repeats, lambda b=batch: list(analyser.analyze_many(b))), 3)
            )
        first, last = seconds[0], seconds[-1]
        growth = factors[-1] / factors[0]
        result[name] = {
            "characters": characters,
            "seconds": seconds,
            "ratio": round(last / (growth * first), 2) if first else None,
        }
    return result
