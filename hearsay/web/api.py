"""The HTTP API: the JSON twin of every page (``/api/...``), built from the same functions
(:mod:`hearsay.web.views`, :mod:`hearsay.store.queries`); documented at ``/docs``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from hearsay.store import queries
from hearsay.store.store import Store
from hearsay.web import views
from hearsay.web.app import analyse_text, store_of

router = APIRouter(prefix="/api", tags=["api"])

StoreDep = Annotated[Store, Depends(store_of)]
#: ISO dates as the CLI takes them: 2019, 2019-03, 2019-03-01.
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Limit = Annotated[int, Query(ge=1, le=1000, description="How many rows at most.")]
#: A row id: what the databases store (64-bit), so a longer number is a 422, not a 500.
Id = Annotated[int, Path(ge=0, le=2**63 - 1)]


class ArticleIn(BaseModel):
    """An article to analyse: its body and, where known, its metadata."""

    text: str = Field(min_length=1, description="The article body.")
    title: str | None = None
    date: str | None = Field(default=None, pattern=ISO_DATE, description="YYYY[-MM[-DD]]")
    section: str | None = None
    id: str | None = None


@router.post("/analyze", summary="Analyse one article on the spot")
def analyze(request: Request, article: ArticleIn) -> dict[str, Any]:
    """The analysis of the posted article: attributions, entities, time expressions and
    quantities, as ``hearsay analyze --format json`` writes them (shared/spec), each
    attribution with the entity its source resolves to."""
    document = analyse_text(
        request,
        article.text,
        title=article.title,
        date=article.date,
        section=article.section,
        id=article.id,
    )
    return views.document(document)


@router.get("/articles", summary="Stored articles, newest first")
def articles(
    store: StoreDep, limit: Limit = 50, offset: Annotated[int, Query(ge=0)] = 0
) -> dict[str, Any]:
    return {"rows": views.articles(store, limit=limit, offset=offset)}


@router.get("/articles/{article_id}", summary="One stored article with its attributions")
def article(store: StoreDep, article_id: Id) -> dict[str, Any]:
    """The article, its attributions (source and cue spans found again in the text), the
    entity each source resolves to, and every entity mention."""
    return views.article(store, article_id)


@router.get("/search", summary="Full-text search over articles and claims")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words that must occur.")],
    source: Annotated[str | None, Query(description="Claims from this source.")] = None,
    outlet: Annotated[str | None, Query(description="Articles of this outlet.")] = None,
    entity: Annotated[str | None, Query(description="Articles mentioning this entity.")] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=ISO_DATE)] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=ISO_DATE)] = None,
    limit: Limit = 20,
) -> dict[str, Any]:
    """As ``hearsay search``: rows of kind ``article`` and ``claim``, best first."""
    return run_search(store, q, source, outlet, entity, date_from, date_to, limit).to_dict()


def run_search(
    store: Store,
    query: str,
    source: str | None,
    outlet: str | None,
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
) -> queries.Answer:
    """:func:`hearsay.store.queries.search`, a query the database cannot parse as a 400."""
    try:
        return queries.search(
            store,
            query,
            source=source or None,
            outlet=outlet or None,
            entity=entity or None,
            date_from=date_from or None,
            date_to=date_to or None,
            limit=limit,
        )
    except Exception as error:
        if _is_database_error(error):
            raise views.BadRequestError(f"cannot search for {query!r}: {error}") from error
        raise


def _is_database_error(error: Exception) -> bool:
    import sqlite3

    import psycopg

    return isinstance(error, sqlite3.Error | psycopg.Error)


@router.get("/sources", summary="Sources by number of claims")
def sources(store: StoreDep, outlet: str | None = None, limit: Limit = 30) -> dict[str, Any]:
    """As ``hearsay sources``: per source its claims, articles, outlets, anonymous share
    and denials."""
    return queries.sources(store, outlet=outlet or None, limit=limit).to_dict()


@router.get("/sources/{key:path}", summary="One source: its claims and their fate")
def source(store: StoreDep, key: str) -> dict[str, Any]:
    return views.source(store, key)


@router.get("/outlets/{name}", summary="One outlet: the claims its articles carry")
def outlet(store: StoreDep, name: str) -> dict[str, Any]:
    return views.outlet(store, name)


@router.get("/entities", summary="Entities a name may mean")
def entities(
    store: StoreDep, name: Annotated[str, Query(min_length=1, max_length=200)]
) -> dict[str, Any]:
    return {"rows": views.find_entities(store, name)}


@router.get("/entities/{entity_id}", summary="One person or organisation")
def entity(store: StoreDep, entity_id: Id) -> dict[str, Any]:
    """What the entity said as a source and what was said about it, by whom, over time."""
    return views.entity(store, entity_id)


@router.get("/claims", summary="Claims about an entity")
def claims(
    store: StoreDep,
    about: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Limit = 50,
) -> dict[str, Any]:
    """As ``hearsay claims --about``: claim groups with their outlet chain and fate."""
    return queries.claims(store, about=about, limit=limit).to_dict()


@router.get("/stories", summary="Stories, largest first")
def stories(
    store: StoreDep,
    min_articles: Annotated[int, Query(ge=1)] = 2,
    limit: Limit = 30,
) -> dict[str, Any]:
    """As ``hearsay stories``."""
    return queries.stories_list(store, min_articles=min_articles, limit=limit).to_dict()


@router.get("/stories/{story_id}", summary="One story: timeline, chart and citation graph")
def story(store: StoreDep, story_id: Id) -> dict[str, Any]:
    """As ``hearsay story``, plus the graph of who cites whom and the chart positions."""
    return views.story_view(store, story_id)
