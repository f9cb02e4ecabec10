"""Score named-entity recognition against CoNLL-style gold, by the rules of conlleval.

Gold files hold one token per line (``WORD [POS ...] TAG``, the tag in the last column), a
blank line between sentences and ``-DOCSTART-`` lines between documents, as in CoNLL-2002.
Tags may be IOB2 (every entity starts with ``B-``) or IOB1 (``B-`` only between two adjacent
entities of one type): chunks are read with conlleval's start/end rules, which accept both.

An entity counts as found only when its span and its type are both exact; precision, recall
and F1 are micro-averaged over all entities and per type. Types the model has beyond
CoNLL's four are mapped first (``OUTLET`` -> ``ORG``, ``WORK`` and ``EVENT`` -> ``MISC``).
The model tags sentence by sentence; by default the entity types of each ``-DOCSTART-``
document are then made consistent (:mod:`hearsay.ner.consistency`), as ``hearsay.ner`` does
for each text it is given.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any, NamedTuple

from hearsay.errors import GoldFormatError

CONLL_TYPES = ("PER", "ORG", "LOC", "MISC")

# Model types outside CoNLL's four, and what they count as in scoring.
TYPE_MAP: dict[str, str] = {"OUTLET": "ORG", "WORK": "MISC", "EVENT": "MISC"}

DOCSTART = "-DOCSTART-"


class Sentence(NamedTuple):
    tokens: list[str]
    tags: list[str]


class Chunk(NamedTuple):
    sentence: int
    start: int  # first token
    end: int  # one past the last token
    type: str


# -- reading ---------------------------------------------------------------------------------


def read_conll_documents(path: str | Path) -> list[list[Sentence]]:
    """The documents of a CoNLL file, each a list of sentences (``-DOCSTART-`` splits them).

    A file without ``-DOCSTART-`` lines is one document.
    """
    documents: list[list[Sentence]] = [[]]
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            documents[-1].append(Sentence(list(tokens), list(tags)))
            tokens.clear()
            tags.clear()

    with Path(path).open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            fields = line.split()
            if not fields:
                flush()
                continue
            if fields[0] == DOCSTART:
                flush()
                if documents[-1]:
                    documents.append([])
                continue
            if len(fields) < 2:
                raise GoldFormatError(f"{path}:{number}: expected 'WORD ... TAG', got {line!r}")
            tag = fields[-1]
            if tag != "O" and not (len(tag) > 2 and tag[:2] in ("B-", "I-")):
                raise GoldFormatError(f"{path}:{number}: {tag!r} is not an IOB tag")
            tokens.append(fields[0])
            tags.append(tag)
    flush()
    return [document for document in documents if document]


def read_conll(path: str | Path) -> list[Sentence]:
    """Every sentence of a CoNLL file as ``(tokens, gold tags)``, documents run together."""
    return [sentence for document in read_conll_documents(path) for sentence in document]


# -- chunks (conlleval's rules) --------------------------------------------------------------


def _split(tag: str) -> tuple[str, str]:
    if tag == "O" or "-" not in tag:
        return "O", ""
    prefix, _, kind = tag.partition("-")
    return prefix, kind


def _chunk_ends(prev_tag: str, tag: str, prev_type: str, kind: str) -> bool:
    """conlleval's endOfChunk: does a chunk end between the previous token and this one?"""
    if prev_tag in ("E", "S"):
        return True
    if prev_tag in ("B", "I") and tag in ("B", "O", "S"):
        return True
    return prev_tag != "O" and prev_type != kind


def _chunk_starts(prev_tag: str, tag: str, prev_type: str, kind: str) -> bool:
    """conlleval's startOfChunk: does a chunk start at this token?"""
    if tag in ("B", "S"):
        return True
    if prev_tag in ("E", "S", "O") and tag in ("E", "I"):
        return True
    return tag != "O" and prev_type != kind


def tags_to_chunks(
    tags: Sequence[str], sentence: int = 0, type_map: dict[str, str] | None = None
) -> list[Chunk]:
    """The chunks of one sentence's IOB1/IOB2 (or IOBES) tags, with conlleval's rules."""
    type_map = TYPE_MAP if type_map is None else type_map
    chunks: list[Chunk] = []
    start: int | None = None
    prev_tag, prev_type = "O", ""
    for index, raw in enumerate([*tags, "O"]):
        tag, kind = _split(raw)
        if start is not None and _chunk_ends(prev_tag, tag, prev_type, kind):
            chunks.append(Chunk(sentence, start, index, type_map.get(prev_type, prev_type)))
            start = None
        if _chunk_starts(prev_tag, tag, prev_type, kind):
            start = index
        prev_tag, prev_type = tag, kind
    return chunks


# -- scoring ---------------------------------------------------------------------------------


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float | int]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "correct": correct,
        "predicted": predicted,
        "gold": gold,
    }


def score_chunks(gold: Iterable[Chunk], predicted: Iterable[Chunk]) -> dict[str, Any]:
    """Micro precision/recall/F1 of exact span-and-type matches, overall and per type."""
    gold_set, predicted_set = set(gold), set(predicted)
    correct = gold_set & predicted_set
    count = lambda chunks: Counter(chunk.type for chunk in chunks)  # noqa: E731
    gold_by, predicted_by, correct_by = count(gold_set), count(predicted_set), count(correct)
    types = [t for t in CONLL_TYPES if t in gold_by or t in predicted_by]
    types += sorted((set(gold_by) | set(predicted_by)) - set(CONLL_TYPES))
    return {
        "overall": _prf(len(correct), len(predicted_set), len(gold_set)),
        "per_type": {t: _prf(correct_by[t], predicted_by[t], gold_by[t]) for t in types},
    }


def score_tags(
    gold: Sequence[Sequence[str]],
    predicted: Sequence[Sequence[str]],
    type_map: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Score predicted tag sequences against gold ones, sentence by sentence (conlleval)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    gold_chunks: list[Chunk] = []
    predicted_chunks: list[Chunk] = []
    tokens = right = 0
    for index, (gold_tags, predicted_tags) in enumerate(zip(gold, predicted, strict=True)):
        if len(gold_tags) != len(predicted_tags):
            raise ValueError(
                f"sentence {index}: {len(gold_tags)} gold tags but {len(predicted_tags)} predicted"
            )
        gold_chunks += tags_to_chunks(gold_tags, index, type_map)
        predicted_chunks += tags_to_chunks(predicted_tags, index, type_map)
        tokens += len(gold_tags)
        right += sum(g == p for g, p in zip(gold_tags, predicted_tags, strict=True))
    result = score_chunks(gold_chunks, predicted_chunks)
    result["tokens"] = tokens
    result["sentences"] = len(gold)
    result["token_accuracy"] = right / tokens if tokens else 0.0
    return result


# -- running a model -------------------------------------------------------------------------


def spans_to_tags(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """IOB2 tags of ``length`` tokens with entities ``(start, end, label)``."""
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for index in range(start + 1, end):
            tags[index] = f"I-{label}"
    return tags


def doc_to_tags(doc: Any) -> list[str]:
    """IOB2 tags of a spaCy Doc's entities."""
    return spans_to_tags(len(doc), ((ent.start, ent.end, ent.label_) for ent in doc.ents))


def predict_tags(
    sentences: Sequence[Sentence], nlp: Any, documents: Sequence[int] | None = None
) -> tuple[list[list[str]], float]:
    """Run ``nlp``'s components on the gold tokens of each sentence; tags and seconds taken.

    With ``documents`` (the document number of each sentence, as from
    :func:`read_conll_documents`) the entity types of each document are then made consistent
    (:func:`hearsay.ner.consistency.harmonize`, timed too); without it each sentence's tags
    are the pipeline's own.
    """
    from spacy.tokens import Doc

    from hearsay.ner.consistency import harmonize

    if documents is not None and len(documents) != len(sentences):
        raise ValueError(f"{len(sentences)} sentences but {len(documents)} document numbers")
    docs = (Doc(nlp.vocab, words=sentence.tokens) for sentence in sentences)
    started = time.perf_counter()
    tagged = list(nlp.pipe(docs, batch_size=256))
    if documents is None:
        predicted = [doc_to_tags(doc) for doc in tagged]
        return predicted, time.perf_counter() - started
    predicted = []
    for _, group in groupby(range(len(tagged)), key=documents.__getitem__):
        members = [tagged[index] for index in group]
        spans = harmonize(
            [[token.text for token in doc] for doc in members],
            [[(ent.start, ent.end, ent.label_) for ent in doc.ents] for doc in members],
        )
        predicted += [
            spans_to_tags(len(doc), doc_spans)
            for doc, doc_spans in zip(members, spans, strict=True)
        ]
    return predicted, time.perf_counter() - started


def evaluate_ner(
    path: str | Path,
    nlp: Any = None,
    type_map: dict[str, str] | None = None,
    consistent: bool = True,
) -> dict[str, Any]:
    """Score ``nlp`` (default: hearsay's shipped Dutch NER model) on a CoNLL file.

    The model sees the gold tokens (no re-tokenization), sentence by sentence; with
    ``consistent`` (the default, as :func:`hearsay.ner.tag` does) the entity types of each
    ``-DOCSTART-`` document are then made consistent. Returns ``overall`` and ``per_type``
    scores (precision, recall, f1, correct, predicted, gold), ``token_accuracy``, ``tokens``,
    ``sentences``, ``documents``, ``consistent``, ``seconds`` and ``words_per_second`` of
    the tagging.
    """
    if nlp is None:
        from hearsay.ner import load_ner

        nlp = load_ner()
    documents = read_conll_documents(path)
    sentences = [sentence for document in documents for sentence in document]
    if not sentences:
        raise GoldFormatError(f"{path}: no sentences")
    numbers = [number for number, document in enumerate(documents) for _ in document]
    predicted, seconds = predict_tags(sentences, nlp, numbers if consistent else None)
    result = score_tags([s.tags for s in sentences], predicted, type_map)
    result["file"] = str(path)
    result["documents"] = len(documents)
    result["consistent"] = consistent
    result["seconds"] = seconds
    result["words_per_second"] = result["tokens"] / seconds if seconds else 0.0
    return result


def format_ner_report(result: dict[str, Any]) -> str:
    """A conlleval-like table of a result of :func:`evaluate_ner` or :func:`score_tags`."""
    overall = result["overall"]
    lines = []
    if "file" in result:
        lines.append(f"file: {result['file']}")
    lines.append(
        f"processed {result.get('tokens', 0)} tokens with {overall['gold']} phrases; "
        f"found: {overall['predicted']} phrases; correct: {overall['correct']}."
    )
    if "words_per_second" in result:
        lines.append(
            f"tagged in {result['seconds']:.2f} s ({result['words_per_second']:,.0f} words/s)"
        )
    if "consistent" in result:
        lines.append(
            f"entity types made consistent within each of {result['documents']} documents"
            if result["consistent"]
            else "entity types as tagged, sentence by sentence"
        )
    lines.append(f"{'type':<8} {'prec':>7} {'rec':>7} {'F1':>7} {'gold':>6} {'found':>6}")

    def row(name: str, scores: dict[str, Any]) -> str:
        return (
            f"{name:<8} {100 * scores['precision']:>7.2f} {100 * scores['recall']:>7.2f} "
            f"{100 * scores['f1']:>7.2f} {scores['gold']:>6} {scores['predicted']:>6}"
        )

    for name, scores in result["per_type"].items():
        lines.append(row(name, scores))
    lines.append(row("overall", overall))
    if "token_accuracy" in result:
        lines.append(f"token accuracy: {100 * result['token_accuracy']:.2f}%")
    return "\n".join(lines)
