"""``ingest --engine dask``: a LocalCluster of 2 workers leaves the store exactly as the
single-process ingest does, record for record; the shards are Parquet that DuckDB reads."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from hearsay.cli import app
from hearsay.store import ingest, open_store
from hearsay.store.distributed import ingest_dask
from hearsay.store.schema import EXPORTED_TABLES
from hearsay.store.shards import analysed_from_json, analysed_to_json, read_rejects, read_shards

TEXTS = [
    "Premier {name} zegt dat het kabinet de belasting op {thing} verhoogt. 'We moeten iets "
    "doen', aldus {name}. Volgens de oppositie is dat een slecht idee voor {place}.",
    "Volgens ingewijden zou {name} willen stoppen met {thing}. Een woordvoerder van {name} "
    "ontkent dat op 3 maart 2019. De bewoners van {place} reageren verdeeld op het nieuws.",
    "Burgemeester {name} van {place} vertelde dinsdag dat {thing} voorlopig verboden blijft. "
    "De politie zegt dat de controles worden opgevoerd, schrijft NRC. Het kost 2 miljoen euro.",
]
NAMES = ["Mark Rutte", "Femke Halsema", "Ahmed Aboutaleb", "Sigrid Kaag"]
THINGS = ["vuurwerk", "vliegtickets", "suiker", "plastic", "benzine"]
PLACES = ["Amsterdam", "Rotterdam", "Utrecht"]


def write_corpus(path: Path, count: int) -> Path:
    """``count`` articles (some near-copies of others, for the stories), then two bad records."""
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            text = TEXTS[number % 3].format(
                name=NAMES[number % 4], thing=THINGS[number % 5], place=PLACES[number % 3]
            )
            record = {
                "id": number,
                "title": f"Bericht {number}",
                "text": text,
                "published_at": f"2019-03-{1 + number % 20:02d}",
                "publisher": ["ad", "vk", "trouw"][number % 3],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.write('{"id": "empty", "text": ""}\n')
        handle.write("not json\n")
    return path


def store_rows(db: Path) -> dict[str, list[dict]]:
    """Every exported table of a store, without the time of ingest."""
    with open_store(db) as store:
        tables = {}
        for table in EXPORTED_TABLES:
            _, rows = store.rows(table)
            tables[table] = [{k: v for k, v in row.items() if k != "ingested_at"} for row in rows]
        return tables


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", 17)


@pytest.fixture(scope="module")
def single_process(corpus, tmp_path_factory) -> tuple[dict, dict]:
    db = tmp_path_factory.mktemp("single") / "single.db"
    with open_store(db) as store:
        result = ingest([corpus], store, workers=1)
    return result.to_dict(), store_rows(db)


def assert_same_store(dask_db: Path, single_process: tuple[dict, dict]) -> None:
    expected = single_process[1]
    got = store_rows(dask_db)
    assert got["articles"] and got["attributions"] and got["entities"]
    for table in EXPORTED_TABLES:
        assert got[table] == expected[table], table


def test_dask_threads_store_equals_single_process(corpus, single_process, tmp_path):
    db = tmp_path / "dask.db"
    with open_store(db) as store:
        result = ingest_dask(
            [corpus], store, tmp_path / "shards", workers=2, processes=False, partition_size=4
        )
    summary = result.to_dict()
    for key in ("articles", "attributions", "entities", "rejects", "near_duplicates"):
        assert summary[key] == single_process[0][key], key
    assert_same_store(db, single_process)
    assert len(list((tmp_path / "shards").glob("articles-*.parquet"))) == 5  # 17 by 4


def test_dask_worker_processes_store_equals_single_process(corpus, single_process, tmp_path):
    db = tmp_path / "dask.db"
    with open_store(db) as store:
        ingest_dask([corpus], store, tmp_path / "shards", workers=2, partition_size=6)
    assert_same_store(db, single_process)


def test_dask_rerun_skips_what_is_stored_and_replaces_the_shards_when_told(corpus, tmp_path):
    db = tmp_path / "dask.db"
    shards = tmp_path / "shards"
    with open_store(db) as store:
        first = ingest_dask([corpus], store, shards, workers=2, processes=False, partition_size=8)
        with pytest.raises(FileExistsError, match="--force"):
            ingest_dask([corpus], store, shards, workers=2, processes=False)
        again = ingest_dask(
            [corpus], store, shards, workers=2, processes=False, partition_size=8, overwrite=True
        )
        assert store.counts()["articles"] == first.articles == 17
    assert again.articles == 0 and again.skipped == 17
    assert list(read_shards(shards)) == []  # nothing new: the old shards are gone


def test_shards_hold_the_analysis_for_duckdb_and_the_store_without_loss(corpus, tmp_path):
    shards = tmp_path / "shards"
    result = ingest_dask([corpus], None, shards, workers=2, processes=False, partition_size=5)
    assert result.articles == 17 and result.rejects == 2 and result.attributions > 0
    pattern = str(shards / "articles-*.parquet")
    count, positions, attributions = duckdb.sql(
        f"SELECT count(*), list(position ORDER BY position), sum(attribution_count) "
        f"FROM '{pattern}'"
    ).fetchall()[0]
    assert count == 17 and positions == list(range(17))
    assert attributions == result.attributions
    first = json.loads(duckdb.sql(f"SELECT analysis FROM '{pattern}' LIMIT 1").fetchall()[0][0])
    assert first["id"] == "0" and first["attributions"][0]["source_name"] == "Mark Rutte"
    items = list(read_shards(shards))
    assert [position for position, _ in items] == list(range(17))
    assert all(analysed_from_json(analysed_to_json(item)) == item for _, item in items)
    assert sorted(reject.origin for reject in read_rejects(shards)) == [
        f"{corpus}:18",
        f"{corpus}:19",
    ]


def test_cli_ingest_dask_shards_only_then_into_the_store(corpus, single_process, tmp_path):
    runner = CliRunner()
    shards = tmp_path / "shards"
    only = runner.invoke(
        app,
        [
            "ingest",
            str(corpus),
            "--engine",
            "dask",
            "--workers",
            "2",
            "--shards",
            str(shards),
            "--shards-only",
        ],
    )
    assert only.exit_code == 1, only.output  # two records rejected
    summary = json.loads(only.stdout.strip().splitlines()[-1])
    assert summary["articles"] == 17 and summary["store"] is None
    db = tmp_path / "dask.db"
    loaded = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--engine", "dask", "--workers", "2"]
    )
    assert loaded.exit_code == 1, loaded.output
    assert json.loads(loaded.stdout.strip().splitlines()[-1])["store"]["articles"] == 17
    assert_same_store(db, single_process)


def test_cli_ingest_refuses_dask_options_without_the_dask_engine(corpus, tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "x.db")
    wrong = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--scheduler", "tcp://x:1"])
    assert wrong.exit_code == 2 and "--engine dask" in wrong.output
    no_folder = runner.invoke(
        app, ["ingest", str(corpus), "--db", db, "--engine", "dask", "--shards-only"]
    )
    assert no_folder.exit_code == 2 and "--shards" in no_folder.output
