"""Select the articles of the project's own dev gold, deterministically.

Reads the corpora in ../shared, leaves out the articles of RESERVED.txt (kept for blind
evaluation) and those already in ../shared/data/gold, and draws a fixed sample per corpus.
Writes the selection (references only, no text) to dev/gold/SELECTION.tsv and, for the
annotators, one task file per batch with the texts to a folder OUTSIDE the repository.

    python scripts/select_dev_articles.py --tasks /work/annot/tasks
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from hearsay.eval.corpora import corpus_records, text_sha256

SHARED = Path("../shared")
# corpus -> (how many for dev, how many held out, the record key, id prefix)
PLAN = {
    "showbiz_nl": (13, 5, "id", "showbiz-"),
    "dpgmedia2019": (10, 4, "id", "dpg-"),
    "greta_nl": (6, 2, "URL", "greta-r"),
    "meantime_nl": (4, 1, "doc", "meantime-r"),
}
TEXT_FIELD = {
    "showbiz_nl": "text",
    "dpgmedia2019": "text",
    "greta_nl": "Text",
    "meantime_nl": "raw",
}
SEED = 20261127


def reserved() -> set[str]:
    keys = set()
    for line in (SHARED / "data/corpora/RESERVED.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            keys.add(line.split(None, 1)[1].strip())
    return keys


def existing_gold_texts() -> set[str]:
    return {
        text_sha256(json.loads(path.read_text(encoding="utf-8"))["text"])
        for path in (SHARED / "data/gold").glob("*.json")
    }


def usable(text: str) -> bool:
    """Long enough to hold attributions, short enough to annotate whole."""
    return 900 <= len(text) <= 4200 and any(
        m in text for m in ("zegt", "volgens", "“", '"', "'", "‘")
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=Path, required=True, help="folder outside the repo")
    parser.add_argument("--batches", type=int, default=5)
    args = parser.parse_args()
    blocked = reserved()
    seen = existing_gold_texts()
    rng = random.Random(SEED)
    rows = []
    for corpus, (n_dev, n_heldout, key, prefix) in PLAN.items():
        records = corpus_records(corpus, SHARED)
        candidates = []
        for index, record in enumerate(records):
            value = str(record.get(key))
            text = record[TEXT_FIELD[corpus]]
            if value in blocked or text_sha256(text) in seen or not usable(text):
                continue
            candidates.append((index, record))
        rng.shuffle(candidates)
        chosen = candidates[: n_dev + n_heldout]
        for position, (index, record) in enumerate(chosen):
            value = str(record.get(key))
            uid = prefix + (value if corpus in {"showbiz_nl", "dpgmedia2019"} else str(index))
            if corpus == "showbiz_nl":
                uid = value if value.startswith("showbiz-") else prefix + value
            split = "heldout" if position < n_heldout else "dev"
            text = record[TEXT_FIELD[corpus]]
            date = (
                record.get("date") or record.get("published_at") or record.get("Publication Date")
            )
            date = date or record.get("creationtime", "")[:10] or None
            rows.append(
                {
                    "id": uid,
                    "corpus": corpus,
                    "key": key,
                    "value": value,
                    "split": split,
                    "date": date,
                    "title": record.get("title") or record.get("Title"),
                    "sha256": text_sha256(text),
                    "text": text,
                }
            )
    selection = Path("dev/gold/SELECTION.tsv")
    with selection.open("w", encoding="utf-8") as stream:
        stream.write(
            "# The articles of the dev gold: references only (the texts stay in ../shared).\n"
        )
        stream.write("id\tcorpus\tkey\tvalue\tsplit\tsha256\n")
        for row in rows:
            stream.write(
                "\t".join(row[k] for k in ("id", "corpus", "key", "value", "split", "sha256"))
                + "\n"
            )
    args.tasks.mkdir(parents=True, exist_ok=True)
    order = sorted(rows, key=lambda row: (row["split"] != "heldout", row["id"]))
    rng.shuffle(order)
    for batch in range(args.batches):
        with (args.tasks / f"batch-{batch + 1}.jsonl").open("w", encoding="utf-8") as stream:
            for row in order[batch :: args.batches]:
                stream.write(
                    json.dumps({k: v for k, v in row.items() if k != "split"}, ensure_ascii=False)
                    + "\n"
                )
    print(f"{len(rows)} articles selected ({sum(r['split'] == 'heldout' for r in rows)} held out)")


if __name__ == "__main__":
    main()
