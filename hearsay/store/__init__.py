"""The store: analysed articles, entities, stories and claim groups in SQLite or PostgreSQL.

store = open_store("corpus.db")            # or "postgresql://user@host/db"
ingest(["articles.jsonl"], store)          # resumable, every core
search(store, "stikstof", outlet="trouw")  # questions: search, sources, claims, stories
"""

from __future__ import annotations

from hearsay.store.errors import StoreError
from hearsay.store.ingest import IngestResult, count_records, ingest, load_metadata
from hearsay.store.store import DEFAULT_DB, Store, content_hash, open_store

__all__ = [
    "DEFAULT_DB",
    "IngestResult",
    "Store",
    "StoreError",
    "content_hash",
    "count_records",
    "ingest",
    "load_metadata",
    "open_store",
]
