"""hearsay: who says so, according to whom, how firmly, in news articles.

The public Python API::

    import hearsay
    document = hearsay.analyze("Volgens Page Six zou het koppel ...", date="2021-01")
    for article in hearsay.read("articles.jsonl"):
        ...
"""

from __future__ import annotations

__version__ = "0.1.0"

from hearsay.api import analyze, analyze_article, read  # noqa: E402
from hearsay.model import (  # noqa: E402
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
from hearsay.store import open_store  # noqa: E402

__all__ = [
    "Article",
    "Attribution",
    "Document",
    "Entity",
    "Mention",
    "Quantity",
    "Reject",
    "TextSpan",
    "Timex",
    "__version__",
    "analyze",
    "analyze_article",
    "open_store",
    "read",
]
