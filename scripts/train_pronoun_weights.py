"""Fit the weights that pick the person a pronoun source refers to, on gold annotations.

The analyser scores every person named before a pronoun source ("hij zei", "volgens haar")
by a weighted sum of clues (``hearsay/lang/<code>/pronoun_weights.tsv``). This script runs
the analyser over gold articles, records each pronoun's candidates with their clues, labels
the candidate that matches the gold ``source_entity``, and fits the weights by coordinate
ascent on the share of pronouns whose best-scored candidate is right. It reports that share
for the current weights and the fitted ones, also by five-fold cross-validation over the
articles (fit on four fifths, count on the fifth), which is the figure to trust.

    python scripts/train_pronoun_weights.py dev/gold/dev
    python scripts/train_pronoun_weights.py dev/gold/dev --write

Only fit on the dev part of the gold: the held-out part checks the result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hearsay.eval.attributions import (  # noqa: E402
    _is_pronoun_source,
    _span,
    _words_agree,
    load_gold,
    word_set,
)
from hearsay.eval.runner import predict_gold  # noqa: E402
from hearsay.lang import LANG_ROOT, load_language  # noqa: E402
from hearsay.nlp import sources  # noqa: E402

# One pronoun: the clues of each candidate, in the analyser's order, and which are right.
Instance = tuple[list[dict[str, int]], list[bool]]
# The weight whose value is fixed: ranking is unchanged when all weights are scaled.
FIXED = "distance"
GRID = range(-1500, 2001, 50)


def collect(gold_path: str, shared: str) -> tuple[list[tuple[str, Instance]], int]:
    """Instances (article id, candidates) of every gold pronoun source the analyser tried to
    resolve with a right candidate among those it weighed, and the number of gold pronoun
    sources in all."""
    instances: list[tuple[str, Instance]] = []
    total = 0
    for gold in load_gold(gold_path, shared=shared):
        trace: sources.PronounTrace = []
        sources.PRONOUN_TRACE = trace
        try:
            predict_gold([gold])
        finally:
            sources.PRONOUN_TRACE = None
        for attribution in gold["attributions"]:
            wanted = word_set(attribution.get("source_entity"))
            if attribution.get("optional") or not _is_pronoun_source(attribution) or not wanted:
                continue
            total += 1
            span = _span(attribution.get("source"))
            if span is None:
                continue
            for position, _pronoun, candidates, _chosen in trace:
                if span[0] <= position < span[1]:
                    right = [_words_agree(word_set(c.name), wanted) for c, _ in candidates]
                    if any(right):
                        instances.append((str(gold["id"]), ([f for _, f in candidates], right)))
                    break
    return instances, total


def score(features: dict[str, int], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def correct(instances: list[Instance], weights: dict[str, float]) -> int:
    """How many instances have a right candidate first (ties go to the earlier, as in the
    analyser)."""
    count = 0
    for candidates, right in instances:
        scores = [score(features, weights) for features in candidates]
        count += right[scores.index(max(scores))]
    return count


def fit(instances: list[Instance], start: dict[str, float], passes: int = 4) -> dict[str, float]:
    """Coordinate ascent: each weight in turn takes the grid value that gets most instances
    right, keeping the current value on a tie (no change without a gain)."""
    weights = dict(start)
    best = correct(instances, weights)
    for _ in range(passes):
        changed = False
        for name in sorted(weights):
            if name == FIXED:
                continue
            for value in GRID:
                trial = {**weights, name: float(value)}
                count = correct(instances, trial)
                if count > best:
                    best, weights, changed = count, trial, True
        if not changed:
            break
    return weights


def write_weights(path: Path, weights: dict[str, float]) -> None:
    """Replace the weight column of the TSV, keeping its comments and order."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name = line.split("\t")[0]
            line = f"{name}\t{weights[name]:g}"
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", help="gold folders or files (the dev part only)")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--shared", default=str(ROOT / ".." / "shared"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    args = parser.parse_args()

    found: list[tuple[str, Instance]] = []
    total = 0
    for gold_path in args.gold:
        instances, count = collect(gold_path, args.shared)
        found += instances
        total += count
    current = dict(load_language(args.lang).pronoun_weights)
    instances = [instance for _, instance in found]
    print(f"gold pronoun sources: {total}; with a right candidate weighed: {len(instances)}")
    print(f"current weights: {correct(instances, current)}/{len(instances)} right")

    articles = sorted({article for article, _ in found})
    held_current = held_fitted = 0
    for fold in range(args.folds):
        test_articles = set(articles[fold :: args.folds])
        train = [inst for article, inst in found if article not in test_articles]
        test = [inst for article, inst in found if article in test_articles]
        fitted = fit(train, current)
        held_current += correct(test, current)
        held_fitted += correct(test, fitted)
    print(
        f"{args.folds}-fold cross-validation: current {held_current}, "
        f"fitted {held_fitted} of {len(instances)}"
    )
    fitted = fit(instances, current)
    print(f"fitted on all: {correct(instances, fitted)}/{len(instances)} right")
    for name in current:
        if fitted[name] != current[name]:
            print(f"  {name}: {current[name]:g} -> {fitted[name]:g}")
    if args.write:
        path = LANG_ROOT / args.lang / "pronoun_weights.tsv"
        write_weights(path, fitted)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
