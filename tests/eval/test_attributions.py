"""Tests for the attribution scorer (rules of shared/spec/attribution.md, "Scoring")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hearsay.eval.attributions import (
    AttributionScores,
    content_overlap_match,
    format_report,
    gold_to_prediction,
    load_gold,
    match_content,
    score,
    score_document,
    source_agrees,
    word_set,
)

GOLD_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "gold"
GOLD_FILES = sorted(
    p for p in GOLD_DIR.glob("*.json") if not p.name.endswith(".readable.json")
)  # an absent folder globs to nothing, and the gold tests skip

TEXT = "x" * 200  # offsets only matter in these hand-made documents


def gold_attr(start: int, end: int, **extra: Any) -> dict[str, Any]:
    attr: dict[str, Any] = {
        "content": [start, end],
        "source": None,
        "cue": None,
        "kind": "indirect",
        "source_type": "person",
        "source_entity": None,
        "stance": "assert",
    }
    attr.update(extra)
    return attr


def pred_attr(start: int, end: int, **extra: Any) -> dict[str, Any]:
    attr: dict[str, Any] = {
        "content": {"start": start, "end": end, "text": TEXT[start:end]},
        "source": None,
        "source_name": None,
        "source_type": "person",
        "cue": None,
        "kind": "indirect",
        "stance": "assert",
        "via": None,
    }
    attr.update(extra)
    return attr


def src(text: str, start: int = 0) -> dict[str, Any]:
    return {"start": start, "end": start + len(text), "text": text}


def doc(attrs: list[dict[str, Any]], doc_id: str = "d1") -> dict[str, Any]:
    return {"id": doc_id, "text": TEXT, "attributions": attrs}


# ------------------------------------------------------------------ whole-corpus checks


@pytest.mark.skipif(not GOLD_FILES, reason="shared/data/gold not present")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_attributions_perfect_prediction_scores_one(path: Path) -> None:
    gold = load_gold(path)[0]
    scores = score([gold], {gold["id"]: gold_to_prediction(gold)})
    for name in (
        "attribution_precision", "attribution_recall", "attribution_f1",
        "content_precision", "content_recall", "content_f1",
        "kind_accuracy", "source_type_accuracy",
    ):  # fmt: skip
        assert getattr(scores, name) == 1.0, name
    # Undefined where the document has no denials / no resolvable pronoun sources.
    assert scores.denial_recall in (1.0, None)
    assert scores.pronoun_sources_ratio in (1.0, None)
    assert scores.pronoun_sources_resolved == scores.pronoun_sources_total
    assert scores.errors == []


@pytest.mark.skipif(not GOLD_FILES, reason="shared/data/gold not present")
def test_attributions_perfect_prediction_on_whole_gold_folder() -> None:
    golds = load_gold(GOLD_DIR)
    assert len(golds) == len(GOLD_FILES)
    scores = score(golds, {g["id"]: gold_to_prediction(g) for g in golds})
    assert scores.attribution_f1 == 1.0
    assert scores.documents == len(golds)
    assert scores.gold == sum(not a.get("optional") for g in golds for a in g["attributions"])
    json.dumps(scores.to_dict())  # serialisable


@pytest.mark.skipif(not GOLD_FILES, reason="shared/data/gold not present")
@pytest.mark.parametrize("missing", ["empty_list", "no_prediction"])
def test_attributions_empty_prediction_scores_zero(missing: str) -> None:
    golds = load_gold(GOLD_DIR)
    if missing == "empty_list":
        predictions = {
            g["id"]: {"id": g["id"], "text": g["text"], "attributions": []} for g in golds
        }
    else:
        predictions = {}
    scores = score(golds, predictions)
    for name in (
        "attribution_precision", "attribution_recall", "attribution_f1",
        "content_precision", "content_recall", "content_f1",
    ):  # fmt: skip
        assert getattr(scores, name) == 0.0, name
    assert scores.denial_recall == 0.0
    assert scores.pronoun_sources_resolved == 0
    assert scores.kind_accuracy is None  # no matched pairs: undefined
    assert scores.missing_predictions == (len(golds) if missing == "no_prediction" else 0)


def test_attributions_empty_everything_is_zero_not_error() -> None:
    scores = score([doc([])], {"d1": doc([])})
    assert scores.attribution_f1 == 0.0
    assert scores.attribution_precision == 0.0
    assert scores.to_dict()["kind_accuracy"] is None


# ------------------------------------------------------------------ partial case


def test_attributions_partial_case_exact_numbers() -> None:
    gold = doc(
        [
            gold_attr(0, 20, source=[150, 153], source_text="hij", source_entity="Kanye West"),
            gold_attr(30, 50, source=[160, 170], source_text="Page Six", source_type="outlet"),
            gold_attr(60, 80, source=[170, 175], source_text="Kim", kind="direct"),
        ]
    )
    predicted = doc(
        [
            pred_attr(0, 20, source=src("hij", 150), source_name="Kanye West"),  # right
            pred_attr(32, 50, source=src("People"), source_type="outlet"),  # wrong source
            pred_attr(100, 120, source=src("Kim")),  # false positive
        ]
    )
    result = score_document(gold, predicted)
    s = result.scores
    assert (s.gold, s.predicted, s.content_matched, s.matched) == (3, 3, 2, 1)
    assert s.content_precision == pytest.approx(2 / 3)
    assert s.content_recall == pytest.approx(2 / 3)
    assert s.attribution_precision == pytest.approx(1 / 3)
    assert s.attribution_recall == pytest.approx(1 / 3)
    assert s.attribution_f1 == pytest.approx(1 / 3)
    assert s.kind_accuracy == 1.0
    assert s.pronoun_sources_total == 1 and s.pronoun_sources_resolved == 1
    assert result.missed_gold == [2]
    assert result.false_positives == [2]
    assert [p.source_agrees for p in result.pairs] == [True, False]
    assert sorted(e.type for e in s.errors) == ["false_positive", "missed", "wrong_source"]
    assert s.by_kind["indirect"].gold == 2 and s.by_kind["indirect"].found == 1
    assert s.by_kind["direct"].recall == 0.0
    assert s.by_source_type["outlet"].content_found == 1
    assert s.by_source_type["outlet"].found == 0
    # Worst first: missed gold, then wrong source, then false positive.
    assert [e.type for e in s.worst_errors()] == ["missed", "wrong_source", "false_positive"]

    report = format_report(s)
    assert "Attribution F1:  33.3%" in report
    assert "wrong_source" in report and "Page Six" in report
    d = s.to_dict()
    for key in (
        "attribution_precision", "attribution_recall", "attribution_f1",
        "content_precision", "content_recall", "content_f1", "kind_accuracy",
        "source_type_accuracy", "denial_recall", "pronoun_sources_resolved",
        "pronoun_sources_total", "gold", "predicted", "matched", "documents",
    ):  # fmt: skip
        assert key in d
    json.dumps(d)


def test_attributions_documents_add_up_micro_averaged() -> None:
    g1 = doc([gold_attr(0, 20), gold_attr(30, 50)], "a")
    g2 = doc([gold_attr(0, 20)], "b")
    predictions = {"a": doc([pred_attr(0, 20)], "a"), "b": doc([pred_attr(0, 20)], "b")}
    s = score([g1, g2], predictions)
    assert (s.documents, s.gold, s.predicted, s.matched) == (2, 3, 2, 2)
    assert s.attribution_recall == pytest.approx(2 / 3)
    assert s.attribution_precision == 1.0


def test_attributions_text_mismatch_is_refused() -> None:
    predicted = {"id": "d1", "text": "something else", "attributions": []}
    with pytest.raises(ValueError, match="d1"):
        score_document(doc([gold_attr(0, 10)]), predicted)


# ------------------------------------------------------------------ overlap threshold


@pytest.mark.parametrize(
    ("gold_span", "pred_span", "expected"),
    [
        ([0, 10], [5, 15], True),  # overlap 5 = exactly half of both
        ([0, 10], [6, 16], False),  # overlap 4 < half of gold
        ([0, 10], [0, 20], True),  # overlap 10 = exactly half of prediction
        ([0, 10], [0, 21], False),  # overlap 10 < half of prediction (10.5)
        ([0, 11], [0, 5], False),  # overlap 5 < half of gold (5.5)
        ([0, 11], [0, 6], True),  # overlap 6 >= 5.5
        ([0, 10], [2, 8], True),  # prediction inside gold, 6 >= 5
        ([0, 10], [10, 20], False),  # touching, no overlap
        ([5, 5], [5, 5], False),  # empty spans never match
    ],
)
def test_attributions_overlap_threshold(
    gold_span: list[int], pred_span: list[int], expected: bool
) -> None:
    assert content_overlap_match(gold_span, pred_span) is expected
    predicted = {"start": pred_span[0], "end": pred_span[1], "text": ""}
    assert content_overlap_match(gold_span, predicted) is expected
    gold = doc([gold_attr(*gold_span)])
    s = score_document(gold, doc([pred_attr(*pred_span)])).scores
    assert s.content_matched == int(expected)


# ------------------------------------------------------------------ optional gold


@pytest.mark.parametrize("predicted_too", [True, False])
def test_attributions_optional_gold_neither_found_nor_missed(predicted_too: bool) -> None:
    gold = doc([gold_attr(0, 20), gold_attr(40, 60, optional=True)])
    preds = [pred_attr(0, 20)] + ([pred_attr(40, 60)] if predicted_too else [])
    result = score_document(gold, doc(preds))
    s = result.scores
    assert (s.gold, s.predicted, s.matched, s.optional_gold) == (1, 1, 1, 1)
    assert s.optional_matched == int(predicted_too)
    assert s.attribution_f1 == 1.0
    assert result.missed_gold == [] and result.false_positives == []
    assert s.errors == []
    assert "indirect" in s.by_kind and s.by_kind["indirect"].gold == 1


def test_attributions_optional_gold_takes_part_in_matching() -> None:
    # The prediction overlaps the optional gold more than the required one, so it is
    # paired with the optional gold: not a false positive, and the required gold is missed.
    gold = doc([gold_attr(0, 20), gold_attr(10, 30, optional=True)])
    result = score_document(gold, doc([pred_attr(10, 30)]))
    s = result.scores
    assert (s.gold, s.predicted, s.matched) == (1, 0, 0)
    assert result.missed_gold == [0]
    assert result.false_positives == []
    assert s.attribution_precision == 0.0  # nothing counted as predicted


# ------------------------------------------------------------------ one-to-one matching


def test_attributions_one_to_one_largest_overlap_first() -> None:
    # Prediction 0 qualifies for both golds: gold 1 (overlap 18) wins over gold 0
    # (overlap 12), and gold 0 then takes prediction 1.
    gold_spans = [[0, 12], [2, 22]]
    pred_spans = [[0, 20], [0, 12]]
    assert match_content(gold_spans, pred_spans) == [(0, 1, 12), (1, 0, 18)]


def test_attributions_one_to_one_each_side_used_once() -> None:
    gold = doc([gold_attr(0, 20)])
    result = score_document(gold, doc([pred_attr(0, 20), pred_attr(2, 20)]))
    assert [(p.gold_index, p.predicted_index) for p in result.pairs] == [(0, 0)]
    assert result.false_positives == [1]
    assert result.scores.attribution_precision == 0.5
    assert result.scores.attribution_recall == 1.0


def test_attributions_greedy_is_not_optimal_but_as_specified() -> None:
    # P [4, 14] overlaps gold A [0, 10] by 6 and gold B [6, 16] by 8; Q [10, 18] only
    # qualifies for B (overlap 6). Greedy gives B to P first, so A and Q stay unmatched,
    # although A-P and B-Q would match both. That is the spec's rule, kept on purpose.
    assert match_content([[0, 10], [6, 16]], [[4, 14], [10, 18]]) == [(1, 0, 8)]


def test_attributions_identical_gold_spans_keep_their_own_copy() -> None:
    gold_spans = [[0, 10], [0, 20]]
    assert match_content(gold_spans, [[0, 20], [0, 10]]) == [(0, 1, 10), (1, 0, 20)]


# ------------------------------------------------------------------ source agreement


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        # articles removed: "het tijdschrift People" ~ "tijdschrift People"
        ({"source": src("het tijdschrift People")}, {"source_text": "tijdschrift People"}, True),
        ({"source": src("De Telegraaf")}, {"source_text": "Telegraaf"}, True),
        # subset in either direction
        ({"source": src("People")}, {"source_text": "het Amerikaanse magazine People"}, True),
        ({"source": src("het Amerikaanse magazine People")}, {"source_text": "People"}, True),
        ({"source": src("Page Six")}, {"source_text": "People"}, False),
        # case-insensitive
        ({"source": src("PAGE six")}, {"source_text": "Page Six"}, True),
        # source_name against source_entity (pronoun resolved)
        (
            {"source": src("hij"), "source_name": "Kanye West"},
            {"source_text": "de rapper", "source_entity": "Kanye West"},
            True,
        ),
        (
            {"source": src("zij"), "source_name": "Kim"},
            {"source_text": "hij", "source_entity": "Kanye West"},
            False,
        ),
        # source_name only, no source span
        ({"source": None, "source_name": "Kanye"}, {"source_text": "Kanye West"}, True),
        # implied source and via on the gold side
        ({"source": src("een insider")}, {"source": None, "implied_source": "een insider"}, True),
        ({"source": src("Page Six")}, {"source_text": "de bron", "via": "Page Six"}, True),
        (
            {"source_name": "Page Six", "source": src("bron")},
            {"source": None, "via": "Page Six"},
            True,
        ),
        # null gold source: null prediction agrees, a non-null one only through candidates
        ({"source": None}, {"source": None}, True),
        ({"source": None, "source_name": "X"}, {"source": None}, True),
        ({"source": src("hij")}, {"source": None}, False),
        ({"source": src("geruchten")}, {"source": None, "implied_source": "geruchten"}, True),
        (
            {"source": src("Kim"), "source_name": "Kim Kardashian"},
            {"source": None, "source_entity": "Kim Kardashian"},
            True,
        ),
        # non-null gold source, null prediction: no agreement
        ({"source": None}, {"source_text": "Kim"}, False),
        # empty word sets never agree (articles only, punctuation only)
        ({"source": src("de")}, {"source_text": "het"}, False),
        ({"source": src("—")}, {"source_text": "Kim"}, False),
        # typographic apostrophe and hyphenated words
        ({"source": src("Woman’s Day")}, {"source_text": "Woman's Day"}, True),
        ({"source": src("Geert-Jan Knoops")}, {"source_text": "advocaat Geert-Jan Knoops"}, True),
        ({"source": src("Geert")}, {"source_text": "Geert-Jan Knoops"}, False),
    ],
)
def test_attributions_source_agreement(
    predicted: dict[str, Any], gold: dict[str, Any], expected: bool
) -> None:
    gold = {"source": [0, 1], **gold}
    if gold["source"] is None:
        gold.pop("source_text", None)
    assert source_agrees(predicted, gold) is expected


def test_attributions_word_set_tokenisation() -> None:
    assert word_set("het Amerikaanse magazine People") == {"amerikaanse", "magazine", "people"}
    assert word_set("een FvD'er") == {"fvd'er"}
    assert word_set("Ría Ölçer, 42") == {"ría", "ölçer", "42"}
    assert word_set("") == frozenset()
    assert word_set(None) == frozenset()


# ------------------------------------------------------------------ denials and pronouns


@pytest.mark.parametrize(
    ("pred_extra", "found"),
    [
        ({"stance": "deny", "source": src("woordvoerder")}, 1),
        ({"stance": "assert", "source": src("woordvoerder")}, 0),  # stance wrong
        ({"stance": "deny", "source": src("advocaat")}, 0),  # source wrong
    ],
)
def test_attributions_denial_recall(pred_extra: dict[str, Any], found: int) -> None:
    gold = doc([gold_attr(0, 20, source=[100, 112], source_text="een woordvoerder", stance="deny")])
    s = score_document(gold, doc([pred_attr(0, 20, **pred_extra)])).scores
    assert (s.denials, s.denials_found) == (1, found)
    assert s.denial_recall == found


@pytest.mark.parametrize(
    ("source_text", "source_entity", "source_name", "counts"),
    [
        ("hij", "Kanye West", "Kanye West", (1, 1)),
        ("Hij", "Kanye West", "Kanye", (1, 1)),  # subset rule, sentence-initial capital
        ("ze", "Kim Kardashian", "Kanye West", (1, 0)),
        ("ze", "Kim Kardashian", None, (1, 0)),
        ("hij", None, None, (0, 0)),  # no entity in gold: not counted
        ("Kanye", "Kanye West", "Kanye West", (0, 0)),  # not a pronoun
    ],
)
def test_attributions_pronoun_sources_resolved(
    source_text: str, source_entity: str | None, source_name: str | None, counts: tuple[int, int]
) -> None:
    gold = doc(
        [gold_attr(0, 20, source=[100, 103], source_text=source_text, source_entity=source_entity)]
    )
    predicted = doc([pred_attr(0, 20, source=src(source_text, 100), source_name=source_name)])
    s = score_document(gold, predicted).scores
    assert (s.pronoun_sources_total, s.pronoun_sources_resolved) == counts
    assert s.to_dict()["pronoun_sources_total"] == counts[0]


def test_attributions_kind_and_source_type_accuracy_on_content_matches() -> None:
    gold = doc([gold_attr(0, 20, kind="direct"), gold_attr(30, 50, source_type="outlet")])
    predicted = doc(
        [pred_attr(0, 20, kind="direct", source=src("x")), pred_attr(30, 50, kind="mixed")]
    )
    s = score_document(gold, predicted).scores
    assert s.kind_accuracy == 0.5  # counted even where the source disagrees
    assert s.source_type_accuracy == 0.5


# ------------------------------------------------------------------ loading


def test_attributions_load_gold_skips_readable(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(json.dumps(doc([], "b")), encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(doc([], "a")), encoding="utf-8")
    (tmp_path / "a.readable.json").write_text(json.dumps(doc([], "r")), encoding="utf-8")
    assert [d["id"] for d in load_gold(tmp_path)] == ["a", "b"]
    assert [d["id"] for d in load_gold(tmp_path / "b.json")] == ["b"]


def test_attributions_to_dict_is_json_serialisable() -> None:
    s = AttributionScores()
    d = json.loads(json.dumps(s.to_dict()))
    assert d["attribution_f1"] == 0.0 and d["denial_recall"] is None
