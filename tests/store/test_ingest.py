"""Ingest with the real analyser: the command, resuming after kill -9, rejects kept, and
the store under faults (readers during ingest, a full disk, a read-only database)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hearsay.cli import app
from hearsay.store import ingest, open_store
from hearsay.store.queries import search

ROOT = Path(__file__).resolve().parents[2]

TEMPLATES = [
    "Premier {name} zegt dat het kabinet de belasting op {thing} verhoogt. 'We moeten iets "
    "doen', aldus {name}. Volgens de oppositie is dat een slecht idee voor de {place}.",
    "Volgens ingewijden zou {name} willen stoppen met {thing}. Een woordvoerder van {name} "
    "ontkent dat. De bewoners van {place} reageren verdeeld op het nieuws.",
    "Burgemeester {name} van {place} vertelde dinsdag dat {thing} voorlopig verboden blijft. "
    "De politie zegt dat de controles worden opgevoerd.",
]
NAMES = ["Mark Rutte", "Femke Halsema", "Ahmed Aboutaleb", "Sigrid Kaag", "Wopke Hoekstra"]
THINGS = ["vuurwerk", "vliegtickets", "suiker", "plastic", "benzine", "tabak"]
PLACES = ["Amsterdam", "Rotterdam", "Utrecht", "Groningen"]


def write_corpus(path: Path, count: int) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            text = TEMPLATES[number % 3].format(
                name=NAMES[number % 5], thing=THINGS[number % 6], place=PLACES[number % 4]
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


def test_cli_ingest_then_questions(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 12)
    db = str(tmp_path / "corpus.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "1"])
    assert result.exit_code == 1, result.output  # two records rejected
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["articles"] == 12 and summary["rejects"] == 2
    assert summary["attributions"] > 0
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "1"])
    assert json.loads(again.stdout.strip().splitlines()[-1])["store"] == summary["store"]
    for command in (
        ["search", "vuurwerk", "--format", "json"],
        ["sources", "--format", "json"],
        ["claims", "--about", "Rutte", "--format", "json"],
        ["stories", "--min-articles", "1", "--format", "json"],
        ["story", "1", "--format", "json"],
    ):
        answer = runner.invoke(app, [*command, "--db", db])
        assert answer.exit_code == 0, (command, answer.output)
        assert json.loads(answer.stdout)["rows"], command
    csv = runner.invoke(app, ["sources", "--db", db, "--format", "csv"])
    assert csv.stdout.startswith("source,claims,articles")
    out = tmp_path / "export"
    assert runner.invoke(app, ["export", "--db", db, "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", db, "--out", str(out)]).exit_code == 2


def test_cli_commands_have_examples():
    for name in ("ingest", "search", "sources", "claims", "stories", "story", "export"):
        command = next(c for c in app.registered_commands if c.callback.__name__ == name)
        assert "Example: hearsay" in command.callback.__doc__, name


_SLOW_INGEST = """
import sys, time
from hearsay.store import ingest, open_store
from hearsay.store.queries import search
def progress(done, total):
    print(done, flush=True)
    time.sleep(0.03)
ingest([sys.argv[1]], open_store(sys.argv[2]), workers=1, batch_size=3, on_progress=progress)
print("finished", flush=True)
"""


# --- Faults: kill -9 at random points, concurrent readers, full disk, read-only (issue 8) ---


def consistency_problems(db) -> list[str]:
    """What a reader must never see: an article without all its attributions, a story or
    claim count that disagrees with its rows, an article stored twice."""
    problems = []
    checks = {
        "article with missing attributions": (
            "SELECT COUNT(*) AS n FROM articles a WHERE a.attribution_count != "
            "(SELECT COUNT(*) FROM attributions t WHERE t.article_id = a.id)"
        ),
        "article stored twice": (
            "SELECT COUNT(*) AS n FROM (SELECT ext_id FROM articles GROUP BY ext_id "
            "HAVING COUNT(*) > 1) AS twice"
        ),
        "attribution of no article": (
            "SELECT COUNT(*) AS n FROM attributions t "
            "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)"
        ),
        "mention of no article": (
            "SELECT COUNT(*) AS n FROM mentions m "
            "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)"
        ),
    }
    for problem, sql in checks.items():
        if db.scalar(sql):
            problems.append(problem)
    return problems


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    """Counts and attributions per article of one uninterrupted ingest of the corpus."""
    folder = tmp_path_factory.mktemp("whole")
    corpus = write_corpus(folder / "corpus.jsonl", 40)
    with open_store(folder / "whole.db") as store:
        ingest([corpus], store, workers=1)
        per_article = {
            row["ext_id"]: row["attribution_count"]
            for row in store.db.query("SELECT ext_id, attribution_count FROM articles")
        }
        return store.counts(), per_article


def watch_store(path: Path, stop: threading.Event, seen: list, problems: list) -> None:
    """A reader during ingest: open the store again and again and check what it shows."""
    while not stop.is_set():
        try:
            with open_store(path) as store:
                articles = store.counts()["articles"]
                problems.extend(consistency_problems(store.db))
                search(store, "vuurwerk")
        except Exception as error:  # every failure of a reader is a finding
            problems.append(f"{type(error).__name__}: {error}")
            return
        if seen and articles < seen[-1]:
            problems.append(f"articles went from {seen[-1]} to {articles}")
        seen.append(articles)
        time.sleep(0.01)


@pytest.mark.issue(8)
@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
@pytest.mark.parametrize("seed", range(5))
def test_ingest_resumes_after_kill_9(tmp_path, seed, uninterrupted):
    # Killed at a random record (mid-batch or not) after a random delay, with a reader
    # watching; afterwards the store is intact and a resumed ingest matches a whole one.
    rng = random.Random(seed)
    kill_after, delay = rng.randint(1, 38), rng.uniform(0, 0.05)
    corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
    killed_db = tmp_path / "killed.db"
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_INGEST, str(corpus), str(killed_db)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    stop, seen, problems = threading.Event(), [], []
    reader = threading.Thread(target=watch_store, args=(killed_db, stop, seen, problems))
    try:
        for line in process.stdout:
            if reader.ident is None:
                reader.start()  # the writer has created the store by its first record
            if line.strip() == "finished" or int(line) >= kill_after:
                break
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        stop.set()
        if reader.is_alive():
            reader.join(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert problems == []
    assert seen, "the reader read the store during the ingest"
    assert integrity(killed_db) == "ok"
    whole_counts, whole_per_article = uninterrupted
    with open_store(killed_db) as store:
        partial = store.counts()["articles"]
        assert partial < 40
        assert consistency_problems(store.db) == []
        resumed = ingest([corpus], store, workers=1)
        assert resumed.skipped == partial
        after_resume = store.counts()
        per_article = {
            row["ext_id"]: row["attribution_count"]
            for row in store.db.query("SELECT ext_id, attribution_count FROM articles")
        }
    assert integrity(killed_db) == "ok"
    assert after_resume == whole_counts
    assert per_article == whole_per_article
    assert whole_counts["articles"] == 40 and whole_counts["rejects"] == 2


def small_disk(monkeypatch, pages: int) -> None:
    """Every SQLite connection may grow the database by ``pages`` pages (of 4 KiB): a full
    disk without a small file system (which needs privileges to mount)."""
    connect = sqlite3.connect

    def connect_to_small_disk(*args, **kwargs):
        conn = connect(*args, **kwargs)
        used = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {used + pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect_to_small_disk)


@pytest.mark.issue(8)
def test_cli_ingest_disk_full_clear_error_no_partial_article(tmp_path, monkeypatch, uninterrupted):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
    db = tmp_path / "full.db"
    small_disk(monkeypatch, pages=72)
    runner = CliRunner()
    args = ["ingest", str(corpus), "--db", str(db), "--workers", "1", "--batch-size", "4"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "disk is full" in result.stderr and "Traceback" not in result.output
    monkeypatch.undo()
    assert integrity(db) == "ok"
    whole_counts, whole_per_article = uninterrupted
    with open_store(db) as store:
        stored = store.counts()["articles"]
        assert 0 < stored < 40
        assert consistency_problems(store.db) == []
        for row in store.db.query("SELECT ext_id, attribution_count FROM articles"):
            assert row["attribution_count"] == whole_per_article[row["ext_id"]]
    # With room again, the same command finishes the job.
    again = runner.invoke(app, args)
    assert again.exit_code == 1, again.output  # the two bad records of the corpus
    with open_store(db) as store:
        assert store.counts() == whole_counts


@pytest.mark.issue(8)
def test_cli_ingest_disk_full_on_a_new_store(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3)
    small_disk(monkeypatch, pages=2)  # not even room for the schema
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2, result.output
    assert "disk is full" in result.stderr


def read_only_sqlite(monkeypatch) -> None:
    """Open every existing database file read-only, as SQLite does when the file (or its
    folder) is not writable: root, who runs the tests in CI, may write anything."""
    connect = sqlite3.connect

    def connect_read_only(path, *args, **kwargs):
        if Path(path).exists():
            return connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)
        return connect(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect_read_only)


@pytest.mark.issue(8)
def test_cli_ingest_read_only_store_clear_error(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6)
    db = tmp_path / "ro.db"
    with open_store(db) as store:
        ingest([write_corpus(tmp_path / "first.jsonl", 2)], store, workers=1)
        before = store.counts()
    read_only_sqlite(monkeypatch)
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 2, result.output
    assert "read-only" in result.stderr and "Traceback" not in result.output
    # Questions still work on a store that cannot be written.
    answer = runner.invoke(app, ["search", "vuurwerk", "--db", str(db), "--format", "json"])
    assert answer.exit_code == 0, answer.output
    monkeypatch.undo()
    assert integrity(db) == "ok"
    with open_store(db) as store:
        assert store.counts() == before


@pytest.mark.issue(8)
@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root writes read-only files anyway"
)
def test_cli_ingest_read_only_file_permissions(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3)
    db = tmp_path / "ro.db"
    with open_store(db) as store:
        ingest([write_corpus(tmp_path / "first.jsonl", 2)], store, workers=1)
        before = store.counts()
    db.chmod(0o444)
    try:
        result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db)])
    finally:
        db.chmod(0o644)
    assert result.exit_code == 2, result.output
    with open_store(db) as store:
        assert store.counts() == before


@pytest.mark.issue(8)
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_cli_analyze_rejects_to_a_full_disk(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 2)  # ends with two bad records
    result = CliRunner().invoke(app, ["analyze", str(corpus), "--rejects", "/dev/full"])
    assert result.exit_code == 2, result.output
    assert "No space left on device" in result.stderr
