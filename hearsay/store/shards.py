"""Parquet shards of analysed articles: what ``hearsay ingest --engine dask`` writes.

A shards folder holds one ``articles-NNNNN.parquet`` per input partition (NNNNN: the
partition's number, in input order) and one ``rejects.parquet``. DuckDB reads them as they are
(``SELECT * FROM 'shards/articles-*.parquet'``), and :func:`load_shards` fills a store from
them, in input order, exactly as ``hearsay ingest`` would have.

``articles-NNNNN.parquet`` (:data:`ARTICLES_SCHEMA`), one row per analysed article:

==================  =======  =================================================================
position            int64    the record's place in the input (0-based), the order of the store
id                  string   the article's id from the input (may be null)
content_hash        string   the store's key of the article (:func:`content_hash`)
outlet              string   the outlet the article is counted under (may be null)
date                string   publication date as given (may be null)
title               string   (may be null)
attribution_count   int32    attributions found
entity_count        int32    entities found (after in-article coreference)
analysis            string   the analysis as JSON: ``hearsay analyze --format jsonl``'s object
                             (``shared/spec/output.md``); query it with DuckDB's JSON functions
analysed            string   everything the store needs, as JSON (the document with entity
                             links and mention kinds, plus the comparison features): what
                             :func:`load_shards` reads back
==================  =======  =================================================================

``rejects.parquet`` (:data:`REJECTS_SCHEMA`): ``position`` (int64, null for records that
could not be read), ``origin``, ``reason`` and ``record`` (strings), as in the rejects file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from hearsay.model import (
    Article,
    Attribution,
    Document,
    Entity,
    Mention,
    Quantity,
    Reject,
    TextSpan,
    Timex,
)
from hearsay.store.store import Analysed, BatchResult, Store

ARTICLES_SCHEMA = pa.schema(
    [
        ("position", pa.int64()),
        ("id", pa.string()),
        ("content_hash", pa.string()),
        ("outlet", pa.string()),
        ("date", pa.string()),
        ("title", pa.string()),
        ("attribution_count", pa.int32()),
        ("entity_count", pa.int32()),
        ("analysis", pa.string()),
        ("analysed", pa.string()),
    ]
)
REJECTS_SCHEMA = pa.schema(
    [
        ("position", pa.int64()),
        ("origin", pa.string()),
        ("reason", pa.string()),
        ("record", pa.string()),
    ]
)
ARTICLES_GLOB = "articles-*.parquet"
REJECTS_FILE = "rejects.parquet"


# -- Analysed <-> JSON, without loss -----------------------------------------------------------


def analysed_to_json(item: Analysed) -> str:
    """Every field of ``item`` as JSON (``default=str`` for odd input fields in ``extra``)."""
    return json.dumps(asdict(item), ensure_ascii=False, default=str)


def _span(record: dict[str, Any] | None) -> TextSpan | None:
    return TextSpan(**record) if record is not None else None


def analysed_from_json(text: str) -> Analysed:
    """The :class:`Analysed` that :func:`analysed_to_json` wrote."""
    record = json.loads(text)
    doc = record.pop("document")
    document = Document(
        article=Article(**doc["article"]),
        attributions=[
            Attribution(
                **{
                    **attribution,
                    "content": _span(attribution["content"]),
                    "source": _span(attribution["source"]),
                    "cue": _span(attribution["cue"]),
                }
            )
            for attribution in doc["attributions"]
        ],
        entities=[
            Entity(**{**entity, "mentions": [Mention(**m) for m in entity["mentions"]]})
            for entity in doc["entities"]
        ],
        timexes=[Timex(**timex) for timex in doc["timexes"]],
        quantities=[Quantity(**quantity) for quantity in doc["quantities"]],
    )
    return Analysed(document=document, **record)


# -- tables --------------------------------------------------------------------------------------


def articles_table(items: Iterable[tuple[int, Analysed]]) -> pa.Table:
    """The rows of an ``articles-NNNNN.parquet`` shard for ``(position, analysed)`` pairs."""
    rows = []
    for position, item in items:
        document = item.document
        rows.append(
            {
                "position": position,
                "id": document.article.id,
                "content_hash": item.content_hash,
                "outlet": item.outlet,
                "date": document.article.date,
                "title": document.article.title,
                "attribution_count": len(document.attributions),
                "entity_count": len(document.entities),
                "analysis": json.dumps(document.to_dict(), ensure_ascii=False),
                "analysed": analysed_to_json(item),
            }
        )
    return pa.Table.from_pylist(rows, schema=ARTICLES_SCHEMA)


def rejects_table(items: Iterable[tuple[int | None, Reject]]) -> pa.Table:
    rows = [
        {"position": position, **reject.to_dict()}
        for position, reject in sorted(items, key=lambda pair: (pair[0] is not None, pair[0] or 0))
    ]
    return pa.Table.from_pylist(rows, schema=REJECTS_SCHEMA)


def shard_path(folder: Path, partition: int) -> Path:
    return folder / f"articles-{partition:05d}.parquet"


def clear_shards(folder: Path) -> None:
    """Remove the shards of an earlier run from ``folder`` (a re-run replaces them)."""
    for path in folder.glob(ARTICLES_GLOB):
        path.unlink()
    (folder / REJECTS_FILE).unlink(missing_ok=True)


def write_table(table: pa.Table, path: Path) -> None:
    """Write through a temporary name: a killed run leaves no half-written shard."""
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial)
    partial.replace(path)


# -- reading back --------------------------------------------------------------------------------


def read_shards(folder: str | Path) -> Iterator[tuple[int, Analysed]]:
    """``(position, analysed)`` for every article of the shards in ``folder``, input order."""
    for path in sorted(Path(folder).glob(ARTICLES_GLOB)):
        table = pq.read_table(path, columns=["position", "analysed"])
        pairs = zip(
            table.column("position").to_pylist(),
            table.column("analysed").to_pylist(),
            strict=True,
        )
        for position, text in sorted(pairs):
            yield position, analysed_from_json(text)


def read_rejects(folder: str | Path) -> list[Reject]:
    path = Path(folder) / REJECTS_FILE
    if not path.exists():
        return []
    return [
        Reject(row["origin"], row["reason"], row["record"])
        for row in pq.read_table(path).to_pylist()
    ]


def load_shards(
    folder: str | Path,
    store: Store,
    *,
    batch_size: int = 64,
    on_progress: Callable[[int], None] | None = None,
) -> BatchResult:
    """Add the articles of the shards in ``folder`` to ``store``, in input order and in
    batches of ``batch_size`` (one transaction each), as ``hearsay ingest`` adds them: the
    store ends up the same. Articles already stored are counted as skipped."""
    result = BatchResult()
    rejects = read_rejects(folder)
    batch: list[Analysed] = []
    done = 0
    for _, item in read_shards(folder):
        batch.append(item)
        if len(batch) >= batch_size:
            result.add(store.add_batch(batch, rejects))
            done += len(batch)
            batch, rejects = [], []
            if on_progress is not None:
                on_progress(done)
    if batch or rejects:
        result.add(store.add_batch(batch, rejects))
        done += len(batch)
        if on_progress is not None:
            on_progress(done)
    return result
