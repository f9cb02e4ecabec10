"""Take the README's screenshot of the article page for the seed article.

    .venv/bin/python scripts/screenshot_web.py [docs/img/article-page.png]

Ingests hearsay/examples/seed-000.txt into a throwaway store, serves it on a free loopback
port and photographs /articles/1 with Debian's Chromium (/usr/bin/chromium) through
Playwright; no browser is downloaded.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from hearsay.store import ingest, open_store
from hearsay.web import create_app

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "seed.db")
        with open_store(db) as store:
            ingest([str(ROOT / "hearsay/examples/seed-000.txt")], store, workers=1)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/articles/1")
                # show the popover of one claim, as a reader hovering it sees it
                page.locator(".hl-content", has_text="bipolaire").first.hover()
                out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(out), type="png")
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    print(f"{out}: {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/img/article-page.png")
