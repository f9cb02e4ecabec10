"""Fixtures of the web tests: a store ingested from the small corpus in ``corpus/``, the app
over it (in-process for the API tests, on a free loopback port for the browser tests) and a
headless Debian Chromium driven by Playwright.

The browser tests skip, saying why, where ``/usr/bin/chromium`` or Playwright is missing
(``make test`` installs Chromium through ``scripts/ensure-chromium.sh`` when it can).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from hearsay.store import ingest, open_store

HERE = Path(__file__).parent
CORPUS = HERE / "corpus" / "articles.jsonl"
#: Debian's Chromium; HEARSAY_CHROMIUM names another build (or a missing one, to see the skip).
CHROMIUM = os.environ.get("HEARSAY_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "corpus.db")
    with open_store(path) as store:
        result = ingest([str(CORPUS)], store, workers=1)
    assert result.articles == 4
    return path


@pytest.fixture(scope="session")
def ids(store_path) -> dict[str, int]:
    """Store ids of what the tests look at: articles by their ext id, the story, people."""
    with open_store(store_path) as store:
        db = store.db
        found = {row["ext_id"]: row["id"] for row in db.query("SELECT id, ext_id FROM articles")}
        found["story"] = db.scalar("SELECT story_id FROM articles WHERE ext_id = 'web-1'")
        for name in ("Karin Jansen", "Pieter de Vries"):
            found[name] = db.scalar("SELECT id FROM entities WHERE name = ?", [name])
    return found


@pytest.fixture(scope="session")
def app(store_path):
    from hearsay.web import create_app

    return create_app(store_path)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    # raise_server_exceptions=False: a test sees what a browser would, a 500 included
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_url(app):
    """The app served by uvicorn on a free port of 127.0.0.1, in a thread of this process."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright package (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        except Error as error:
            pytest.skip(f"Chromium does not start here: {str(error).splitlines()[0]}")
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()
