"""Tests for document-level label consistency (hearsay.ner.consistency) and its use."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from hearsay.eval.ner import (
    evaluate_ner,
    format_ner_report,
    predict_tags,
    read_conll_documents,
)
from hearsay.ner import entities, make_consistent, tag
from hearsay.ner.consistency import Span, harmonize


def words(text: str) -> list[str]:
    return text.split()


def test_majority_type_per_name() -> None:
    sentences = [words("Barak sprak ."), words("Barak zweeg ."), words("Toen Barak kwam")]
    spans = [[(0, 1, "PER")], [(0, 1, "LOC")], [(1, 2, "PER")]]
    assert harmonize(sentences, spans) == [
        [Span(0, 1, "PER")],
        [Span(0, 1, "PER")],
        [Span(1, 2, "PER")],
    ]


def test_tie_keeps_each_mention_own_type() -> None:
    sentences = [words("Concorde vloog"), words("Concorde landde")]
    spans = [[(0, 1, "MISC")], [(0, 1, "LOC")]]
    assert harmonize(sentences, spans) == [[Span(0, 1, "MISC")], [Span(0, 1, "LOC")]]


def test_only_exact_token_sequences_vote() -> None:
    sentences = [words("Eisenach en Eisenach-Nord"), words("in Eisenach-Nord")]
    spans = [[(0, 1, "LOC"), (2, 3, "MISC")], [(1, 2, "MISC")]]
    assert harmonize(sentences, spans) == [
        [Span(0, 1, "LOC"), Span(2, 3, "MISC")],
        [Span(1, 2, "MISC")],
    ]


def test_parts_of_a_person_name_are_persons() -> None:
    sentences = [
        words("Shimon Peres sprak met Arafat ."),
        words("Volgens Peres is het klaar ."),
        words("Shimon zweeg ."),
    ]
    spans = [[(0, 2, "PER"), (4, 5, "PER")], [(1, 2, "MISC")], [(0, 1, "LOC")]]
    assert harmonize(sentences, spans) == [
        [Span(0, 2, "PER"), Span(4, 5, "PER")],
        [Span(1, 2, "PER")],
        [Span(0, 1, "PER")],
    ]


def test_parts_of_other_types_keep_their_type() -> None:
    # 'Den Haag' is a place: 'Haag' alone keeps the model's type, and nothing is added.
    sentences = [words("Den Haag en Haag"), words("Haag")]
    spans = [[(0, 2, "LOC"), (3, 4, "ORG")], []]
    assert harmonize(sentences, spans) == [[Span(0, 2, "LOC"), Span(3, 4, "ORG")], []]


def test_a_name_mostly_typed_otherwise_gives_no_person_parts() -> None:
    sentences = [words("Camp David II"), words("Camp David II"), words("Camp David II en David")]
    spans = [[(0, 3, "PER")], [(0, 3, "MISC")], [(0, 3, "MISC"), (4, 5, "LOC")]]
    result = harmonize(sentences, spans)
    assert [span.label for sentence in result for span in sentence] == [
        "MISC",
        "MISC",
        "MISC",
        "LOC",
    ]


def test_untagged_surname_becomes_a_person() -> None:
    sentences = [
        words("Premier Shimon Peres kwam ."),
        words("Peres zei niets , Peres zweeg ."),
        words("de peres"),
    ]
    spans = [[(1, 3, "PER")], [(0, 1, "PER")], []]
    assert harmonize(sentences, spans) == [
        [Span(1, 3, "PER")],
        [Span(0, 1, "PER"), Span(4, 5, "PER")],
        [],  # lower case: not the name
    ]


def test_untagged_tokens_inside_an_entity_stay_as_they_are() -> None:
    sentences = [words("Kim Clijsters"), words("Stichting Clijsters bestaat")]
    spans = [[(0, 2, "PER")], [(0, 2, "ORG")]]
    assert harmonize(sentences, spans) == [[Span(0, 2, "PER")], [Span(0, 2, "ORG")]]


def test_parts_ending_in_a_particle_do_not_count() -> None:
    sentences = [
        words("Dries van den Abeele en Luc De Coster"),
        words("Dries van zei : De winnaar is De Coster ."),
    ]
    spans = [[(0, 4, "PER"), (5, 8, "PER")], [(0, 2, "ORG"), (7, 9, "MISC")]]
    assert harmonize(sentences, spans) == [
        [Span(0, 4, "PER"), Span(5, 8, "PER")],
        # 'Dries van' ends in a particle: not a part; 'De Coster' is; 'De' alone is not added.
        [Span(0, 2, "ORG"), Span(7, 9, "PER")],
    ]


def test_harmonize_checks_lengths() -> None:
    with pytest.raises(ValueError):
        harmonize([words("a b")], [])


# -- use in hearsay.ner and in the evaluation ------------------------------------------------


@pytest.fixture
def ruler_nlp() -> spacy.language.Language:
    """A pipeline whose rules type the full name PER and "Peres sprak" MISC."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Shimon Peres"},
            {"label": "MISC", "pattern": [{"TEXT": "Peres"}, {"TEXT": "sprak"}]},
        ]
    )
    return nlp


def test_tag_and_entities_harmonize_each_text(ruler_nlp: spacy.language.Language) -> None:
    text = "Shimon Peres kwam . Peres zei dat Peres sprak ."
    found = {(e.start, e.text, e.label) for e in entities(text, ruler_nlp)}
    assert found == {(0, "Shimon Peres", "PER"), (20, "Peres", "PER"), (34, "Peres sprak", "MISC")}
    raw = {(e.text, e.label) for e in entities(text, ruler_nlp, consistent=False)}
    assert raw == {("Shimon Peres", "PER"), ("Peres sprak", "MISC")}
    # Each text is its own document: the full name in one says nothing about the other.
    first, second = tag(["Shimon Peres kwam .", "Peres zei niets ."], ruler_nlp)
    assert [e.text for e in first.ents] == ["Shimon Peres"]
    assert list(second.ents) == []


def test_make_consistent_on_a_doc() -> None:
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("Barak en Barak en Barak")
    doc.ents = [
        doc.char_span(0, 5, label="PER"),
        doc.char_span(9, 14, label="LOC"),
        doc.char_span(18, 23, label="PER"),
    ]
    assert make_consistent(doc) is doc
    assert [(e.text, e.label_) for e in doc.ents] == [("Barak", "PER")] * 3


CONLL = """\
-DOCSTART- -DOCSTART- O
Shimon N B-PER
Peres N I-PER
kwam V O
. Punc O

Peres N B-PER
zei V O
. Punc O
-DOCSTART- -DOCSTART- O
Peres N B-PER
zei V O
. Punc O
"""


def test_evaluation_harmonizes_within_documents(
    tmp_path: Path, ruler_nlp: spacy.language.Language
) -> None:
    path = tmp_path / "peres.conll"
    path.write_text(CONLL, encoding="utf-8")
    consistent = evaluate_ner(path, ruler_nlp)
    # Document 1: 'Peres' is tagged after 'Shimon Peres'; document 2 has no full name.
    assert consistent["overall"]["correct"] == 2 and consistent["overall"]["gold"] == 3
    assert consistent["consistent"] and consistent["documents"] == 2
    assert "consistent within each of 2 documents" in format_ner_report(consistent)
    independent = evaluate_ner(path, ruler_nlp, consistent=False)
    assert independent["overall"]["correct"] == 1
    assert "as tagged, sentence by sentence" in format_ner_report(independent)
    sentences = [s for d in read_conll_documents(path) for s in d]
    tags, _ = predict_tags(sentences, ruler_nlp, [0, 0, 1])
    assert tags == [["B-PER", "I-PER", "O", "O"], ["B-PER", "O", "O"], ["O", "O", "O"]]
    with pytest.raises(ValueError):
        predict_tags(sentences, ruler_nlp, [0, 0])
