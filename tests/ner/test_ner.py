"""Tests for the NER scorer (conlleval rules) and the shipped Dutch NER model."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from hearsay.errors import GoldFormatError, HearsayError
from hearsay.eval.ner import (
    Chunk,
    doc_to_tags,
    evaluate_ner,
    format_ner_report,
    read_conll,
    read_conll_documents,
    score_tags,
    tags_to_chunks,
)
from hearsay.ner import MODEL_DIR, NerModelMissingError, entities, load_ner, tag

CONLL = """\
-DOCSTART- -DOCSTART- O
Mark N B-PER
Rutte N I-PER
sprak V O
in Prep O
Den N B-LOC
Haag N I-LOC
. Punc O

Philips N B-ORG
groeit V O
. Punc O
-DOCSTART- -DOCSTART- O
De Art O
Tour N B-MISC
de N I-MISC
France N I-MISC
begint V O
"""


@pytest.fixture
def conll_file(tmp_path: Path) -> Path:
    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    return path


# -- reading ---------------------------------------------------------------------------------


def test_read_conll(conll_file: Path) -> None:
    sentences = read_conll(conll_file)
    assert [s.tokens for s in sentences] == [
        ["Mark", "Rutte", "sprak", "in", "Den", "Haag", "."],
        ["Philips", "groeit", "."],
        ["De", "Tour", "de", "France", "begint"],
    ]
    assert sentences[0].tags[:2] == ["B-PER", "I-PER"]
    documents = read_conll_documents(conll_file)
    assert [len(d) for d in documents] == [2, 1]


def test_read_conll_rejects_bad_tags(tmp_path: Path) -> None:
    path = tmp_path / "bad.conll"
    path.write_text("Mark N PERSON\n", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        read_conll(path)


# -- chunks ----------------------------------------------------------------------------------


def test_chunks_iob2() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORG"]
    assert tags_to_chunks(tags) == [
        Chunk(0, 0, 2, "PER"),
        Chunk(0, 3, 4, "LOC"),
        Chunk(0, 4, 6, "LOC"),
        Chunk(0, 7, 8, "ORG"),
    ]


def test_chunks_iob1() -> None:
    # IOB1: I- opens an entity; B- only separates two adjacent entities of one type.
    tags = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC", "I-ORG"]
    assert tags_to_chunks(tags) == [
        Chunk(0, 0, 2, "PER"),
        Chunk(0, 3, 4, "LOC"),
        Chunk(0, 4, 6, "LOC"),
        Chunk(0, 6, 7, "ORG"),
    ]


def test_iob1_and_iob2_score_the_same() -> None:
    iob2 = [["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]]
    iob1 = [["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]]
    assert score_tags(iob2, iob1)["overall"]["f1"] == 1.0
    assert score_tags(iob1, iob2)["overall"]["f1"] == 1.0


def test_type_mapping() -> None:
    assert tags_to_chunks(["B-OUTLET", "B-WORK", "I-WORK", "B-EVENT"]) == [
        Chunk(0, 0, 1, "ORG"),
        Chunk(0, 1, 3, "MISC"),
        Chunk(0, 3, 4, "MISC"),
    ]
    gold = [["B-ORG", "O", "B-MISC", "I-MISC"]]
    predicted = [["B-OUTLET", "O", "B-WORK", "I-WORK"]]
    result = score_tags(gold, predicted)
    assert result["overall"]["f1"] == 1.0
    assert set(result["per_type"]) == {"ORG", "MISC"}
    assert score_tags(gold, predicted, type_map={})["overall"]["f1"] == 0.0


# -- scores ----------------------------------------------------------------------------------


def test_perfect() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O", "B-MISC"]]
    result = score_tags(gold, gold)
    assert result["overall"]["precision"] == 1.0
    assert result["overall"]["recall"] == 1.0
    assert result["overall"]["f1"] == 1.0
    assert all(scores["f1"] == 1.0 for scores in result["per_type"].values())
    assert result["token_accuracy"] == 1.0


def test_empty_prediction() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    result = score_tags(gold, [["O"] * 4])
    assert result["overall"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "correct": 0,
        "predicted": 0,
        "gold": 2,
    }
    nothing = score_tags([["O", "O"]], [["O", "O"]])
    assert nothing["overall"]["f1"] == 0.0


def test_partial() -> None:
    gold = [
        ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"],
        ["B-ORG", "O", "B-MISC", "O"],
    ]
    predicted = [
        ["B-PER", "I-PER", "O", "B-LOC", "O", "O"],  # PER right; LOC span too short
        ["B-LOC", "O", "B-MISC", "B-PER"],  # ORG typed LOC; MISC right; PER spurious
    ]
    result = score_tags(gold, predicted)
    overall = result["overall"]
    assert (overall["correct"], overall["predicted"], overall["gold"]) == (2, 5, 4)
    assert overall["precision"] == pytest.approx(0.4)
    assert overall["recall"] == pytest.approx(0.5)
    assert overall["f1"] == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    per_type = result["per_type"]
    assert list(per_type) == ["PER", "ORG", "LOC", "MISC"]
    assert per_type["PER"]["precision"] == 0.5 and per_type["PER"]["recall"] == 1.0
    assert per_type["ORG"]["f1"] == 0.0
    assert per_type["LOC"]["predicted"] == 2 and per_type["LOC"]["correct"] == 0
    assert per_type["MISC"]["f1"] == 1.0
    assert result["token_accuracy"] == pytest.approx(7 / 10)
    report = format_ner_report(result)
    assert "found: 5 phrases; correct: 2." in report
    assert "overall" in report


def test_lengths_must_agree() -> None:
    with pytest.raises(ValueError):
        score_tags([["O", "O"]], [["O"]])


# -- running a pipeline on gold tokens -------------------------------------------------------


def test_evaluate_ner_with_rules(conll_file: Path) -> None:
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Mark Rutte"},
            {"label": "LOC", "pattern": "Den Haag"},
            {"label": "OUTLET", "pattern": "Philips"},  # mapped to ORG
            {"label": "EVENT", "pattern": "Tour de"},  # MISC, but the span is too short
        ]
    )
    result = evaluate_ner(conll_file, nlp)
    assert result["overall"]["correct"] == 3
    assert result["overall"]["gold"] == 4
    assert result["overall"]["precision"] == pytest.approx(3 / 4)
    assert result["per_type"]["MISC"]["f1"] == 0.0
    assert result["tokens"] == 15 and result["words_per_second"] > 0
    assert "words/s" in format_ner_report(result)


def test_doc_to_tags() -> None:
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("Mark Rutte sprak")
    doc.ents = [doc.char_span(0, 10, label="PER")]
    assert doc_to_tags(doc) == ["B-PER", "I-PER", "O"]


def test_missing_model(tmp_path: Path) -> None:
    with pytest.raises(NerModelMissingError) as error:
        load_ner(tmp_path / "nowhere")
    assert isinstance(error.value, HearsayError)


# -- the shipped model -----------------------------------------------------------------------

needs_model = pytest.mark.skipif(
    not (MODEL_DIR / "meta.json").is_file(), reason="the NER model has not been trained"
)


@needs_model
def test_shipped_model_tags_dutch() -> None:
    nlp = load_ner()
    assert load_ner() is nlp  # cached
    assert {"PER", "ORG", "LOC", "MISC"} <= set(nlp.get_pipe("ner").labels)
    found = entities("Mark Rutte sprak in Den Haag met Philips.")
    labels = {e.text: e.label for e in found}
    assert labels.get("Mark Rutte") == "PER"
    assert labels.get("Den Haag") == "LOC"


@needs_model
def test_shipped_model_keeps_foreign_tokens() -> None:
    other = spacy.blank("nl")
    doc = other("Mark Rutte sprak in Den Haag.")
    (tagged,) = tag(doc)
    assert [t.text for t in tagged] == [t.text for t in doc]
    assert tagged.text == doc.text
    (by_words,) = tag([["Mark", "Rutte", "sprak", "."]])
    assert len(by_words) == 4
