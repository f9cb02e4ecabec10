"""The same pages and API over a PostgreSQL store (``make test`` starts a server through
``scripts/with-postgres.sh``; without ``HEARSAY_TEST_POSTGRES`` this skips)."""

from __future__ import annotations

import os
import uuid

import pytest

from hearsay.store import ingest, open_store
from tests.web.conftest import CORPUS

POSTGRES = os.environ.get("HEARSAY_TEST_POSTGRES")


@pytest.fixture
def postgres_client():
    if not POSTGRES:
        pytest.skip("PostgreSQL tests need HEARSAY_TEST_POSTGRES (make test starts a server)")
    import psycopg
    from fastapi.testclient import TestClient

    from hearsay.web import create_app

    schema = f"w_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES else "?"
    url = f"{POSTGRES}{separator}options=-csearch_path%3D{schema}"
    try:
        with open_store(url) as store:
            ingest([str(CORPUS)], store, workers=1)
        with TestClient(create_app(url), raise_server_exceptions=False) as client:
            yield client
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_postgres_pages_and_api_answer_as_on_sqlite(postgres_client):
    client = postgres_client
    rows = client.get("/api/articles").json()["rows"]
    assert len(rows) == 4
    first = next(row for row in rows if row["date"] == "2024-03-04")
    article = client.get(f"/api/articles/{first['id']}").json()
    quote = next(a for a in article["attributions"] if "meer ruimte" in a["content"]["text"])
    assert quote["source"]["text"] == "Jansen" and quote["cue"]["text"] == "zei"
    entity_id = quote["entity"]["id"]
    entity = client.get(f"/api/entities/{entity_id}").json()
    assert any(row["source_key"] == "Pieter de Vries" for row in entity["about"])
    assert client.get("/api/sources/Karin Jansen").json()["denials"] == 1  # "ontkent dat"
    assert client.get("/api/outlets/de dagkrant").json()["name"] == "De Dagkrant"
    story = client.get(f"/api/stories/{article['story_id']}").json()
    assert ("het avondblad", "de telegraaf") in {
        (edge["from"], edge["to"]) for edge in story["graph"]["edges"]
    }
    search = client.get("/api/search", params={"q": "stikstofregels", "outlet": "het avondblad"})
    assert [row["outlet"] for row in search.json()["rows"]] == ["Het Avondblad"]
    for url in ("/", f"/articles/{first['id']}", f"/entities/{entity_id}", "/search?q=natuur"):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    "url", ["/api/entities?name=%00", "/api/search?q=%00", "/api/sources/a%00b", "/search?q=%00"]
)
def test_postgres_a_nul_character_is_a_400_not_a_500(postgres_client, url):
    response = postgres_client.get(url)
    assert response.status_code == 400, response.text
    assert "NUL" in response.text or "0x00" in response.text
