"""Text-free gold: stored without the article, joined with it from the corpus at eval time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hearsay.errors import GoldFormatError
from hearsay.eval.attributions import load_gold
from hearsay.eval.corpora import corpus_records, join_text, strip_text, text_sha256

TEXT = "Volgens de politie is de man gevlucht. “Ik zag niets”, zegt een buurman."


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    corpus = tmp_path / "shared" / "data" / "corpora" / "showbiz_nl"
    corpus.mkdir(parents=True)
    record = {"id": "showbiz-x1", "text": TEXT}
    (corpus / "articles.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    corpus_records.cache_clear()
    return tmp_path / "shared"


def gold_document() -> dict:
    start = TEXT.index("Ik zag")
    return {
        "id": "showbiz-x1",
        "text": TEXT,
        "attributions": [
            {
                "content": [start, start + len("Ik zag niets")],
                "content_text": "Ik zag niets",
                "source": [TEXT.index("een buurman"), TEXT.index("een buurman") + 11],
                "source_text": "een buurman",
                "cue": None,
                "kind": "direct",
                "source_type": "group",
                "stance": "assert",
            }
        ],
    }


def test_corpora_strip_removes_every_piece_of_text() -> None:
    reference = {"corpus": "showbiz_nl", "key": "id", "value": "showbiz-x1"}
    stripped = strip_text(gold_document(), reference)
    assert "text" not in stripped
    assert stripped["text_ref"]["sha256"] == text_sha256(TEXT)
    assert not any(key.endswith("_text") for a in stripped["attributions"] for key in a)


def test_corpora_join_restores_text_and_span_texts(shared: Path) -> None:
    reference = {"corpus": "showbiz_nl", "key": "id", "value": "showbiz-x1"}
    joined = join_text(strip_text(gold_document(), reference), shared)
    assert joined["text"] == TEXT
    attribution = joined["attributions"][0]
    assert attribution["content_text"] == "Ik zag niets"
    assert attribution["source_text"] == "een buurman"


def test_corpora_changed_text_is_refused(shared: Path) -> None:
    reference = {"corpus": "showbiz_nl", "key": "id", "value": "showbiz-x1", "sha256": "0" * 64}
    with pytest.raises(GoldFormatError, match="changed"):
        join_text({"id": "x", "text_ref": reference, "attributions": []}, shared)


def test_corpora_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    corpus_records.cache_clear()
    reference = {"corpus": "showbiz_nl", "key": "id", "value": "x", "sha256": "0" * 64}
    with pytest.raises(GoldFormatError, match="missing"):
        join_text({"id": "x", "text_ref": reference, "attributions": []}, tmp_path)


def test_corpora_load_gold_joins_text_free_files(shared: Path, tmp_path: Path) -> None:
    reference = {"corpus": "showbiz_nl", "key": "id", "value": "showbiz-x1"}
    folder = tmp_path / "gold" / "dev"
    folder.mkdir(parents=True)
    (folder / "showbiz-x1.json").write_text(
        json.dumps(strip_text(gold_document(), reference)), encoding="utf-8"
    )
    documents = load_gold(tmp_path / "gold", shared=shared)
    assert [d["text"] for d in documents] == [TEXT]


def test_corpora_project_dev_gold_resolves_when_shared_is_present() -> None:
    dev = Path("dev/gold")
    if not Path("../shared/data/corpora").exists() or not any(dev.rglob("*.json")):
        pytest.skip("needs ../shared and the dev gold")
    corpus_records.cache_clear()
    documents = load_gold(dev)
    for document in documents:
        for attribution in document["attributions"]:
            start, end = attribution["content"]
            assert 0 <= start < end <= len(document["text"])
