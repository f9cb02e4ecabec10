"""``hearsay ingest --engine dask``: the per-article analysis mapped over input partitions on a
Dask cluster (``dask.distributed``), written as Parquet shards, then loaded into the store.

This process reads the inputs (so the workers need neither the input files nor a shared
disk: each partition's articles travel with its task), skips what the store already holds,
and cuts the rest into partitions of ``partition_size`` articles. A worker analyses a
partition and sends back its rows as an Arrow table; this process writes that table as the
partition's shard (:mod:`hearsay.store.shards`) and, once all are in, loads the shards into
the store in input order: the store ends up as a single-process ``hearsay ingest`` leaves it.

Without a scheduler address a ``LocalCluster`` of ``workers`` processes starts here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hearsay.errors import HearsayError
from hearsay.model import Article, Reject
from hearsay.store.errors import ClusterError
from hearsay.store.ingest import IngestResult
from hearsay.store.shards import (
    ARTICLES_GLOB,
    REJECTS_FILE,
    articles_table,
    clear_shards,
    load_shards,
    rejects_table,
    shard_path,
    write_table,
)
from hearsay.store.store import Store, content_hash, prepare

Progress = Callable[[int, int | None], None]

_local = threading.local()  # one analyser per worker thread (threads share a process)


def analyse_partition(
    partition: list[tuple[int, Article]], lang: str
) -> tuple[Any, list[tuple[int, Reject]]]:
    """Run on a worker: the shard rows of a partition's articles and the articles that failed.

    Each worker thread builds its analyser once and keeps it (a pipeline is not shared
    between threads)."""
    analyser = getattr(_local, "analyser", None)
    if analyser is None or analyser.lang != lang:
        from hearsay.nlp.pipeline import Analyser

        analyser = _local.analyser = Analyser(lang)
    analysed = []
    failed = []
    for position, article in partition:
        try:
            analysed.append((position, prepare(analyser.analyze(article))))
        except Exception as error:  # one bad article must not stop the run: it is kept instead
            reason = f"The analysis failed: {type(error).__name__}: {error}"
            failed.append(
                (position, Reject(article.origin or str(article.id), reason, article.text[:500]))
            )
    return articles_table(analysed), failed


@contextmanager
def dask_client(
    scheduler: str | None, workers: int | None, processes: bool = True
) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a ``LocalCluster`` of ``workers``
    single-threaded workers (processes, or threads of this process with ``processes=False``)."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=None,
            silence_logs=40,  # warnings about a busy machine are not the user's business
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def ingest_dask(
    inputs: Sequence[str | Path],
    store: Store | None,
    shards: str | Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    processes: bool = True,
    partition_size: int = 200,
    batch_size: int = 64,
    lang: str = "nl",
    date: str | None = None,
    section: str | None = None,
    input_format: str | None = None,
    metadata: dict[str, dict[str, Any]] | None = None,
    on_progress: Progress | None = None,
    total: int | None = None,
    overwrite: bool = False,
) -> IngestResult:
    """Analyse the records of ``inputs`` on a Dask cluster into Parquet shards in ``shards``
    (shards already there are an error unless ``overwrite``), then add them to ``store``
    (``None``: leave the shards for DuckDB). Arguments as for :func:`hearsay.store.ingest`;
    records the store already holds are skipped and counted as such."""
    from distributed import as_completed

    from hearsay.io.readers import read_records

    started = time.perf_counter()
    folder = Path(shards)
    folder.mkdir(parents=True, exist_ok=True)
    if not overwrite and (any(folder.glob(ARTICLES_GLOB)) or (folder / REJECTS_FILE).exists()):
        raise FileExistsError(f"{folder} already holds shards: --force replaces them")
    clear_shards(folder)
    result = IngestResult()
    known = store.known_hashes() if store is not None else set()
    rejects: list[tuple[int | None, Reject]] = []
    done = [0]
    attributions = [0]

    def report() -> None:
        if on_progress is not None:
            on_progress(done[0], total)

    def partitions() -> Iterator[tuple[int, list[tuple[int, Article]]]]:
        records = read_records(inputs, date=date, section=section, lang=lang, format=input_format)
        partition: list[tuple[int, Article]] = []
        number = 0
        for position, record in enumerate(records):
            if isinstance(record, Reject):
                rejects.append((None, record))
                done[0] += 1
                continue
            if metadata and record.id is not None and str(record.id) in metadata:
                for key, value in metadata[str(record.id)].items():
                    record.extra.setdefault(key, value)
            digest = content_hash(record)
            if digest in known:
                result.skipped += 1
                done[0] += 1
                continue
            known.add(digest)
            partition.append((position, record))
            if len(partition) >= partition_size:
                yield number, partition
                number, partition = number + 1, []
        if partition:
            yield number, partition

    try:
        with dask_client(scheduler, workers, processes) as client:
            # A bounded number of partitions in flight: the reader may not run far ahead.
            in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
            pending = partitions()
            futures: dict[Any, tuple[int, int]] = {}

            def submit_next(queue: Any) -> bool:
                taken = next(pending, None)
                if taken is None:
                    return False
                number, partition = taken
                future = client.submit(analyse_partition, partition, lang, pure=False)
                futures[future] = (number, len(partition))
                queue.add(future)
                return True

            queue = as_completed()
            for _ in range(in_flight):
                if not submit_next(queue):
                    break
            for future in queue:
                number, size = futures.pop(future)
                table, failed = future.result()
                write_table(table, shard_path(folder, number))
                attributions[0] += sum(table.column("attribution_count").to_pylist())
                rejects.extend(failed)
                done[0] += size
                report()
                submit_next(queue)
    except (OSError, HearsayError):
        raise
    except Exception as error:  # the cluster's own errors: one clear message for the user
        where = scheduler or "the local cluster"
        raise ClusterError(f"Dask failed on {where}: {type(error).__name__}: {error}") from error
    write_table(rejects_table(rejects), folder / REJECTS_FILE)
    if store is None:
        result.articles = done[0] - len(rejects) - result.skipped
        result.rejects = len(rejects)
        result.attributions = attributions[0]
    else:
        result.add(load_shards(folder, store, batch_size=batch_size))
    report()
    result.seconds = time.perf_counter() - started
    return result
