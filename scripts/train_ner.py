"""Train hearsay's Dutch NER model (spaCy tok2vec + ner) on CoNLL-2002 Dutch, on the CPU.

Reads ned.train (training) and ned.testa (development: picks the best model) from
../shared/data/ner/conll2002_nl (research-only data: it is read in place, never copied into
the repository), trains static floret vectors on local unlabelled Dutch text first when the
config uses them (scripts/ner_vectors.py, when build/ner/vectors/model is missing; the shipped
config does, see docs/ner.md), writes spaCy DocBin files and the training output to
build/ner/, and copies the best model to hearsay/models/nl_ner/. Nothing is downloaded; the
seed is fixed in scripts/ner_config.cfg.

    python scripts/train_ner.py
    python scripts/train_ner.py --set training.max_epochs=40 --output build/ner/try
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hearsay.eval.ner import (  # noqa: E402
    Sentence,
    evaluate_ner,
    format_ner_report,
    read_conll_documents,
)

DATA = ROOT / ".." / "shared" / "data" / "ner" / "conll2002_nl"
CONFIG = ROOT / "scripts" / "ner_config.cfg"
BUILD = ROOT / "build" / "ner"
VECTORS = BUILD / "vectors" / "model"
MODEL = ROOT / "hearsay" / "models" / "nl_ner"
MAX_MB = 50

# The unlabelled text of scripts/ner_vectors.py, named in meta.json when the model has vectors.
VECTOR_SOURCES = [
    {
        "name": "DpgMedia2019 articles (vectors only)",
        "url": "https://github.com/dpgmedia/partisan-news2019",
        "license": "none stated; research use only",
    },
    {
        "name": "Greta Thunberg news articles, Dutch (vectors only)",
        "url": "https://github.com/JonaBenja/greta_thunberg_sentiment",
        "license": "unknown; research use only",
    },
    {
        "name": "MEANTIME corpus, Dutch section (Minard et al. 2016; vectors only)",
        "license": "CC BY 4.0",
    },
]

# No space before these tokens, none after the opening ones: only for a readable doc.text,
# the model's features do not see whitespace.
NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "]", "}", "%", "'s"}
NO_SPACE_AFTER = {"(", "[", "{"}


def spaces_for(tokens: list[str]) -> list[bool]:
    spaces = [True] * len(tokens)
    for index, token in enumerate(tokens):
        if token in NO_SPACE_AFTER:
            spaces[index] = False
        if index and token in NO_SPACE_BEFORE:
            spaces[index - 1] = False
    spaces[-1] = False
    return spaces


def sentences_to_doc(vocab, sentences: list[Sentence]) -> Doc:
    """One Doc of consecutive sentences, with gold entities (IOB2) and sentence starts."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    starts: list[bool] = []
    for sentence in sentences:
        words += sentence.tokens
        sentence_spaces = spaces_for(sentence.tokens)
        sentence_spaces[-1] = True
        spaces += sentence_spaces
        tags += sentence.tags
        starts += [True] + [False] * (len(sentence.tokens) - 1)
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, ents=tags, sent_starts=starts)


def convert(source: Path, target: Path, per_doc: int) -> tuple[int, int]:
    """CoNLL file -> DocBin, one Doc per ``per_doc`` sentences within each article."""
    nlp = spacy.blank("nl")
    docbin = DocBin(attrs=["ENT_IOB", "ENT_TYPE", "SENT_START"], store_user_data=False)
    sentences = tokens = 0
    for document in read_conll_documents(source):
        for first in range(0, len(document), per_doc):
            chunk = document[first : first + per_doc]
            docbin.add(sentences_to_doc(nlp.vocab, chunk))
            sentences += len(chunk)
            tokens += sum(len(s.tokens) for s in chunk)
    target.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(target)
    return sentences, tokens


def uses_static_vectors(config_path: Path, overrides: dict[str, object]) -> bool:
    """Whether the config (with the command line's overrides) embeds static vectors."""
    config = spacy.util.load_config(config_path, overrides=overrides, interpolate=False)
    return bool(config["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"])


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder with ned.train/testa")
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--build", type=Path, default=BUILD, help="DocBins and training output")
    parser.add_argument("--output", type=Path, default=MODEL, help="where the best model goes")
    parser.add_argument(
        "--vectors",
        type=Path,
        default=VECTORS,
        help="spaCy folder with the floret vectors (built by scripts/ner_vectors.py if missing)",
    )
    parser.add_argument("--per-doc", type=int, default=10, help="sentences per training Doc")
    parser.add_argument(
        "--testb",
        action="store_true",
        help="also score ned.testb (only for the final model: choices are made on testa)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="config override, e.g. training.max_epochs=40 (repeatable)",
    )
    args = parser.parse_args()

    for name in ("ned.train", "ned.testa"):
        if not (args.data / name).exists():
            raise SystemExit(f"{args.data / name} is missing: put ../shared beside the project")
    train_path, dev_path = args.build / "train.spacy", args.build / "dev.spacy"
    for name, target in (("ned.train", train_path), ("ned.testa", dev_path)):
        sentences, tokens = convert(args.data / name, target, args.per_doc)
        print(f"{name}: {sentences} sentences, {tokens} tokens -> {target}", flush=True)

    overrides: dict[str, object] = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    for item in args.set:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    # The floret vectors only when the model uses them: otherwise they would sit unused (20 MB)
    # in the model's vocab.
    if uses_static_vectors(args.config, overrides):
        if not (args.vectors / "config.cfg").exists():
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "ner_vectors.py")]
                + ["--build", str(args.vectors.parent)],
                check=True,
            )
        overrides["paths.vectors"] = str(args.vectors)

    from spacy.cli.train import train

    run_dir = args.build / "run"
    started = time.time()
    train(args.config, run_dir, overrides=overrides, use_gpu=-1)
    print(f"trained in {(time.time() - started) / 60:.1f} min", flush=True)

    best = run_dir / "model-best"
    if args.output.exists():
        shutil.rmtree(args.output)
    shutil.copytree(best, args.output)
    meta_path = args.output / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    conll = {
        "name": "CoNLL-2002 Dutch (De Morgen, 2000)",
        "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
        "license": "research use only",
    }
    description = (
        "hearsay's Dutch NER (PER, ORG, LOC, MISC): spaCy tok2vec + ner, "
        "trained on CoNLL-2002 Dutch (ned.train; best on ned.testa)"
    )
    if "paths.vectors" in overrides:
        description += (
            ", with floret subword vectors trained on local unlabelled Dutch news text "
            "(scripts/ner_vectors.py)."
        )
        sources = [conll, *VECTOR_SOURCES]
    else:
        description += ", no vectors."
        sources = [conll]
    meta.update(name="nl_ner", version="0.1.0", description=description, sources=sources)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    size = folder_mb(args.output)
    print(f"model -> {args.output} ({size:.1f} MB)", flush=True)
    if size > MAX_MB:
        raise SystemExit(f"the model is {size:.1f} MB, over the {MAX_MB} MB limit")

    model = spacy.load(args.output)
    print(format_ner_report(evaluate_ner(args.data / "ned.testa", model)), flush=True)
    testb = args.data / "ned.testb"
    if args.testb and testb.exists():
        print(format_ner_report(evaluate_ner(testb, model)), flush=True)


if __name__ == "__main__":
    main()
