"""``hearsay serve``: loopback by default, a clear error without a store."""

from __future__ import annotations

from typer.testing import CliRunner

from hearsay.cli import app


def test_serve_binds_to_loopback_unless_told(monkeypatch, store_path):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **options: calls.append(options))
    runner = CliRunner()
    result = runner.invoke(app, ["serve", "--db", store_path])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8000
    result = runner.invoke(app, ["serve", "--db", store_path, "--host", "0.0.0.0", "--port", "9"])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "0.0.0.0" and calls[-1]["port"] == 9


def test_serve_without_a_store_says_so(tmp_path):
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 2
    assert "no store at" in result.output
    assert not missing.exists()
