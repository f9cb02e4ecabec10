"""Document-level consistency of NER labels: a post-processing step, no model change.

The model tags each sentence on its own, so one name can get different types in one
document (``Barak`` PER here, LOC there), and a surname on its own is often typed wrong or
missed even where the full name is right (``Shimon Peres`` PER, then ``Peres`` MISC, or
``Peres`` untagged at the start of a sentence). Within one document, :func:`harmonize`

1. gives every mention of a name (the same token sequence) the type most of its mentions
   have; on a tie each mention keeps its own;
2. types PER every mention that is the leading or trailing part of a name whose mentions are
   mostly PER (``Peres`` and ``Shimon`` after ``Shimon Peres``; parts that end in a particle
   such as ``van`` or ``De`` do not count);
3. tags PER an untagged, capitalized token that is such a one-token part.

Chosen on CoNLL-2002 ``ned.testa`` (entity F1 74.7 -> 77.5, docs/ner.md). What was tried
and left out: entity-type scores of the model as votes (no better than counts), a first-name
lexicon from ``ned.train`` (no change) and tagging untagged repeats of other names (+0.1).

For CoNLL files a document is what lies between two ``-DOCSTART-`` lines; for text given to
:func:`hearsay.ner.entities` or :func:`hearsay.ner.tag` it is each text or Doc passed in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

#: Name particles (lower-cased): a part of a name that ends in one is no name on its own.
PARTICLES = frozenset(
    {
        "'t", "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos",
        "du", "el", "ibn", "la", "le", "ten", "ter", "van", "vande", "vander", "von", "zu",
    }
)  # fmt: skip


class Span(NamedTuple):
    start: int  # first token
    end: int  # one past the last token
    label: str


def _majority(votes: Counter[str], own: str) -> str:
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return own
    return ranked[0][0]


def _person_parts(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The leading and trailing token sequences of a name that may name the same person."""
    parts = []
    for cut in range(1, len(name)):
        for part in (name[:cut], name[cut:]):
            if part[-1].lower() not in PARTICLES:
                parts.append(part)
    return parts


def harmonize(
    sentences: Sequence[Sequence[str]],
    spans: Sequence[Sequence[tuple[int, int, str]]],
    person: str = "PER",
) -> list[list[Span]]:
    """Make the entity types of one document consistent; see the module's docstring.

    ``sentences`` are the token texts of the document's sentences (or of one whole text),
    ``spans`` each sentence's entities as ``(start, end, label)`` token offsets, not
    overlapping. Returns each sentence's entities, sorted, with new types and new PER
    mentions; spans are never moved, merged or removed.
    """
    if len(sentences) != len(spans):
        raise ValueError(f"{len(sentences)} sentences but {len(spans)} span lists")
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for tokens, entities in zip(sentences, spans, strict=True):
        for start, end, label in entities:
            votes.setdefault(tuple(tokens[start:end]), Counter())[label] += 1

    parts: set[tuple[str, ...]] = set()
    for name, counts in votes.items():
        if len(name) > 1 and _majority(counts, "") == person:
            parts.update(_person_parts(name))
    single_parts = {part[0] for part in parts if len(part) == 1 and part[0][:1].isupper()}

    result: list[list[Span]] = []
    for tokens, entities in zip(sentences, spans, strict=True):
        new: list[Span] = []
        taken = [False] * len(tokens)
        for start, end, label in entities:
            name = tuple(tokens[start:end])
            label = person if name in parts else _majority(votes[name], label)
            new.append(Span(start, end, label))
            taken[start:end] = [True] * (end - start)
        for index, token in enumerate(tokens):
            if not taken[index] and token in single_parts:
                new.append(Span(index, index + 1, person))
        result.append(sorted(new))
    return result


__all__ = ["PARTICLES", "Span", "harmonize"]
