"""Ingest with the real analyser: the command, resuming after kill -9, rejects kept."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hearsay.cli import app
from hearsay.store import ingest, open_store

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
def progress(done, total):
    print(done, flush=True)
    time.sleep(0.03)
ingest([sys.argv[1]], open_store(sys.argv[2]), workers=1, batch_size=3, on_progress=progress)
print("finished", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_ingest_resumes_after_kill_9(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
    killed_db = tmp_path / "killed.db"
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_INGEST, str(corpus), str(killed_db)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "finished" or int(line) >= 17:  # mid-batch: 17 is not a multiple of 3
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    with open_store(killed_db) as store:
        partial = store.counts()["articles"]
        assert 0 < partial < 40
        resumed = ingest([corpus], store, workers=1)
        assert resumed.skipped == partial
        after_resume = store.counts()
    with open_store(tmp_path / "whole.db") as store:
        ingest([corpus], store, workers=1)
        uninterrupted = store.counts()
    assert after_resume == uninterrupted
    assert uninterrupted["articles"] == 40 and uninterrupted["rejects"] == 2
