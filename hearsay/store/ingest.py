"""Ingest: read, analyse on every core, write to the store in batches, resumably.

The parent reads the inputs and skips records whose content hash is already stored (that is
what makes a re-run after ``kill -9`` resume: every batch is one transaction, so a record is
either stored with everything derived from it or not at all). A process pool analyses the
rest, one analyser per worker, and computes the comparison features there too; the parent
alone writes, ``batch_size`` articles per transaction.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hearsay.model import Article, Reject
from hearsay.store.store import Analysed, BatchResult, Store, content_hash, prepare

Progress = Callable[[int, int | None], None]

_worker_analyser: Any = None


@dataclass
class IngestResult(BatchResult):
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles analysed and stored per second."""
        return self.articles / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "attributions": self.attributions,
            "entities": self.entities,
            "rejects": self.rejects,
            "near_duplicates": self.duplicates,
            "seconds": round(self.seconds, 2),
            "articles_per_s": round(self.rate, 1),
        }


def count_records(inputs: Sequence[str | Path]) -> int | None:
    """How many records the inputs hold, cheaply (JSON Lines lines, one per other file);
    ``None`` when it cannot be known (standard input): the progress bar then has no ETA."""
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.name.startswith("."):
                continue
            if file.suffix.lower() in (".jsonl", ".ndjson"):
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def load_metadata(path: str | Path) -> dict[str, dict[str, Any]]:
    """Fields to add to articles by id, from a JSON Lines file (DpgMedia2019's labels file
    gives each article its ``publisher``, which becomes the outlet)."""
    metadata: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if isinstance(record, dict) and record.get("id") is not None:
                metadata[str(record["id"])] = {k: v for k, v in record.items() if k != "id"}
    return metadata


def _init_worker(lang: str) -> None:
    global _worker_analyser
    from hearsay.nlp.pipeline import get_analyser, tune_gc_for_batch

    _worker_analyser = get_analyser(lang)
    tune_gc_for_batch()


def _analyse(article: Article) -> Analysed | Reject:
    try:
        return prepare(_worker_analyser.analyze(article))
    except Exception as error:  # one bad article must not stop the run: it is kept instead
        return Reject(
            article.origin or str(article.id),
            f"The analysis failed: {type(error).__name__}: {error}",
            article.text[:500],
        )


def ingest(
    inputs: Sequence[str | Path],
    store: Store,
    *,
    workers: int | None = None,
    batch_size: int = 64,
    lang: str = "nl",
    date: str | None = None,
    section: str | None = None,
    input_format: str | None = None,
    metadata: dict[str, dict[str, Any]] | None = None,
    on_progress: Progress | None = None,
    total: int | None = None,
) -> IngestResult:
    """Analyse the records of ``inputs`` and add them to ``store``; return what was added.

    ``workers`` processes analyse (default: every core; 1 analyses in this process).
    ``on_progress(done, total)`` is called after every record (``total`` may be None).
    Records already in the store are counted as ``skipped`` and not analysed again.
    """
    from hearsay.io.readers import read_records

    started = time.perf_counter()
    workers = max(1, workers or os.cpu_count() or 1)
    result = IngestResult()
    known = store.known_hashes()
    records = read_records(inputs, date=date, section=section, lang=lang, format=input_format)
    rejects: deque[Reject] = deque()
    skipped = [0]
    done = [0]
    counted = {"taken": 0, "read_rejects": 0}
    lock = threading.Lock()

    def report() -> None:
        if on_progress is not None:
            on_progress(done[0], total)

    # Bounded look-ahead: the reader may not run far ahead of the analysis (memory).
    window = threading.BoundedSemaphore(max(4, workers * batch_size))

    def articles() -> Iterator[Article]:
        for record in records:
            if isinstance(record, Reject):
                rejects.append(record)
                with lock:
                    counted["read_rejects"] += 1
                continue
            if metadata and record.id is not None and str(record.id) in metadata:
                for key, value in metadata[str(record.id)].items():
                    record.extra.setdefault(key, value)
            digest = content_hash(record)
            if digest in known:
                with lock:
                    skipped[0] += 1
                continue
            known.add(digest)
            window.acquire()
            yield record

    batch: list[Analysed] = []
    batch_rejects: list[Reject] = []

    def flush() -> None:
        while rejects:
            batch_rejects.append(rejects.popleft())
        if batch or batch_rejects:
            result.add(store.add_batch(batch, batch_rejects))
        batch.clear()
        batch_rejects.clear()

    def take(item: Analysed | Reject) -> None:
        window.release()
        if isinstance(item, Reject):
            batch_rejects.append(item)
        else:
            batch.append(item)
        with lock:
            counted["taken"] += 1
            done[0] = counted["taken"] + counted["read_rejects"] + skipped[0]
        if len(batch) + len(batch_rejects) >= batch_size:
            flush()
        report()

    if workers == 1:
        _init_worker(lang)
        for article in articles():
            take(_analyse(article))
    else:
        context = multiprocessing.get_context("spawn")
        with context.Pool(workers, initializer=_init_worker, initargs=(lang,)) as pool:
            for item in pool.imap(_analyse, articles(), chunksize=8):
                take(item)
    flush()
    result.skipped += skipped[0]
    done[0] = counted["taken"] + counted["read_rejects"] + skipped[0]
    report()
    result.seconds = time.perf_counter() - started
    return result
