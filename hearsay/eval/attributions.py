"""Score predicted attributions against gold annotations.

This implements the scoring rules of ``shared/spec/attribution.md`` ("Scoring (the same
rules everywhere)") and nothing looser, so that every figure the project quotes means the
same thing:

* **Content match**: a predicted and a gold attribution match on content when their spans
  overlap by at least half of the gold span *and* at least half of the predicted span.
  Pairs are matched one-to-one, largest overlap first (greedy over all qualifying pairs).
* **Attribution match**: a content-matched pair whose source agrees (see
  :func:`source_agrees`). Attribution matching is done *on the content-matched pairs*: the
  one-to-one matching is decided on content alone, then the source is checked on each
  matched pair. A prediction whose content is right but whose source is wrong therefore
  counts as a false positive and its gold as missed in the attribution figures; it is not
  re-paired with some other gold attribution.
* **Optional gold** (``"optional": true``) takes part in the one-to-one matching, but it
  counts neither as found nor as missed, and a prediction matched to it is not a false
  positive: both are left out of every count.

Conventions for degenerate cases (chosen so that an empty prediction scores 0.0, never
a division error):

* precision is 0.0 when nothing was predicted, recall is 0.0 when there is no
  (non-optional) gold, and F1 is 0.0 when precision + recall is 0;
* figures that are a ratio over something that may not exist (kind / source-type
  accuracy over zero matched pairs, denial recall with no gold denials, pronoun sources
  resolved with no such gold) are ``None``: undefined, not zero, so that they do not drag
  an average down or look like a failure.

Gold documents are the dicts of ``shared/data/gold/*.json`` (spans as ``[start, end]``);
predicted documents are the analyser's JSON output (spans as ``{"start", "end", "text"}``).
Both span forms are accepted on either side.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hearsay.errors import GoldFormatError

__all__ = [
    "ARTICLES",
    "PRONOUNS",
    "AttributionScores",
    "BreakdownRow",
    "DocumentScore",
    "Pair",
    "ScoreError",
    "content_overlap_match",
    "format_report",
    "gold_to_prediction",
    "load_gold",
    "match_content",
    "score",
    "score_document",
    "source_agrees",
    "span_overlap",
    "word_set",
]

#: Articles dropped from source word sets ("het tijdschrift People" ~ "tijdschrift People").
ARTICLES: frozenset[str] = frozenset({"de", "het", "een"})

#: Source texts that count as pronoun sources for the "pronoun sources resolved" figure.
PRONOUNS: frozenset[str] = frozenset(
    {
        "hij", "zij", "ze", "hem", "haar", "zijn", "hen", "hun", "ik",
        "wij", "we", "je", "jij", "u", "men", "die", "dat",
    }
)  # fmt: skip

# A word is a run of letters/digits (any script, accented letters included; the
# underscore is not a letter). Apostrophes and hyphens *inside* a word keep it together,
# so "FvD'er", "Woman's" and "Geert-Jan" are one word each, while a leading or trailing
# one ("'s", "ex-") is dropped. Typographic variants are normalised first so that
# "Woman’s" and "Woman's" give the same word.
_WORD_RE = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})

_ERROR_SEVERITY = {"missed": 0, "wrong_source": 1, "false_positive": 2}


# --------------------------------------------------------------------------- helpers


def word_set(text: str | None) -> frozenset[str]:
    """The lower-cased words of ``text`` with the articles (de, het, een) removed.

    Unicode is NFC-normalised first, so composed and decomposed accents compare equal.
    """
    if not text:
        return frozenset()
    normal = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).translate(_HYPHENS)
    return frozenset(w for w in _WORD_RE.findall(normal.lower()) if w not in ARTICLES)


def _words_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """One word set a subset of the other; an empty set never agrees (it says nothing)."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def _span(value: Any) -> tuple[int, int] | None:
    """``(start, end)`` from a gold ``[s, e]`` list or a predicted ``{"start", "end"}`` dict."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        return int(value["start"]), int(value["end"])
    start, end = value
    return int(start), int(end)


def _source_text(predicted_attr: Mapping[str, Any]) -> str | None:
    source = predicted_attr.get("source")
    if source is None:
        return None
    if isinstance(source, str):
        return source
    if isinstance(source, Mapping):
        return source.get("text")
    return None


def _is_optional(gold_attr: Mapping[str, Any]) -> bool:
    return bool(gold_attr.get("optional"))


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


# --------------------------------------------------------------------------- matching


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters the half-open ranges ``a`` and ``b`` share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def content_overlap_match(gold_span: Any, predicted_span: Any) -> bool:
    """Whether two content spans match: overlap >= half of each span's length.

    "At least half" is inclusive (``2 * overlap >= length``), so exactly half passes. A
    pair that does not overlap at all never matches, even for empty spans.
    """
    gold, predicted = _span(gold_span), _span(predicted_span)
    if gold is None or predicted is None:
        return False
    overlap = span_overlap(gold, predicted)
    return (
        overlap > 0
        and 2 * overlap >= gold[1] - gold[0]
        and 2 * overlap >= predicted[1] - predicted[0]
    )


def match_content(
    gold_spans: Sequence[Any], predicted_spans: Sequence[Any]
) -> list[tuple[int, int, int]]:
    """One-to-one content matching, largest overlap first.

    Returns ``(gold_index, predicted_index, overlap)`` triples. All qualifying pairs are
    sorted by overlap, descending, and taken greedily when both sides are still free. Ties
    go to the tighter pair (smaller union), so that of two identical gold spans each
    keeps its own exact copy, then to the earlier gold and prediction, for determinism.
    """
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold_spans):
        gold = _span(g)
        for pi, p in enumerate(predicted_spans):
            predicted = _span(p)
            if gold is None or predicted is None or not content_overlap_match(gold, predicted):
                continue
            overlap = span_overlap(gold, predicted)
            union = max(gold[1], predicted[1]) - min(gold[0], predicted[0])
            candidates.append((overlap, union, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int, int]] = []
    for overlap, _union, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi, overlap))
    return sorted(pairs)


def source_agrees(predicted_attr: Mapping[str, Any], gold_attr: Mapping[str, Any]) -> bool:
    """Whether the predicted source agrees with the gold source (spec, "Scoring").

    Candidates on the predicted side: ``source.text`` and ``source_name``; on the gold side:
    ``source_text``, ``source_entity``, ``implied_source`` and ``via``. Any predicted
    candidate agreeing with any gold candidate suffices; two candidates agree when their
    word sets (see :func:`word_set`) are non-empty and one is a subset of the other.

    When the gold source is null, a predicted null source also agrees. That is an extra
    way to agree, not the only one: a predicted non-null source can still agree with a
    null-source gold through ``implied_source``, ``source_entity`` or ``via``.
    """
    if gold_attr.get("source") is None and predicted_attr.get("source") is None:
        return True
    predicted_sets = [
        word_set(_source_text(predicted_attr)),
        word_set(predicted_attr.get("source_name")),
    ]
    gold_sets = [
        word_set(gold_attr.get(key))
        for key in ("source_text", "source_entity", "implied_source", "via")
    ]
    return any(_words_agree(p, g) for p in predicted_sets for g in gold_sets)


def _is_pronoun_source(gold_attr: Mapping[str, Any]) -> bool:
    text = gold_attr.get("source_text")
    return isinstance(text, str) and text.strip().lower() in PRONOUNS


# --------------------------------------------------------------------------- results


@dataclass
class BreakdownRow:
    """Recall for one gold ``kind`` or ``source_type`` (non-optional gold only).

    ``found`` counts attribution matches; ``content_found`` content matches, so the gap
    between the two shows how many were lost on the source alone.
    """

    gold: int = 0
    content_found: int = 0
    found: int = 0

    @property
    def recall(self) -> float | None:
        return _ratio(self.found, self.gold)

    def add(self, other: BreakdownRow) -> None:
        self.gold += other.gold
        self.content_found += other.content_found
        self.found += other.found

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "content_found": self.content_found,
            "found": self.found,
            "recall": self.recall,
        }


@dataclass
class ScoreError:
    """One error to look at: a missed gold, a false positive, or a wrong source.

    ``wrong_source`` is a content-matched pair whose source disagrees: in the attribution
    figures it counts both as a missed gold and as a false positive.
    """

    doc_id: str
    type: str  # "missed" | "false_positive" | "wrong_source"
    content_text: str
    start: int
    end: int
    kind: str | None = None
    source_type: str | None = None
    gold_source: str | None = None  # gold source_text / source_entity / implied_source
    predicted_source: str | None = None  # predicted source.text / source_name
    predicted_content_text: str | None = None  # for wrong_source: the predicted content

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "type": self.type,
            "content_text": self.content_text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "source_type": self.source_type,
            "gold_source": self.gold_source,
            "predicted_source": self.predicted_source,
            "predicted_content_text": self.predicted_content_text,
        }


@dataclass
class AttributionScores:
    """Counts over one or more documents, and the figures derived from them.

    Only counts are stored, so scores of several documents add up exactly (micro-average);
    the figures are properties. ``gold`` and ``predicted`` exclude optional gold and the
    predictions matched to it.
    """

    documents: int = 0
    gold: int = 0  # non-optional gold attributions
    predicted: int = 0  # predictions not matched to optional gold
    content_matched: int = 0  # content-matched pairs with non-optional gold
    matched: int = 0  # attribution-matched pairs (content + source) with non-optional gold
    optional_gold: int = 0
    optional_matched: int = 0  # predictions matched to optional gold (not counted)
    kind_correct: int = 0
    source_type_correct: int = 0
    denials: int = 0
    denials_found: int = 0
    pronoun_sources_total: int = 0
    pronoun_sources_resolved: int = 0
    missing_predictions: int = 0  # gold documents with no prediction (scored as empty)
    by_kind: dict[str, BreakdownRow] = field(default_factory=dict)
    by_source_type: dict[str, BreakdownRow] = field(default_factory=dict)
    errors: list[ScoreError] = field(default_factory=list)

    # -- figures
    @property
    def content_precision(self) -> float:
        return self.content_matched / self.predicted if self.predicted else 0.0

    @property
    def content_recall(self) -> float:
        return self.content_matched / self.gold if self.gold else 0.0

    @property
    def content_f1(self) -> float:
        return _f1(self.content_precision, self.content_recall)

    @property
    def attribution_precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def attribution_recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def attribution_f1(self) -> float:
        """The headline figure."""
        return _f1(self.attribution_precision, self.attribution_recall)

    @property
    def kind_accuracy(self) -> float | None:
        return _ratio(self.kind_correct, self.content_matched)

    @property
    def source_type_accuracy(self) -> float | None:
        return _ratio(self.source_type_correct, self.content_matched)

    @property
    def denial_recall(self) -> float | None:
        return _ratio(self.denials_found, self.denials)

    @property
    def pronoun_sources_ratio(self) -> float | None:
        return _ratio(self.pronoun_sources_resolved, self.pronoun_sources_total)

    # -- combining
    def add(self, other: AttributionScores) -> None:
        """Add ``other``'s counts, breakdowns and errors to this one (in place)."""
        for name in _COUNT_FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        tables = ((self.by_kind, other.by_kind), (self.by_source_type, other.by_source_type))
        for mine, theirs in tables:
            for key, row in theirs.items():
                mine.setdefault(key, BreakdownRow()).add(row)
        self.errors.extend(other.errors)

    def worst_errors(self, limit: int | None = None) -> list[ScoreError]:
        """Errors worst first: missed gold, then wrong sources, then false positives;
        within a type, longer content first (a long missed quote costs a reader more)."""
        ordered = sorted(
            self.errors,
            key=lambda e: (_ERROR_SEVERITY.get(e.type, 9), -(e.end - e.start), e.doc_id, e.start),
        )
        return ordered if limit is None else ordered[:limit]

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """JSON-serialisable figures and counts; undefined figures are ``None``."""
        result: dict[str, Any] = {
            "attribution_precision": self.attribution_precision,
            "attribution_recall": self.attribution_recall,
            "attribution_f1": self.attribution_f1,
            "content_precision": self.content_precision,
            "content_recall": self.content_recall,
            "content_f1": self.content_f1,
            "kind_accuracy": self.kind_accuracy,
            "source_type_accuracy": self.source_type_accuracy,
            "denial_recall": self.denial_recall,
            "pronoun_sources_resolved": self.pronoun_sources_resolved,
            "pronoun_sources_total": self.pronoun_sources_total,
            "pronoun_sources_ratio": self.pronoun_sources_ratio,
            "denials": self.denials,
            "denials_found": self.denials_found,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "content_matched": self.content_matched,
            "optional_gold": self.optional_gold,
            "optional_matched": self.optional_matched,
            "documents": self.documents,
            "missing_predictions": self.missing_predictions,
            "by_kind": {k: v.to_dict() for k, v in sorted(self.by_kind.items())},
            "by_source_type": {k: v.to_dict() for k, v in sorted(self.by_source_type.items())},
        }
        if errors:
            result["errors"] = [e.to_dict() for e in self.worst_errors()]
        return result


_COUNT_FIELDS: tuple[str, ...] = (
    "documents", "gold", "predicted", "content_matched", "matched", "optional_gold",
    "optional_matched", "kind_correct", "source_type_correct", "denials", "denials_found",
    "pronoun_sources_total", "pronoun_sources_resolved", "missing_predictions",
)  # fmt: skip


@dataclass
class Pair:
    """One content-matched (gold, prediction) pair of a document."""

    gold_index: int
    predicted_index: int
    overlap: int
    optional: bool
    source_agrees: bool
    kind_agrees: bool
    source_type_agrees: bool


@dataclass
class DocumentScore:
    """The outcome for one document: the pairs, what stayed unmatched, and the counts.

    ``missed_gold`` holds non-optional gold indices without a content match (unmatched
    optional gold is simply dropped); ``false_positives`` holds prediction indices without
    a content match. Pairs with a disagreeing source are in ``pairs`` with
    ``source_agrees`` false.
    """

    doc_id: str
    pairs: list[Pair]
    missed_gold: list[int]
    false_positives: list[int]
    scores: AttributionScores


# --------------------------------------------------------------------------- scoring


def _gold_source_label(gold_attr: Mapping[str, Any]) -> str | None:
    parts = [gold_attr.get("source_text"), gold_attr.get("source_entity")]
    parts += [gold_attr.get("implied_source"), gold_attr.get("via")]
    labels = list(dict.fromkeys(p for p in parts if p))
    return " / ".join(labels) if labels else None


def _predicted_source_label(predicted_attr: Mapping[str, Any]) -> str | None:
    parts = [_source_text(predicted_attr), predicted_attr.get("source_name")]
    labels = list(dict.fromkeys(p for p in parts if p))
    return " / ".join(labels) if labels else None


def _content_text(attr: Mapping[str, Any], text: str, span: tuple[int, int]) -> str:
    content = attr.get("content")
    if isinstance(content, Mapping) and isinstance(content.get("text"), str):
        return content["text"]
    if isinstance(attr.get("content_text"), str):
        return attr["content_text"]
    return text[span[0] : span[1]]


def score_document(gold: Mapping[str, Any], predicted: Mapping[str, Any] | None) -> DocumentScore:
    """Score one predicted document against its gold document.

    ``predicted`` may be ``None`` (or lack ``attributions``): it then counts as an empty
    prediction. A prediction whose ``text`` differs from the gold text is refused with a
    ``ValueError``: its offsets would index a different string, and scoring them would
    give a meaningless number instead of pointing at the real problem.
    """
    doc_id = str(gold.get("id"))
    text: str = gold.get("text") or ""
    predicted = predicted or {}
    if "text" in predicted and predicted["text"] is not None and predicted["text"] != text:
        raise ValueError(f"document {doc_id}: predicted text differs from gold text")
    gold_attrs: list[Mapping[str, Any]] = list(gold.get("attributions") or [])
    pred_attrs: list[Mapping[str, Any]] = list(predicted.get("attributions") or [])
    gold_spans = [_span(a.get("content")) for a in gold_attrs]
    pred_spans = [_span(a.get("content")) for a in pred_attrs]

    scores = AttributionScores(documents=1)
    pairs: list[Pair] = []
    # One-to-one matching on content first; the source is then checked on each matched
    # pair (attribution matching is done on the content-matched pairs, as the spec says).
    for gi, pi, overlap in match_content(gold_spans, pred_spans):
        g, p = gold_attrs[gi], pred_attrs[pi]
        pairs.append(
            Pair(
                gold_index=gi,
                predicted_index=pi,
                overlap=overlap,
                optional=_is_optional(g),
                source_agrees=source_agrees(p, g),
                kind_agrees=p.get("kind") == g.get("kind"),
                source_type_agrees=p.get("source_type") == g.get("source_type"),
            )
        )
    pair_of_gold = {pair.gold_index: pair for pair in pairs}
    matched_predictions = {pair.predicted_index for pair in pairs}
    missed = [
        gi for gi, g in enumerate(gold_attrs) if gi not in pair_of_gold and not _is_optional(g)
    ]
    false_positives = [pi for pi in range(len(pred_attrs)) if pi not in matched_predictions]

    for gi, g in enumerate(gold_attrs):
        pair = pair_of_gold.get(gi)
        if _is_optional(g):
            scores.optional_gold += 1
            if pair is not None:
                scores.optional_matched += 1
            continue
        scores.gold += 1
        found = pair is not None and pair.source_agrees
        breakdowns = (
            (scores.by_kind, g.get("kind")),
            (scores.by_source_type, g.get("source_type")),
        )
        for table, key in breakdowns:
            row = table.setdefault(str(key), BreakdownRow())
            row.gold += 1
            row.content_found += pair is not None
            row.found += found
        if g.get("stance") == "deny":
            scores.denials += 1
            if found and pair is not None:
                scores.denials_found += pred_attrs[pair.predicted_index].get("stance") == "deny"
        if _is_pronoun_source(g) and word_set(g.get("source_entity")):
            scores.pronoun_sources_total += 1
            if pair is not None and _words_agree(
                word_set(pred_attrs[pair.predicted_index].get("source_name")),
                word_set(g.get("source_entity")),
            ):
                scores.pronoun_sources_resolved += 1
        if pair is None:
            span = gold_spans[gi] or (0, 0)
            scores.errors.append(
                ScoreError(
                    doc_id=doc_id,
                    type="missed",
                    content_text=_content_text(g, text, span),
                    start=span[0],
                    end=span[1],
                    kind=g.get("kind"),
                    source_type=g.get("source_type"),
                    gold_source=_gold_source_label(g),
                )
            )
            continue
        p = pred_attrs[pair.predicted_index]
        scores.content_matched += 1
        scores.matched += pair.source_agrees
        scores.kind_correct += pair.kind_agrees
        scores.source_type_correct += pair.source_type_agrees
        if not pair.source_agrees:
            span = gold_spans[gi] or (0, 0)
            scores.errors.append(
                ScoreError(
                    doc_id=doc_id,
                    type="wrong_source",
                    content_text=_content_text(g, text, span),
                    start=span[0],
                    end=span[1],
                    kind=g.get("kind"),
                    source_type=g.get("source_type"),
                    gold_source=_gold_source_label(g),
                    predicted_source=_predicted_source_label(p),
                    predicted_content_text=_content_text(
                        p, text, pred_spans[pair.predicted_index] or (0, 0)
                    ),
                )
            )

    scores.predicted = len(pred_attrs) - scores.optional_matched
    for pi in false_positives:
        p = pred_attrs[pi]
        span = pred_spans[pi] or (0, 0)
        scores.errors.append(
            ScoreError(
                doc_id=doc_id,
                type="false_positive",
                content_text=_content_text(p, text, span),
                start=span[0],
                end=span[1],
                kind=p.get("kind"),
                source_type=p.get("source_type"),
                predicted_source=_predicted_source_label(p),
            )
        )
    return DocumentScore(
        doc_id=doc_id,
        pairs=pairs,
        missed_gold=missed,
        false_positives=false_positives,
        scores=scores,
    )


def score(
    golds: Iterable[Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]]
) -> AttributionScores:
    """Micro-averaged scores over all gold documents.

    ``predictions`` maps document id to predicted document. A gold document with no
    prediction is scored as an empty prediction (and counted in ``missing_predictions``),
    so a run that drops documents cannot look better than one that keeps them.
    Predictions for ids that are not in the gold set are ignored.
    """
    total = AttributionScores()
    for gold in golds:
        doc_id = str(gold.get("id"))
        predicted = predictions.get(doc_id)
        result = score_document(gold, predicted).scores
        if predicted is None:
            result.missing_predictions += 1
        total.add(result)
    return total


# --------------------------------------------------------------------------- I/O


def load_gold(path: str | Path, shared: str | Path = "../shared") -> list[dict[str, Any]]:
    """Gold documents from a folder (every ``*.json`` below it, sorted) or from one file.

    Text-free gold (the project's own, ``dev/gold``) is joined with the article text from
    the corpora in ``shared`` (see :mod:`hearsay.eval.corpora`).

    Files ending in ``.readable.json`` are skipped: they are human-readable renderings of
    the same documents and would otherwise be scored twice. A file may hold one document,
    a list of documents, or (``.jsonl``) one document per line.
    """
    path = Path(path)
    if not path.exists():
        raise GoldFormatError(f"no gold file or folder at {path}")
    if path.is_dir():
        files = sorted(
            f for f in path.rglob("*.json") if f.is_file() and not f.name.endswith(".readable.json")
        )
    else:
        files = [path]
    documents: list[dict[str, Any]] = []
    for file in files:
        try:
            if file.suffix == ".jsonl":
                with file.open(encoding="utf-8") as handle:
                    documents.extend(json.loads(line) for line in handle if line.strip())
                continue
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise GoldFormatError(f"cannot read gold file {file}: {error}") from error
        documents.extend(data if isinstance(data, list) else [data])
    from hearsay.eval.corpora import join_text

    documents = [join_text(d, Path(shared)) if isinstance(d, dict) else d for d in documents]
    for document in documents:
        if (
            not isinstance(document, dict)
            or "text" not in document
            or "attributions" not in document
        ):
            raise GoldFormatError(f"a gold document in {path} lacks 'text' or 'attributions'")
    if not documents:
        raise GoldFormatError(f"no gold documents in {path}")
    return documents


def gold_to_prediction(gold: Mapping[str, Any]) -> dict[str, Any]:
    """A gold document rewritten in the analyser's output format: a perfect prediction.

    Useful as a reference in tests and for checking the scorer itself. ``source_name`` is
    the gold ``source_entity`` (falling back to ``implied_source``).
    """
    text: str = gold.get("text") or ""

    def span(value: Any) -> dict[str, Any] | None:
        bounds = _span(value)
        if bounds is None:
            return None
        return {"start": bounds[0], "end": bounds[1], "text": text[bounds[0] : bounds[1]]}

    return {
        "id": gold.get("id"),
        "text": text,
        "attributions": [
            {
                "content": span(a.get("content")),
                "source": span(a.get("source")),
                "source_name": a.get("source_entity") or a.get("implied_source"),
                "source_type": a.get("source_type"),
                "cue": span(a.get("cue")),
                "kind": a.get("kind"),
                "stance": a.get("stance"),
                "via": a.get("via"),
            }
            for a in gold.get("attributions") or []
        ],
    }


# --------------------------------------------------------------------------- report


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:5.1f}%"


def _clip(text: str | None, width: int = 90) -> str:
    if not text:
        return "-"
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_report(scores: AttributionScores, *, max_errors: int = 20) -> str:
    """A plain-text report: headline, figures, breakdowns and the worst errors."""
    s = scores
    lines = [
        f"Attribution F1: {_pct(s.attribution_f1)}   "
        f"({s.documents} documents, {s.gold} gold, {s.predicted} predicted, "
        f"{s.matched} matched)",
        "",
        f"{'':14}{'precision':>10}{'recall':>10}{'F1':>10}",
        f"{'attribution':14}{_pct(s.attribution_precision):>10}"
        f"{_pct(s.attribution_recall):>10}{_pct(s.attribution_f1):>10}",
        f"{'content':14}{_pct(s.content_precision):>10}"
        f"{_pct(s.content_recall):>10}{_pct(s.content_f1):>10}",
        "",
        f"kind accuracy:        {_pct(s.kind_accuracy)}  "
        f"({s.kind_correct}/{s.content_matched} content-matched pairs)",
        f"source type accuracy: {_pct(s.source_type_accuracy)}  "
        f"({s.source_type_correct}/{s.content_matched})",
        f"denial recall:        {_pct(s.denial_recall)}  ({s.denials_found}/{s.denials})",
        f"pronoun sources resolved: {_pct(s.pronoun_sources_ratio)}  "
        f"({s.pronoun_sources_resolved}/{s.pronoun_sources_total})",
        f"optional gold: {s.optional_gold} ({s.optional_matched} matched, not counted)",
    ]
    if s.missing_predictions:
        lines.append(f"documents without prediction (scored empty): {s.missing_predictions}")
    for title, table in (("kind", s.by_kind), ("source type", s.by_source_type)):
        lines += [
            "",
            f"by {title}:",
            f"  {'':16}{'gold':>6}{'content':>9}{'found':>7}{'recall':>9}",
        ]
        for key, row in sorted(table.items(), key=lambda kv: (-kv[1].gold, kv[0])):
            lines.append(
                f"  {key:16}{row.gold:>6}{row.content_found:>9}{row.found:>7}{_pct(row.recall):>9}"
            )
    worst = s.worst_errors(max_errors)
    if worst:
        lines += ["", f"worst errors ({len(worst)} of {len(s.errors)}):"]
        for e in worst:
            lines.append(f"  [{e.type}] {e.doc_id} @{e.start}-{e.end} {e.kind or '-'}")
            lines.append(f"      content:   {_clip(e.content_text)}")
            if e.gold_source or e.type != "false_positive":
                lines.append(f"      gold src:  {_clip(e.gold_source)}")
            if e.type != "missed":
                lines.append(f"      predicted: {_clip(e.predicted_source)}")
            if e.predicted_content_text and e.predicted_content_text != e.content_text:
                lines.append(f"      pred text: {_clip(e.predicted_content_text)}")
    return "\n".join(lines)
