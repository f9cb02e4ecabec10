"""Tests for the text that scripts/ner_vectors.py trains the NER model's vectors on: reserved
articles, gold articles and the test splits of CoNLL-2002 must never be part of it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "ner_vectors.py"


@pytest.fixture(scope="module")
def ner_vectors():
    spec = importlib.util.spec_from_file_location("ner_vectors", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shared_data(tmp_path: Path) -> Path:
    """A miniature ../shared/data with one article of each kind to keep and to leave out."""
    data = tmp_path / "data"
    corpora = data / "corpora"
    (corpora / "dpgmedia2019").mkdir(parents=True)
    (corpora / "greta_nl").mkdir()
    (corpora / "meantime_nl").mkdir()
    (data / "gold").mkdir()
    (data / "ner" / "conll2002_nl").mkdir(parents=True)
    (corpora / "RESERVED.txt").write_text(
        "# reserved\ndpgmedia2019 2\ngreta_nl https://example.org/reserved\n", encoding="utf-8"
    )
    (data / "gold" / "dpg-3.json").write_text(json.dumps({"id": "dpg-3"}), encoding="utf-8")
    articles = [
        {"id": 1, "title": "Vrij", "text": "Jan Peeters sprak in Gent."},
        {"id": 2, "title": "Gereserveerd", "text": "Verboden tekst twee."},
        {"id": 3, "title": "Gold", "text": "Verboden tekst drie."},
        {"id": 1, "title": "Vrij", "text": "Jan Peeters sprak in Gent."},  # a duplicate
    ]
    (corpora / "dpgmedia2019" / "dpgMedia2019-articles-byarticle-all.jsonl").write_text(
        "".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8"
    )
    (corpora / "greta_nl" / "nl_greta_overview.tsv").write_text(
        "Publication Date\tTime\tPublisher\tAuthor\tTitle\tURL\tText\n"
        "2020-01-01\t\tNOS\t-\tGreta\thttps://example.org/kept\tGreta Thunberg reist.\n"
        "2020-01-02\t\tNOS\t-\tNee\thttps://example.org/reserved\tVerboden Greta-tekst.\n",
        encoding="utf-8",
    )
    (corpora / "meantime_nl" / "meantime_nl_documents.jsonl").write_text(
        json.dumps({"doc": "d1", "raw": "Boeing verliest een contract."}) + "\n", encoding="utf-8"
    )
    (data / "ner" / "conll2002_nl" / "ned.train").write_text(
        "-DOCSTART- -DOCSTART- O\nDe Art O\nMorgen N B-ORG\nschrijft V O\n", encoding="utf-8"
    )
    (data / "ner" / "conll2002_nl" / "ned.testb").write_text(
        "Verboden N O\ntestzin N O\n", encoding="utf-8"
    )
    return data


def test_ner_vectors_text_leaves_out_reserved_gold_and_test(ner_vectors, shared_data: Path):
    skip = ner_vectors.reserved_keys(shared_data)
    assert {"dpgmedia2019 2", "dpgmedia2019 3", "greta_nl https://example.org/reserved"} <= skip
    texts = ner_vectors.unlabelled_texts(shared_data, skip)
    joined = "\n".join(text for _, text in texts)
    assert "Verboden" not in joined
    assert joined.count("Jan Peeters") == 1
    assert {source for source, _ in texts} == {
        "conll2002 ned.train",
        "dpgmedia2019",
        "greta_nl",
        "meantime_nl",
    }


def test_ner_vectors_corpus_is_tokenized_one_paragraph_a_line(ner_vectors, tmp_path: Path):
    target = tmp_path / "corpus.txt"
    words = ner_vectors.write_corpus([("x", "Kim (43) zei: 'ja'.\n\nTweede alinea.")], target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines == ["Kim ( 43 ) zei : ' ja ' .", "Tweede alinea ."]
    assert words == 13
