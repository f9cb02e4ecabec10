"""Select the articles of the project's own dev gold, deterministically.

Reads the corpora in ../shared, leaves out the articles of RESERVED.txt (kept for blind
evaluation) and those already in ../shared/data/gold, and draws a fixed sample per corpus.
Writes the selection (references only, no text) to dev/gold/SELECTION.tsv and, for the
annotators, one task file per batch with the texts to a folder OUTSIDE the repository.

    python scripts/select_dev_articles.py --tasks /work/annot/tasks
    python scripts/select_dev_articles.py --tasks /work/annot/tasks --extend showbiz_nl=14 \\
        --extend dpgmedia2019=6 --first-batch 10 --batches 2

With --extend, the existing selection is kept as it is and new tuning ("dev") articles are
drawn from the rest of each named corpus; task files are written for the new articles only.
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
SELECTION = Path("dev/gold/SELECTION.tsv")


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
    parser.add_argument(
        "--extend",
        action="append",
        default=[],
        metavar="CORPUS=N",
        help="keep the selection and add N new dev articles from CORPUS",
    )
    parser.add_argument("--first-batch", type=int, default=1, help="number of the first task file")
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="with --extend: the new articles are held out (never tuned on), not dev",
    )
    args = parser.parse_args()
    if args.extend:
        extend(args)
        return
    blocked = reserved()
    seen = existing_gold_texts()
    rng = random.Random(SEED)
    rows = []
    for corpus, (n_dev, n_heldout, key, prefix) in PLAN.items():
        rows.extend(draw(corpus, key, prefix, n_dev, n_heldout, rng, blocked, seen, set()))
    write_selection(rows, mode="w")
    write_tasks(rows, args.tasks, args.batches, rng, first=args.first_batch)
    print(f"{len(rows)} articles selected ({sum(r['split'] == 'heldout' for r in rows)} held out)")


def extend(args: argparse.Namespace) -> None:
    """Add new tuning articles to the selection without touching the rows already in it."""
    selected = {
        line.split("\t")[5]
        for line in SELECTION.read_text(encoding="utf-8").splitlines()[2:]
        if line.strip()
    }
    # A seed of its own: the new draw must not depend on how the first selection was made.
    rng = random.Random(f"{SEED}-extend-{len(selected)}")
    rows = []
    for item in args.extend:
        corpus, _, count = item.partition("=")
        _, _, key, prefix = PLAN[corpus]
        n_dev, n_heldout = (0, int(count)) if args.heldout else (int(count), 0)
        rows.extend(
            draw(
                corpus,
                key,
                prefix,
                n_dev,
                n_heldout,
                rng,
                reserved(),
                existing_gold_texts(),
                selected,
            )
        )
        selected |= {row["sha256"] for row in rows}
    write_selection(rows, mode="a")
    write_tasks(rows, args.tasks, args.batches, rng, first=args.first_batch)
    split = "held-out" if args.heldout else "dev"
    print(f"{len(rows)} new {split} articles selected")


def draw(
    corpus: str,
    key: str,
    prefix: str,
    n_dev: int,
    n_heldout: int,
    rng: random.Random,
    blocked: set[str],
    seen: set[str],
    selected: set[str],
) -> list[dict]:
    """The first n_heldout + n_dev usable articles of CORPUS in a seeded random order."""
    rows = []
    records = corpus_records(corpus, SHARED)
    candidates = []
    for index, record in enumerate(records):
        value = str(record.get(key))
        text = record[TEXT_FIELD[corpus]]
        digest = text_sha256(text)
        if value in blocked or digest in seen or digest in selected or not usable(text):
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
        date = record.get("date") or record.get("published_at") or record.get("Publication Date")
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
    return rows


def write_selection(rows: list[dict], mode: str) -> None:
    with SELECTION.open(mode, encoding="utf-8") as stream:
        if mode == "w":
            stream.write(
                "# The articles of the dev gold: references only (the texts stay in ../shared).\n"
            )
            stream.write("id\tcorpus\tkey\tvalue\tsplit\tsha256\n")
        for row in rows:
            stream.write(
                "\t".join(row[k] for k in ("id", "corpus", "key", "value", "split", "sha256"))
                + "\n"
            )


def write_tasks(
    rows: list[dict], tasks: Path, batches: int, rng: random.Random, first: int
) -> None:
    """One JSON Lines task file per annotator, with the texts (outside the repository)."""
    tasks.mkdir(parents=True, exist_ok=True)
    order = sorted(rows, key=lambda row: (row["split"] != "heldout", row["id"]))
    rng.shuffle(order)
    for batch in range(batches):
        with (tasks / f"batch-{first + batch}.jsonl").open("w", encoding="utf-8") as stream:
            for row in order[batch::batches]:
                stream.write(
                    json.dumps({k: v for k, v in row.items() if k != "split"}, ensure_ascii=False)
                    + "\n"
                )


if __name__ == "__main__":
    main()
