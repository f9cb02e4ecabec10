"""The Python API: ``analyze`` one text, ``read`` articles from files."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from hearsay.model import Article, Document, Reject


def analyze(
    text: str,
    date: str | None = None,
    section: str | None = None,
    *,
    lang: str = "nl",
    id: str | None = None,
    title: str | None = None,
) -> Document:
    """Analyse one article body and return its :class:`Document`."""
    article = Article(text=text, id=id, date=date, section=section, title=title, lang=lang)
    return analyze_article(article)


def analyze_article(article: Article) -> Document:
    """Analyse an :class:`Article` (as a reader yields it)."""
    from hearsay.nlp.pipeline import get_analyser

    return get_analyser(article.lang).analyze(article)


def read(
    path: str | Path,
    *,
    date: str | None = None,
    section: str | None = None,
    lang: str = "nl",
    rejects: list[Reject] | None = None,
) -> Iterator[Article]:
    """Yield the articles in a file or folder (``"-"`` for standard input).

    Records that cannot be read are appended to ``rejects`` when a list is given, and
    reported with a warning otherwise: they are never dropped silently.
    """
    from hearsay.io.readers import read_records

    for record in read_records([path], date=date, section=section, lang=lang):
        if isinstance(record, Reject):
            if rejects is not None:
                rejects.append(record)
            else:
                warnings.warn(f"rejected {record.origin}: {record.reason}", stacklevel=2)
            continue
        yield record
