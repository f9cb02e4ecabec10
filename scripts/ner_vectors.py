"""Train the static subword vectors of hearsay's Dutch NER model on unlabelled local Dutch text.

floret (fastText with hashed subwords; spaCy's ``--mode floret``) learns vectors from the
text gathered below, so every word, seen or not, gets a vector from its character n-grams in
a fixed-size table. Nothing is downloaded. The text, read in place from ../shared/data:

- the tokens of CoNLL-2002 ``ned.train`` (research use only; ``testa``/``testb`` are left out);
- DpgMedia2019 articles (``dpgmedia2019``; no licence stated: research only);
- the Greta Thunberg articles (``greta_nl``; licence unknown: research only);
- the MEANTIME Dutch Wikinews translations (``meantime_nl``; CC BY 4.0).

Left out: every article in ``corpora/RESERVED.txt`` (blind evaluation), every article with
gold annotations in ``data/gold`` (evaluation), and ``showbiz_nl``, whose notes allow
development and evaluation only.

    python scripts/ner_vectors.py   # -> build/ner/vectors/{corpus.txt,vectors.floret,model}
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hearsay.eval.ner import read_conll_documents  # noqa: E402

SHARED_DATA = ROOT / ".." / "shared" / "data"
BUILD = ROOT / "build" / "ner" / "vectors"

# floret settings: a 100-wide, 50,000-row table (20 MB) is enough for ~1.5M words of text and
# keeps the shipped model far under its 50 MB limit.
DIM = 100
BUCKETS = 50_000
EPOCHS = 20
MIN_N, MAX_N = 4, 5
HASH_COUNT = 2


def reserved_keys(data: Path) -> set[str]:
    """'dpgmedia2019 ID' / 'greta_nl URL' keys that must not be trained on."""
    keys = set()
    for line in (data / "corpora" / "RESERVED.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keys.add(line)
    for gold in sorted((data / "gold").glob("*.json")):
        record = json.loads(gold.read_text(encoding="utf-8"))
        if record.get("id", "").startswith("dpg-"):
            keys.add(f"dpgmedia2019 {record['id'][4:]}")
        if record.get("url"):
            keys.add(f"greta_nl {record['url']}")
    return keys


def unlabelled_texts(data: Path, skip: set[str]) -> list[tuple[str, str]]:
    """(source, text) of every article that may be trained on."""
    texts: list[tuple[str, str]] = []
    for document in read_conll_documents(data / "ner" / "conll2002_nl" / "ned.train"):
        texts += [("conll2002 ned.train", " ".join(s.tokens)) for s in document]
    dpg = data / "corpora" / "dpgmedia2019" / "dpgMedia2019-articles-byarticle-all.jsonl"
    seen: set[str] = set()
    with dpg.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            key = f"dpgmedia2019 {record['id']}"
            if key in skip or key in seen:
                continue
            seen.add(key)
            texts.append(("dpgmedia2019", f"{record.get('title', '')}\n{record.get('text', '')}"))
    with (data / "corpora" / "greta_nl" / "nl_greta_overview.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if f"greta_nl {row.get('URL', '')}" in skip:
                continue
            texts.append(("greta_nl", f"{row.get('Title', '')}\n{row.get('Text', '')}"))
    meantime = data / "corpora" / "meantime_nl" / "meantime_nl_documents.jsonl"
    with meantime.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            texts.append(("meantime_nl", record.get("raw", "")))
    return texts


def write_corpus(texts: list[tuple[str, str]], target: Path) -> int:
    """One paragraph a line, tokenized as hearsay's NER model tokenizes (spaCy Dutch)."""
    import spacy

    tokenizer = spacy.blank("nl").tokenizer
    words = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        for _source, text in texts:
            for paragraph in re.split(r"\n+", text):
                tokens = [t.text for t in tokenizer(paragraph) if not t.is_space]
                if tokens:
                    out.write(" ".join(tokens) + "\n")
                    words += len(tokens)
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="../shared/data")
    parser.add_argument("--build", type=Path, default=BUILD)
    # One thread: floret's result then depends on the text and settings only (reproducible).
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    texts = unlabelled_texts(args.data, reserved_keys(args.data))
    corpus = args.build / "corpus.txt"
    words = write_corpus(texts, corpus)
    counts: dict[str, int] = {}
    for source, _ in texts:
        counts[source] = counts.get(source, 0) + 1
    print(f"{words:,} words of text ({counts}) -> {corpus}", flush=True)

    import floret

    model = floret.train_unsupervised(
        str(corpus),
        model="cbow",
        mode="floret",
        dim=DIM,
        bucket=BUCKETS,
        epoch=EPOCHS,
        minCount=2,
        minn=MIN_N,
        maxn=MAX_N,
        hashCount=HASH_COUNT,
        thread=args.threads,
    )
    floret_path = args.build / "vectors.floret"
    model.save_floret_vectors(str(floret_path))
    spacy_dir = args.build / "model"
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "nl", str(floret_path), str(spacy_dir)]
        + ["--mode", "floret", "--name", "hearsay_nl_floret"],
        check=True,
    )
    print(f"vectors -> {spacy_dir}", flush=True)


if __name__ == "__main__":
    main()
