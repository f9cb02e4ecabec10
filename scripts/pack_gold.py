"""Store annotations in the repository without the article text.

Takes gold files made by ../shared/tools/goldify.py (offsets plus the full text), looks each
up in dev/gold/SELECTION.tsv, checks the text's SHA-256, and writes the text-free form to
dev/gold/<split>/<id>.json (or to --out), keeping offsets and labels only.

    python scripts/pack_gold.py /work/annot/batch-1/*.json
    python scripts/pack_gold.py --out dev/agreement /work/annot/batch-6-agreement/*.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hearsay.eval.corpora import strip_text, text_sha256

SELECTION = Path("dev/gold/SELECTION.tsv")


def selection() -> dict[str, dict[str, str]]:
    lines = [
        line
        for line in SELECTION.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    header = lines[0].split("\t")
    return {
        row["id"]: row
        for row in (dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:])
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="folder instead of dev/gold/<split>")
    parser.add_argument("--annotator", default=None)
    args = parser.parse_args()
    chosen = selection()
    for path in args.files:
        if path.name.endswith(".readable.json"):
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        row = chosen.get(document["id"])
        if row is None:
            raise SystemExit(f"{path}: {document['id']} is not in {SELECTION}")
        if text_sha256(document["text"]) != row["sha256"]:
            raise SystemExit(f"{path}: the text differs from the selected article (SHA-256)")
        reference = {"corpus": row["corpus"], "key": row["key"], "value": row["value"]}
        packed = strip_text(document, reference)
        packed.pop("publisher", None)
        if args.annotator:
            packed["annotator"] = args.annotator
        folder = args.out or Path("dev/gold") / row["split"]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{document['id']}.json"
        target.write_text(json.dumps(packed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{target}: {len(packed['attributions'])} attributions")


if __name__ == "__main__":
    main()
