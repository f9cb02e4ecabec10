"""Fixtures of the store tests: a store on SQLite and on PostgreSQL, handmade documents.

PostgreSQL runs where ``HEARSAY_TEST_POSTGRES`` names a server (``make test`` starts one
through ``scripts/with-postgres.sh``); each test gets a schema of its own, dropped after.
"""

from __future__ import annotations

import os
import uuid

import pytest

from hearsay.model import Article, Attribution, Document, Entity, Mention, TextSpan
from hearsay.store import open_store
from hearsay.store.store import prepare

POSTGRES = os.environ.get("HEARSAY_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    if not POSTGRES:
        pytest.skip("PostgreSQL tests need HEARSAY_TEST_POSTGRES (make test starts a server)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES else "?"
    yield f"{POSTGRES}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened


def make_document(
    text: str,
    *,
    id: str,
    date: str = "2019-03-01",
    outlet: str = "ad",
    title: str | None = None,
    entities: dict[str, str] | None = None,
    claims: list[tuple[str, str, str]] = (),
) -> Document:
    """A document built by hand: ``entities`` maps names (found in ``text``) to types;
    ``claims`` are ``(source name, content, stance)`` with the content found in ``text``."""
    article = Article(
        text=text, id=id, date=date, title=title or id, extra={"outlet": outlet}, origin=id
    )
    built: list[Entity] = []
    by_name: dict[str, str] = {}
    for number, (name, entity_type) in enumerate((entities or {}).items(), start=1):
        start = text.index(name)
        entity_id = f"E{number}"
        by_name[name] = entity_id
        built.append(
            Entity(entity_id, name, entity_type, [Mention(start, start + len(name), name)])
        )
    attributions = []
    for source, content, stance in claims:
        start = text.index(content)
        attributions.append(
            Attribution(
                content=TextSpan.of(text, start, start + len(content)),
                kind="indirect",
                source=TextSpan.of(text, text.index(source), text.index(source) + len(source))
                if source in text
                else None,
                source_name=source,
                source_type="person",
                stance=stance,
                entity_id=by_name.get(source),
            )
        )
    return Document(article=article, attributions=attributions, entities=built)


def prepared(*documents: Document):
    return [prepare(document) for document in documents]
