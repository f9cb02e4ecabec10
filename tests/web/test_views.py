"""What the pages show, as data: spans found again in stored text, text cut into segments,
the side panel, and the story graph's layout."""

from __future__ import annotations

from pathlib import Path

import pytest

import hearsay
from hearsay.store import ingest, open_store
from hearsay.web import views

SEED = Path(hearsay.__file__).parent / "examples" / "seed-000.txt"


@pytest.mark.parametrize(
    ("text", "needle", "claim", "inside", "expected"),
    [
        # the nearest whole word outside the claim: not the "hij" inside it
        ("Zo deelde hij dat hij en Kim gingen.", "hij", (18, 35), False, 10),
        # never part of a longer word ("zou" in "zouden")
        ("Ze zouden gaan, maar hij zou blijven.", "zou", (21, 37), True, 25),
        ("Ze zouden gaan.", "zou", (0, 15), False, None),
        ("Niets hier.", None, (0, 5), False, None),
    ],
)
def test_views_locate_finds_the_nearest_whole_word(text, needle, claim, inside, expected):
    found = views.locate(text, needle, *claim, inside=inside)
    if expected is None:
        assert found is None
    else:
        assert found == {"start": expected, "end": expected + len(needle), "text": needle}


def test_views_segments_cover_the_text_and_know_their_roles():
    text = '"Het klopt niet", zei Jansen.'
    attributions = [
        {
            "content": {"start": 1, "end": 15, "text": "Het klopt niet"},
            "source": {"start": 22, "end": 28, "text": "Jansen"},
            "cue": {"start": 18, "end": 21, "text": "zei"},
        },
        {"content": {"start": 5, "end": 15, "text": "klopt niet"}, "source": None, "cue": None},
    ]
    pieces = views.segments(text, attributions)
    assert "".join(piece.text for piece in pieces) == text
    by_text = {piece.text: piece for piece in pieces}
    assert by_text["Het "].roles == [("content", 0)]
    assert sorted(by_text["klopt niet"].roles) == [("content", 0), ("content", 1)]
    assert by_text["klopt niet"].indexes == "0 1"
    assert by_text["zei"].classes == "hl-cue"
    assert by_text["Jansen"].classes == "hl-source"
    assert by_text['", '].roles == []


def test_views_stored_seed_article_has_the_spans_of_the_analysis(tmp_path):
    """The store keeps a claim's offsets and the words of its source and cue; the article
    page finds them again where the analyser had them."""
    from hearsay.api import analyze

    with open_store(str(tmp_path / "seed.db")) as store:
        ingest([str(SEED)], store, workers=1)
        stored = views.article(store, 1)
    analysed = analyze(stored["text"], date=stored["date"])
    assert len(stored["attributions"]) == len(analysed.attributions) >= 15
    for mine, theirs in zip(stored["attributions"], analysed.attributions, strict=True):
        for role in ("content", "source", "cue"):
            span = getattr(theirs, role)
            assert mine[role] == (span.to_dict() if span else None), (role, span)
    panel = views.sources_panel(stored["attributions"])
    people = next(entry for entry in panel if entry["label"] == "People")
    assert people["source_type"] == "outlet"
    assert "het Amerikaanse magazine People" in people["written_as"]


def test_views_layered_layout_puts_the_cited_right_of_who_cites():
    graph = {
        "nodes": [
            {"id": "ad", "label": "AD", "kind": "outlet"},
            {"id": "page six", "label": "Page Six", "kind": "outlet"},
            {"id": "een insider", "label": "een insider", "kind": "source"},
            {"id": "kim", "label": "Kim", "kind": "person"},
        ],
        "edges": [
            {"from": "ad", "to": "page six", "weight": 1},
            {"from": "page six", "to": "een insider", "weight": 2},
            {"from": "ad", "to": "kim", "weight": 1},
        ],
    }
    layout = views.layered_layout(graph)
    x = {node["id"]: node["x"] for node in layout["nodes"]}
    assert x["ad"] < x["page six"] < x["een insider"]
    assert x["ad"] < x["kim"]
    assert all(0 < node["y"] < layout["height"] for node in layout["nodes"])
    edge = next(edge for edge in layout["edges"] if edge["to"] == "een insider")
    assert (edge["x1"], edge["x2"]) == (x["page six"], x["een insider"])
