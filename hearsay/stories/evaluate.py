"""Story clusters scored against corpus labels: B-cubed precision, recall and F1.

The labelled corpora are topics, not stories: MEANTIME's four Wikinews collections (Airbus
and Boeing, Apple, General Motors, stock markets; 30 articles each, 2004-2013) and 101 Dutch
articles about Greta Thunberg (2019-2020). A story found by hearsay should stay inside one
label (B-cubed *precision* is the sanity check); recall is low by design, since one topic is
many stories over the years (and undated articles are compared with nothing).

B-cubed (Bagga & Baldwin 1998): for every item, precision is the share of its cluster that
has its label, recall the share of its label that is in its cluster; both are averaged over
the items, and F1 is the harmonic mean of the averages.

The corpora are read in place (``../shared/data/corpora``) and ingested into a throwaway
SQLite store, exactly as ``hearsay ingest`` would; nothing of them is kept.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MEANTIME_FILE = Path("data/corpora/meantime_nl/meantime_nl_documents.jsonl")
GRETA_FILE = Path("data/corpora/greta_nl/nl_greta_overview.tsv")


@dataclass
class BCubed:
    precision: float
    recall: float
    f1: float
    items: int
    clusters: int
    labels: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "items": self.items,
            "clusters": self.clusters,
            "labels": self.labels,
        }


def item_scores(
    clusters: Mapping[Hashable, Hashable], labels: Mapping[Hashable, Hashable]
) -> dict[Hashable, tuple[float, float]]:
    """``item -> (precision, recall)`` of every labelled item.

    ``labels`` says which items are scored; an item that ``clusters`` does not place is a
    cluster of its own. Items in ``clusters`` without a label are ignored.
    """
    cluster_of = {
        item: ("cluster", clusters[item]) if item in clusters else ("alone", item)
        for item in labels
    }
    cluster_size = Counter(cluster_of.values())
    label_size = Counter(labels.values())
    both = Counter((cluster_of[item], labels[item]) for item in labels)
    return {
        item: (
            both[cluster_of[item], labels[item]] / cluster_size[cluster_of[item]],
            both[cluster_of[item], labels[item]] / label_size[labels[item]],
        )
        for item in labels
    }


def bcubed(clusters: Mapping[Hashable, Hashable], labels: Mapping[Hashable, Hashable]) -> BCubed:
    """B-cubed precision, recall and F1 of ``clusters`` (item -> cluster) against ``labels``
    (item -> label), over the labelled items.

    >>> bcubed({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "x"}).precision
    1.0
    """
    scores = item_scores(clusters, labels)
    if not scores:
        return BCubed(0.0, 0.0, 0.0, 0, 0, 0)
    precision = sum(p for p, _ in scores.values()) / len(scores)
    recall = sum(r for _, r in scores.values()) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    placed = {clusters.get(item, ("alone", item)) for item in labels}
    return BCubed(precision, recall, f1, len(scores), len(placed), len(set(labels.values())))


# --- the labelled corpora ---------------------------------------------------------------


def load_meantime(path: Path) -> list[dict[str, Any]]:
    """MEANTIME's Dutch documents as ingest records, labelled with their collection."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            records.append(
                {
                    "id": f"meantime:{row['doc']}",
                    "date": (row.get("creationtime") or "")[:10] or None,
                    "title": row.get("title"),
                    "outlet": "Wikinews",
                    "text": row["raw"],
                    "label": row["corpus"],
                }
            )
    return records


def load_greta(path: Path) -> list[dict[str, Any]]:
    """The Greta Thunberg articles (tab-separated) as ingest records, all labelled ``greta``."""
    csv.field_size_limit(sys.maxsize)
    records = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=1):
            text = (row.get("Text") or "").strip()
            if not text:
                continue
            records.append(
                {
                    "id": f"greta:{number}",
                    "date": (row.get("Publication Date") or "").strip() or None,
                    "title": (row.get("Title") or "").strip() or None,
                    "outlet": (row.get("Publisher") or "").strip() or None,
                    "url": row.get("URL"),
                    "text": text,
                    "label": "greta",
                }
            )
    return records


def labelled_records(shared: Path) -> list[dict[str, Any]]:
    return load_meantime(shared / MEANTIME_FILE) + load_greta(shared / GRETA_FILE)


# --- the evaluation ---------------------------------------------------------------------


def evaluate_stories(
    shared: Path = Path("../shared"), *, workers: int | None = None, db: str | None = None
) -> dict[str, Any]:
    """Ingest the labelled corpora into a store (``db``, else a throwaway one) and score its
    stories against the labels. Returns the scores, per label and overall, and the stories
    that cross labels."""
    from hearsay.store import ingest, open_store

    records = labelled_records(shared)
    label_of = {record["id"]: record["label"] for record in records}
    with tempfile.TemporaryDirectory(prefix="hearsay-eval-stories-") as folder:
        corpus = Path(folder) / "labelled.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        url = db or str(Path(folder) / "stories.db")
        with open_store(url) as store:
            result = ingest([corpus], store, workers=workers)
            rows = store.db.query("SELECT ext_id, story_id, title, date FROM articles")
    stored = {row["ext_id"]: row for row in rows if row["ext_id"] in label_of}
    clusters = {item: row["story_id"] for item, row in stored.items()}
    return score_clusters(clusters, label_of, stored, seconds=result.seconds)


def score_clusters(
    clusters: Mapping[str, Hashable],
    labels: Mapping[str, str],
    info: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    seconds: float | None = None,
) -> dict[str, Any]:
    """Overall and per-label B-cubed, cluster sizes and the clusters that cross labels."""
    overall = bcubed(clusters, labels)
    scores = item_scores(clusters, labels)
    per_label: dict[str, dict[str, Any]] = {}
    by_label: dict[str, list[str]] = defaultdict(list)
    for item, label in labels.items():
        by_label[label].append(item)
    for label, items in sorted(by_label.items()):
        precision = sum(scores[item][0] for item in items) / len(items)
        recall = sum(scores[item][1] for item in items) / len(items)
        per_label[label] = {
            "articles": len(items),
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "stories": len({clusters.get(item, ("alone", item)) for item in items}),
        }
    members: dict[Hashable, list[str]] = defaultdict(list)
    for item in labels:
        if item in clusters:
            members[clusters[item]].append(item)
    sizes = Counter(len(items) for items in members.values())
    crossing = []
    for cluster, items in sorted(members.items(), key=lambda pair: str(pair[0])):
        found = Counter(labels[item] for item in items)
        if len(found) > 1:
            crossing.append(
                {
                    "story": cluster,
                    "labels": dict(found),
                    "articles": [
                        f"{item} {(info or {}).get(item, {}).get('title') or ''}".strip()
                        for item in sorted(items)
                    ],
                }
            )
    result: dict[str, Any] = {
        **overall.to_dict(),
        "multi_article_stories": sum(n for size, n in sizes.items() if size > 1),
        "largest_story": max(sizes) if sizes else 0,
        "stories_crossing_labels": len(crossing),
        "per_label": per_label,
        "crossing": crossing,
    }
    if seconds is not None:
        result["ingest_seconds"] = round(seconds, 1)
    return result


def format_report(result: Mapping[str, Any]) -> str:
    lines = [
        f"{'label':<16} {'articles':>8} {'stories':>8} {'B3 prec':>8} {'B3 rec':>8}",
    ]
    for label, row in result["per_label"].items():
        lines.append(
            f"{label:<16} {row['articles']:>8} {row['stories']:>8} "
            f"{row['precision']:>8.3f} {row['recall']:>8.3f}"
        )
    lines.append(
        f"{'all':<16} {result['items']:>8} {result['clusters']:>8} "
        f"{result['precision']:>8.3f} {result['recall']:>8.3f}   F1 {result['f1']:.3f}"
    )
    lines.append(
        f"{result['multi_article_stories']} stories of several articles (largest "
        f"{result['largest_story']}); {result['stories_crossing_labels']} cross labels"
    )
    for story in result["crossing"]:
        lines.append(f"  story {story['story']} {story['labels']}:")
        lines.extend(f"    {article}" for article in story["articles"])
    return "\n".join(lines)
