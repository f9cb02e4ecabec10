"""The ``hearsay`` command: output formats, exit statuses, rejects, eval and help texts.

Most tests run the Typer app in-process with ``CliRunner`` (the analyser is loaded once);
reading standard input is checked on the installed ``hearsay`` script in a subprocess.
Every input is written by hand into ``tmp_path``, except the bundled example article.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer
from typer.testing import CliRunner

import hearsay
from hearsay.cli import app

EXAMPLE = Path(hearsay.__file__).parent / "examples" / "seed-000.txt"
SCRIPT = Path(sys.executable).parent / "hearsay"
CONTRACT_KEYS = {"id", "text", "attributions", "entities", "timexes", "quantities"}
ATTRIBUTION_KEYS = {
    "content",
    "source",
    "source_name",
    "source_type",
    "cue",
    "kind",
    "stance",
    "via",
}
# A wide terminal, so that the text report does not cut source names short.
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}

POLICE = "Volgens de politie is de man gevlucht."
DENIAL = "De woordvoerder ontkent dat de zangeres zwanger is."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path, monkeypatch):
    """Run every command in ``tmp_path``, so a default rejects file never lands in the repo."""
    monkeypatch.chdir(tmp_path)


def invoke(runner: CliRunner, *args: str | Path):
    return runner.invoke(app, [str(arg) for arg in args], env=ENV)


def jsonl_lines(*records: object) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def assert_no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )


def parse_jsonl(stdout: str) -> list[dict]:
    lines = [line for line in stdout.splitlines() if line.strip()]
    return [json.loads(line) for line in lines]


# --------------------------------------------------------------------------- analyze


def test_cli_analyze_jsonl_one_object_per_line(runner, tmp_path):
    handmade = tmp_path / "articles.jsonl"
    handmade.write_text(
        jsonl_lines({"id": "a", "text": POLICE}, {"id": 7, "text": DENIAL}), encoding="utf-8"
    )
    result = invoke(runner, "analyze", EXAMPLE, handmade, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    for record in records:
        assert isinstance(record, dict)
        assert record.keys() >= CONTRACT_KEYS
        for attribution in record["attributions"]:
            assert attribution.keys() >= ATTRIBUTION_KEYS
    assert [record["id"] for record in records] == ["seed-000", "a", "7"]
    assert records[1]["text"] == POLICE
    assert records[2]["attributions"][0]["stance"] == "deny"


def test_cli_analyze_json_gives_a_list(runner, tmp_path):
    first, second = tmp_path / "een.txt", tmp_path / "twee.txt"
    first.write_text(POLICE + "\n", encoding="utf-8")
    second.write_text(DENIAL + "\n", encoding="utf-8")
    result = invoke(runner, "analyze", first, second, "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert [record["id"] for record in records] == ["een", "twee"]
    for record in records:
        assert record.keys() >= CONTRACT_KEYS
        assert record["attributions"]


def test_cli_analyze_text_report_names_the_sources(runner):
    result = invoke(runner, "analyze", EXAMPLE, "--format", "text")
    assert result.exit_code == 0, result.output
    for source in ("Page Six", "People", "een insider", "geruchten"):
        assert source in result.stdout, source


def test_cli_analyze_text_is_the_default_format(runner):
    result = invoke(runner, "analyze", EXAMPLE)
    assert result.exit_code == 0, result.output
    assert "Page Six" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


def test_cli_analyze_stdin_with_date_in_process(runner):
    result = runner.invoke(
        app,
        ["analyze", "-", "--format", "jsonl", "--date", "2021-03-04"],
        input=POLICE + "\n",
        env=ENV,
    )
    assert result.exit_code == 0, result.output
    (record,) = parse_jsonl(result.stdout)
    assert record["date"] == "2021-03-04"
    assert record["text"] == POLICE
    assert record["attributions"][0]["source"]["text"] == "de politie"


@pytest.mark.skipif(not SCRIPT.exists(), reason="the hearsay script is not installed")
@pytest.mark.parametrize(
    ("stdin", "date", "expected_date"),
    [
        (POLICE + "\n", "2021-03-04", "2021-03-04"),
        (POLICE + "\n", "2021-03", "2021-03"),
        # A record's own date wins over --date, which only fills in.
        (jsonl_lines({"id": "x", "date": "2020-12-15", "text": POLICE}), "2021", "2020-12-15"),
    ],
    ids=["text", "month", "jsonl-own-date"],
)
def test_cli_analyze_stdin_subprocess(tmp_path, stdin, date, expected_date):
    completed = subprocess.run(
        [str(SCRIPT), "analyze", "-", "--format", "jsonl", "--date", date],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    stderr = completed.stderr.decode("utf-8", "replace")
    assert completed.returncode == 0, stderr
    assert "Traceback" not in stderr
    (record,) = parse_jsonl(completed.stdout.decode("utf-8"))
    assert record["date"] == expected_date
    assert record["text"] == POLICE
    assert record["attributions"]


def test_cli_analyze_broken_line_exit_1_with_rejects(runner, tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": POLICE})
        + "\n"
        + '{"id": "b", "text": \n'
        + json.dumps({"id": "c", "text": DENIAL})
        + "\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "out" / "rej.jsonl"
    result = invoke(runner, "analyze", source, "--format", "jsonl", "--rejects", rejects)
    assert result.exit_code == 1, result.output
    assert_no_traceback(result)
    assert [record["id"] for record in parse_jsonl(result.stdout)] == ["a", "c"]
    (reject,) = parse_jsonl(rejects.read_text(encoding="utf-8"))
    assert reject["origin"] == f"{source}:2"
    assert reject["reason"]
    assert reject["record"].startswith('{"id": "b"')
    assert "rej.jsonl" in result.stderr


def test_cli_analyze_clean_run_writes_no_rejects_file(runner, tmp_path):
    source = tmp_path / "one.txt"
    source.write_text(POLICE, encoding="utf-8")
    rejects = tmp_path / "rej.jsonl"
    result = invoke(runner, "analyze", source, "--format", "jsonl", "--rejects", rejects)
    assert result.exit_code == 0, result.output
    assert not rejects.exists()


@pytest.mark.parametrize(
    ("files", "rejected"),
    [
        ({}, 0),
        ({"leeg.txt": "", "spaties.txt": "  \n\n\t"}, 2),
        ({"kapot.jsonl": '{"id": 1, "text": \n', "geen-tekst.jsonl": '{"id": 2}\n'}, 2),
        ({"sub/leeg.txt": "", "null.jsonl": '{"id": 3, "text": null}\n'}, 2),
    ],
    ids=["empty-folder", "empty-files", "broken-jsonl", "nested"],
)
def test_cli_analyze_nothing_readable_exit_2(runner, tmp_path, files, rejected):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
    rejects = tmp_path / "rej.jsonl"
    result = invoke(runner, "analyze", folder, "--format", "jsonl", "--rejects", rejects)
    assert result.exit_code == 2, result.output
    assert_no_traceback(result)
    assert result.stdout.strip() == ""
    assert "no article could be analysed" in result.stderr
    written = parse_jsonl(rejects.read_text(encoding="utf-8")) if rejects.exists() else []
    assert len(written) == rejected
    assert all(reject["origin"].startswith(str(folder)) for reject in written)


def test_cli_analyze_missing_file_exit_2(runner, tmp_path):
    result = invoke(runner, "analyze", tmp_path / "nergens.txt", "--rejects", tmp_path / "r.jsonl")
    assert result.exit_code == 2
    assert_no_traceback(result)
    assert "nergens.txt" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "xx"],
        ["--input-format", "docx"],
    ],
    ids=["unknown-language", "unknown-input-format"],
)
def test_cli_analyze_bad_option_exit_2_one_line(runner, tmp_path, args):
    source = tmp_path / "one.txt"
    source.write_text(POLICE, encoding="utf-8")
    result = invoke(runner, "analyze", source, *args)
    assert result.exit_code == 2
    assert_no_traceback(result)
    assert result.stderr.strip()


# --------------------------------------------------------------------------- eval


def gold_document(text: str, content: str, source: str | None, cue: str, **fields) -> dict:
    """A gold file in the format of ``spec/attribution.md`` with one attribution."""

    def span(part: str | None) -> list[int] | None:
        if part is None:
            return None
        start = text.index(part)
        return [start, start + len(part)]

    attribution = {
        "content": span(content),
        "content_text": content,
        "source": span(source),
        "source_text": source,
        "cue": span(cue),
        "cue_text": cue,
        "kind": "according_to",
        "source_type": "organisation",
        "source_entity": None,
        "stance": "assert",
        "via": None,
        "implied_source": None,
        "optional": False,
    }
    attribution.update(fields)
    return {
        "id": "gold-1",
        "date": "2021-01-05",
        "category": "Binnenland",
        "lang": "nl",
        "text": text,
        "attributions": [attribution],
    }


@pytest.fixture
def gold_folder(tmp_path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    document = gold_document(POLICE, "is de man gevlucht", "de politie", "Volgens")
    (folder / "gold-1.json").write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    # A human-readable rendering next to it is not scored a second time.
    (folder / "gold-1.readable.json").write_text(json.dumps(document), "utf-8")
    return folder


@pytest.mark.parametrize("target", ["folder", "file"])
def test_cli_eval_attributions_last_line_is_json(runner, gold_folder, target):
    path = gold_folder if target == "folder" else gold_folder / "gold-1.json"
    result = invoke(runner, "eval", "attributions", path)
    assert result.exit_code == 0, result.output
    last = result.stdout.strip().splitlines()[-1]
    scores = json.loads(last)
    assert scores["documents"] == 1
    assert scores["gold"] == 1
    assert 0.0 <= scores["attribution_f1"] <= 1.0
    # One unambiguous "volgens" sentence: the analyser gets it right.
    assert scores["attribution_f1"] == 1.0


def test_cli_eval_attributions_missing_gold_is_a_clear_error(runner, tmp_path):
    missing = tmp_path / "geen-gold"
    result = invoke(runner, "eval", "attributions", missing)
    assert result.exit_code != 0
    assert_no_traceback(result)
    assert result.stdout.strip() == ""
    assert "geen-gold" in result.stderr


def test_cli_eval_attributions_malformed_gold_is_a_clear_error(runner, tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text('{"id": "x", "text": ', encoding="utf-8")
    result = invoke(runner, "eval", "attributions", path)
    assert result.exit_code != 0
    assert_no_traceback(result)
    assert result.stderr.strip()


# --------------------------------------------------------------------------- help


def command_paths(command: click.Command, path: tuple[str, ...] = ()):
    """(path, command) for every command and group below ``command``."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from command_paths(sub, (*path, name))


COMMANDS = [
    pytest.param(path, command, id=" ".join(path) or "hearsay")
    for path, command in command_paths(typer.main.get_command(app))
]


@pytest.mark.parametrize(("path", "command"), COMMANDS)
def test_cli_every_command_is_documented(runner, path, command):
    assert (command.help or "").strip(), f"hearsay {' '.join(path)} has no help text"
    result = invoke(runner, *path, "--help")
    assert result.exit_code == 0, result.output
    if "Example" in (command.help or ""):
        assert "Example" in result.stdout


@pytest.mark.parametrize("path", [("analyze",), ("eval", "attributions"), ("bench",)], ids=" ".join)
def test_cli_help_shows_an_example(runner, path):
    result = invoke(runner, *path, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout
    assert f"hearsay {' '.join(path)}" in result.stdout


def test_cli_version_prints_the_version(runner):
    result = invoke(runner, "version")
    assert result.exit_code == 0
    assert result.stdout.strip() == hearsay.__version__


@pytest.mark.issue(8)
def test_cli_makes_no_network_connection(tmp_path, monkeypatch):
    # SECURITY.md promises no network at run time: not for HTML with remote links, images
    # and a canonical URL, not for the analysis, not for the store.
    import socket

    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://example.org/a">'
        '<script src="https://example.org/x.js"></script></head><body><article>'
        '<img src="https://example.org/p.jpg"><p>Premier Mark Rutte zei maandag dat het '
        "kabinet stopt, meldt de NOS.</p></article></body></html>",
        encoding="utf-8",
    )
    runner = CliRunner()
    analysed = runner.invoke(app, ["analyze", str(page), "--format", "jsonl"])
    assert analysed.exit_code == 0, analysed.output
    stored = runner.invoke(
        app, ["ingest", str(page), "--db", str(tmp_path / "s.db"), "--workers", "1"]
    )
    assert stored.exit_code == 0, stored.output
    assert attempts == []
