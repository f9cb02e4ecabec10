"""``hearsay bench``: throughput and memory of the analysis on a fixed sample, and the
throughput of ``hearsay ingest`` (analysis on every core plus the store) on the same sample.

Each sample size (100, 1,000 and all articles by default) is analysed twice: in this process
(one worker, with the time of every pipeline stage) and on a pool of worker processes, one
per core, that send back the analysed documents (so pickling the results is counted). Rates
come as wall-clock figures and as CPU-time figures (``time.process_time``): on a shared
machine the wall clock counts the other users' work too, the CPU time does not.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hearsay.model import Article, Document

DEFAULT_CORPUS = Path(
    "../shared/data/corpora/dpgmedia2019/dpgMedia2019-articles-byarticle-all.jsonl"
)
RESERVED = Path("../shared/data/corpora/RESERVED.txt")
BUNDLED_EXAMPLE = Path(__file__).parent / "examples" / "seed-000.txt"
DEFAULT_SIZES: tuple[int | None, ...] = (100, 1000, None)  # None: every article
CHUNK_SIZE = 16  # articles per task sent to a worker: few round trips, even load


def reserved_ids(path: Path = RESERVED) -> set[str]:
    """DpgMedia2019 ids kept for blind evaluation: the bench leaves them out too."""
    if not path.exists():
        return set()
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "dpgmedia2019":
            ids.add(parts[1])
    return ids


def sample_articles(corpus: Path | None, count: int | None) -> tuple[list[Article], str]:
    """The first ``count`` articles of the corpus (a fixed sample; ``None``: all of them),
    or the bundled example repeated ``count`` times (once when ``None``)."""
    path = corpus or DEFAULT_CORPUS
    if path.exists():
        reserved = reserved_ids()
        articles = []
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                if not str(record.get("text") or "").strip():
                    continue  # what ingest would reject
                if str(record.get("id")) in reserved:
                    continue
                articles.append(
                    Article(
                        text=record["text"],
                        id=str(record.get("id")),
                        date=record.get("date") or record.get("published_at"),
                        title=record.get("title"),
                    )
                )
                if count is not None and len(articles) >= count:
                    break
        return articles, str(path)
    from hearsay.io.readers import read_records

    example = [a for a in read_records([BUNDLED_EXAMPLE]) if isinstance(a, Article)]
    count = count or len(example)
    return (example * count)[:count], str(BUNDLED_EXAMPLE)


def count_words(articles: Sequence[Article]) -> int:
    return sum(len(article.text.split()) for article in articles)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


@dataclass
class Run:
    """One analysis of one sample on ``workers`` processes."""

    articles: int
    words: int
    workers: int
    seconds: float  # wall clock
    cpu_seconds: float  # CPU time of the analysing processes, all together
    peak_rss_mb: float  # the largest of the workers

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def cpu_articles_per_s(self) -> float:
        """Articles per second of CPU time times the workers: what the run would reach with
        every worker on a core of its own (the wall-clock rate, less the other users)."""
        return self.articles * self.workers / self.cpu_seconds if self.cpu_seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        record.update(
            seconds=round(self.seconds, 3),
            cpu_seconds=round(self.cpu_seconds, 3),
            articles_per_s=round(self.articles_per_s, 1),
            words_per_s=round(self.words_per_s),
            cpu_articles_per_s=round(self.cpu_articles_per_s, 1),
        )
        return record


def analyse_timed(
    analyser: Any,
    article: Article,
    totals: dict[str, float],
    cpu_totals: dict[str, float] | None = None,
) -> Document:
    """What :meth:`Analyser.analyze` does, adding the seconds of each stage to ``totals``
    (wall clock) and to ``cpu_totals`` (this process's CPU time: on a shared machine the
    wall clock also counts the time other processes had the core)."""
    nlp = analyser.nlp
    cpu_totals = {} if cpu_totals is None else cpu_totals

    def timed(name: str, step: Callable[[], Any]) -> Any:
        started, cpu_started = time.perf_counter(), time.process_time()
        result = step()
        totals[name] = totals.get(name, 0.0) + time.perf_counter() - started
        cpu_totals[name] = cpu_totals.get(name, 0.0) + time.process_time() - cpu_started
        return result

    doc = timed("tokenizer", lambda: analyser._make_doc(article))
    for name, component in nlp.pipeline:
        doc = timed(name, lambda component=component, doc=doc: component(doc))
    return timed("document", lambda: analyser._document(article, doc))


def run_single(
    analyser: Any, sample: list[Article]
) -> tuple[Run, dict[str, float], dict[str, float], list]:
    """The sample analysed in this process; the run, the seconds by stage (wall clock and
    CPU time), the documents."""
    totals: dict[str, float] = {}
    cpu_totals: dict[str, float] = {}
    started, cpu_started = time.perf_counter(), time.process_time()
    documents = [analyse_timed(analyser, article, totals, cpu_totals) for article in sample]
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    run = Run(len(sample), count_words(sample), 1, seconds, cpu, peak_rss_mb())
    return run, totals, cpu_totals, documents


_pool_analyser: Any = None


def _pool_init(lang: str) -> None:
    global _pool_analyser
    from hearsay.nlp.pipeline import get_analyser, tune_gc_for_batch

    _pool_analyser = get_analyser(lang)
    tune_gc_for_batch()  # as ingest's workers do


def _pool_ready(_: int) -> int:
    time.sleep(0.3)  # hold this worker so that every worker gets one and has loaded
    return os.getpid()


def _pool_analyse(chunk: list[Article]) -> tuple[list[Document], float, float]:
    """One chunk analysed in a worker: the documents, the CPU seconds, the worker's peak RSS."""
    cpu_started = time.process_time()
    documents = [_pool_analyser.analyze(article) for article in chunk]
    return documents, time.process_time() - cpu_started, peak_rss_mb()


def run_pool(pool: Any, workers: int, sample: list[Article]) -> Run:
    """The sample analysed on the pool, in chunks; results come back to this process."""
    chunks = [sample[i : i + CHUNK_SIZE] for i in range(0, len(sample), CHUNK_SIZE)]
    cpu = 0.0
    peak = 0.0
    analysed = 0
    started = time.perf_counter()
    for documents, chunk_cpu, chunk_peak in pool.imap_unordered(_pool_analyse, chunks):
        analysed += len(documents)
        cpu += chunk_cpu
        peak = max(peak, chunk_peak)
    seconds = time.perf_counter() - started
    return Run(analysed, count_words(sample), workers, seconds, cpu, peak)


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
        "ingest_articles": result.articles,
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


def machine() -> str:
    """The machine the figures were measured on, in a few words."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def run_bench(
    *,
    sizes: Sequence[int | None] = DEFAULT_SIZES,
    corpus: Path | None = None,
    workers: int | None = None,
    lang: str = "nl",
    ingest: bool = True,
) -> dict[str, Any]:
    """Every figure of ``hearsay bench`` as one dictionary (``runs`` holds the table)."""
    started = time.perf_counter()
    from hearsay.nlp.pipeline import Analyser, tune_gc_for_batch

    analyser = Analyser(lang)
    load_seconds = time.perf_counter() - started
    tune_gc_for_batch()  # as ingest does: the figures are those of a batch run
    workers = max(1, workers or os.cpu_count() or 1)
    largest, source = sample_articles(corpus, None if None in sizes else max(map(int, sizes)))
    samples = [largest if size is None else largest[:size] for size in sizes]
    analyser.analyze(largest[0])  # the first call fills caches: not part of any run
    runs: list[Run] = []
    stage_seconds: dict[str, float] = {}
    stage_cpu_seconds: dict[str, float] = {}
    documents: list[Document] = []
    for sample in samples:  # the stage times and documents kept are the last (largest) one's
        run, stage_seconds, stage_cpu_seconds, documents = run_single(analyser, sample)
        runs.append(run)
    context = multiprocessing.get_context("spawn")
    pool_started = time.perf_counter()
    with context.Pool(workers, initializer=_pool_init, initargs=(lang,)) as pool:
        pool.map(_pool_ready, range(workers), chunksize=1)
        pool_seconds = time.perf_counter() - pool_started
        for sample in samples:
            runs.append(run_pool(pool, workers, sample))
    total_stage = sum(stage_seconds.values()) or 1.0
    words = count_words(samples[-1])
    result: dict[str, Any] = {
        "corpus": source,
        "machine": machine(),
        "workers": workers,
        "model_load_s": round(load_seconds, 3),
        "pool_start_s": round(pool_seconds, 3),
        "runs": [run.to_dict() for run in runs],
        "articles_per_s_1_worker": round(max(r.articles_per_s for r in runs[: len(samples)]), 1),
        f"articles_per_s_{workers}_workers": round(
            max(r.articles_per_s for r in runs[len(samples) :]), 1
        ),
        "peak_rss_mb_per_worker": max(run.peak_rss_mb for run in runs),
        "stage_share": {name: round(t / total_stage, 3) for name, t in stage_seconds.items()},
        # The bound is for one core: the stage's CPU time, then its wall clock.
        "attribution_ms_per_500_words": round(
            1000 * stage_cpu_seconds.get("hearsay_attributions", 0.0) / max(words, 1) * 500, 3
        ),
        "attribution_wall_ms_per_500_words": round(
            1000 * stage_seconds.get("hearsay_attributions", 0.0) / max(words, 1) * 500, 3
        ),
    }
    result.update(time_store(documents))
    result.update(time_ner(samples[-1]))
    if ingest:
        result.update(time_ingest(samples[-1], workers))
    return result


def time_ner(sample: list[Article], limit: int = 300) -> dict[str, Any]:
    """The trained NER model (``hearsay/ner``, issue 4): load time, size on disk and words/s
    by CPU time over at most ``limit`` articles of the sample, on this process's core."""
    from hearsay.errors import HearsayError
    from hearsay.ner import MODEL_DIR, load_ner, tag

    started = time.perf_counter()
    try:
        nlp = load_ner.__wrapped__()  # a fresh load: load_ner() caches the model
    except HearsayError as error:
        return {"ner_words_per_s": None, "ner_note": str(error)}
    load_seconds = time.perf_counter() - started
    texts = [article.text for article in sample[:limit]]
    tag(texts[:1], nlp)  # the first call fills caches
    cpu_started = time.process_time()
    docs = tag(texts, nlp)
    cpu_seconds = time.process_time() - cpu_started
    tokens = sum(len(doc) for doc in docs)
    size = sum(path.stat().st_size for path in MODEL_DIR.rglob("*") if path.is_file())
    return {
        "ner_model_mb": round(size / 1e6, 1),
        "ner_load_s": round(load_seconds, 3),
        "ner_words_per_s": round(tokens / cpu_seconds) if cpu_seconds else None,
    }


def render_table(result: dict[str, Any]) -> Any:
    """The runs of :func:`run_bench` as a rich table, the other figures as its caption."""
    from rich.table import Table

    table = Table(title=f"hearsay bench: {Path(result['corpus']).name}", caption=result["machine"])
    # "CPU art/s": articles per second of CPU time per worker, times the workers.
    for column in ("articles", "words", "workers", "s", "art/s", "words/s", "CPU art/s", "RSS MB"):
        table.add_column(column, justify="right")
    for run in result["runs"]:
        table.add_row(
            str(run["articles"]),
            str(run["words"]),
            str(run["workers"]),
            f"{run['seconds']:.2f}",
            f"{run['articles_per_s']:.1f}",
            str(run["words_per_s"]),
            f"{run['cpu_articles_per_s']:.1f}",
            f"{run['peak_rss_mb']:.0f}",
        )
    return table


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
