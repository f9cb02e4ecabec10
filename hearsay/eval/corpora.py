"""Gold without article text: find the text of a referenced article in ``../shared``.

The news corpora in ``shared/data/corpora`` may not be copied into this repository, so the
project's own gold files (``dev/gold``) hold offsets and labels plus a reference to the
article: ``{"corpus", "key", "value", "sha256"}``. When ``hearsay eval`` runs, the text is
read from the corpus and checked against the SHA-256 the annotator saw, so offsets are
known to line up.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from hearsay.errors import GoldFormatError

DEFAULT_SHARED = Path("../shared")

# corpus name -> (file under shared/data/corpora, format, the field that holds the text)
CORPUS_FILES: dict[str, tuple[str, str, str]] = {
    "showbiz_nl": ("showbiz_nl/articles.jsonl", "jsonl", "text"),
    "dpgmedia2019": ("dpgmedia2019/dpgMedia2019-articles-byarticle-all.jsonl", "jsonl", "text"),
    "greta_nl": ("greta_nl/nl_greta_overview.tsv", "tsv", "Text"),
    "meantime_nl": ("meantime_nl/meantime_nl_documents.jsonl", "jsonl", "raw"),
}


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def corpus_records(corpus: str, shared: Path) -> list[dict[str, Any]]:
    """Every record of a corpus (read once per run)."""
    if corpus not in CORPUS_FILES:
        raise GoldFormatError(f"unknown corpus {corpus!r}; known: {', '.join(CORPUS_FILES)}")
    relative, file_format, _ = CORPUS_FILES[corpus]
    path = shared / "data" / "corpora" / relative
    if not path.exists():
        raise GoldFormatError(
            f"the gold refers to {corpus}, but {path} is missing: run from the project root "
            "with ../shared beside it, or pass --shared"
        )
    if file_format == "jsonl":
        with path.open(encoding="utf-8") as stream:
            return [json.loads(line) for line in stream if line.strip()]
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def resolve_text(reference: dict[str, Any], shared: Path = DEFAULT_SHARED) -> str:
    """The text of the referenced article, checked against the stored SHA-256."""
    corpus = reference.get("corpus", "")
    key, value = reference.get("key"), reference.get("value")
    field = CORPUS_FILES.get(corpus, ("", "", "text"))[2]
    for record in corpus_records(corpus, Path(shared)):
        if str(record.get(key)) == str(value):
            text = record[field]
            if text_sha256(text) != reference.get("sha256"):
                raise GoldFormatError(f"the text of {corpus} {key}={value} has changed (SHA-256)")
            return text
    raise GoldFormatError(f"no article with {key}={value} in {corpus}")


def join_text(document: dict[str, Any], shared: Path = DEFAULT_SHARED) -> dict[str, Any]:
    """A text-free gold document made whole: ``text`` and the ``*_text`` fields filled in."""
    if "text" in document or "text_ref" not in document:
        return document
    text = resolve_text(document["text_ref"], shared)
    joined = dict(document, text=text)
    attributions = []
    for attribution in document.get("attributions", []):
        attribution = dict(attribution)
        for field in ("content", "source", "cue"):
            span = attribution.get(field)
            if span is not None:
                attribution[f"{field}_text"] = text[span[0] : span[1]]
        attributions.append(attribution)
    joined["attributions"] = attributions
    return joined


def strip_text(document: dict[str, Any], reference: dict[str, Any]) -> dict[str, Any]:
    """The text-free form of a gold document (for storing in this repository)."""
    stripped = {k: v for k, v in document.items() if k not in {"text", "title"}}
    stripped["text_ref"] = dict(reference, sha256=text_sha256(document["text"]))
    stripped["attributions"] = [
        {k: v for k, v in attribution.items() if not k.endswith("_text")}
        for attribution in document.get("attributions", [])
    ]
    return stripped
