"""The questions (search, sources, claims, stories, story) and the export, on both dialects."""

from __future__ import annotations

import pytest

from hearsay.store import StoreError
from hearsay.store.export import EXPORTED_TABLES, export
from hearsay.store.queries import claims, search, sources, stories_list, story
from tests.store.conftest import make_document, prepared

CLAIM = "de brexit wordt uitgesteld tot eind juni van dit jaar"


@pytest.fixture
def filled(store):
    store.add_batch(
        prepared(
            make_document(
                f"Volgens Theresa May {CLAIM}. Het parlement in Londen stemt opnieuw.",
                id="a1",
                outlet="vk",
                date="2019-03-01",
                title="Brexit uitgesteld",
                entities={"Theresa May": "PER", "Londen": "LOC"},
                claims=[("Theresa May", CLAIM, "assert")],
            ),
            make_document(
                f"Theresa May zei dat {CLAIM}. Een insider zegt dat Londen verdeeld is.",
                id="a2",
                outlet="ad",
                date="2019-03-02",
                title="May wil uitstel",
                entities={"Theresa May": "PER", "Londen": "LOC"},
                claims=[
                    ("Theresa May", CLAIM, "assert"),
                    ("een insider", "Londen verdeeld is", "assert"),
                ],
            ),
            make_document(
                "Schouten ontkent dat boeren worden gekort op hun subsidie voor stikstof.",
                id="a3",
                outlet="trouw",
                date="2019-04-01",
                title="Stikstof",
                entities={"Schouten": "PER"},
                claims=[("Schouten", "boeren worden gekort op hun subsidie voor stikstof", "deny")],
            ),
        )
    )
    store.db.execute(
        "UPDATE attributions SET source_type = 'anonymous' WHERE source_key = 'een insider'"
    )
    return store


def test_search_finds_articles_and_claims(filled):
    answer = search(filled, "brexit uitgesteld")
    kinds = [(row["kind"], row["outlet"]) for row in answer.rows]
    assert ("article", "vk") in kinds and ("claim", "ad") in kinds
    assert all("brexit" in row["text"].lower() for row in answer.rows)


@pytest.mark.parametrize(
    "filters, outlets",
    [
        ({"outlet": "AD"}, {"ad"}),
        ({"date_from": "2019-03-02"}, {"ad"}),
        ({"date_to": "2019-03-01"}, {"vk"}),
        ({"entity": "Theresa May"}, {"vk", "ad"}),
        ({"entity": "Schouten"}, set()),
        ({"source": "may"}, {"vk", "ad"}),
    ],
)
def test_search_filters(filled, filters, outlets):
    answer = search(filled, "brexit", **filters)
    assert {row["outlet"] for row in answer.rows} == outlets


def test_search_query_syntax_is_not_interpreted(filled):
    assert search(filled, 'brexit" OR "NEAR(').rows == []


def test_sources_counts_claims_outlets_denials(filled):
    rows = {row["source"]: row for row in sources(filled).rows}
    assert rows["Theresa May"]["claims"] == 2
    assert rows["Theresa May"]["outlets"] == "ad,vk"
    assert rows["een insider"]["anonymous_share"] == 1.0
    assert rows["Schouten"]["denials"] == 1


def test_claims_about_entity_groups_reports(filled):
    rows = claims(filled, about="Londen").rows
    assert [row["text"] for row in rows] == ["Londen verdeeld is"]
    assert claims(filled, about="nobody at all").rows == []


def test_stories_and_story_timeline(filled):
    listed = stories_list(filled).rows
    assert len(listed) == 1 and listed[0]["articles"] == 2
    assert listed[0]["outlet_chain"] == "vk > ad"
    answer = story(filled, listed[0]["id"])
    assert [row["kind"] for row in answer.rows][:2] == ["article", "claim"]
    assert any("2 reports: vk > ad" in row["note"] for row in answer.rows)
    with pytest.raises(StoreError):
        story(filled, 9999)


def test_export_parquet_reads_in_duckdb(filled, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    paths = export(filled, tmp_path / "out", "parquet")
    assert sorted(path.stem for path in paths) == sorted(EXPORTED_TABLES)
    con = duckdb.connect()
    count = con.execute(f"SELECT COUNT(*) FROM '{tmp_path / 'out' / 'articles.parquet'}'")
    assert count.fetchone()[0] == 3
    outlets = con.execute(
        f"SELECT outlets FROM '{tmp_path / 'out' / 'claim_groups.parquet'}' WHERE report_count = 2"
    ).fetchall()
    assert outlets == [("vk > ad",)]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_text_formats(filled, tmp_path, fmt):
    paths = export(filled, tmp_path, fmt)
    articles = next(path for path in paths if path.stem == "articles")
    assert len(articles.read_text(encoding="utf-8").strip().splitlines()) == (
        4 if fmt == "csv" else 3
    )
