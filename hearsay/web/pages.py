"""The pages: home, article, analyse, entity, source, outlet, story, search, sources, stories.

Each page renders what its ``/api`` twin returns (:mod:`hearsay.web.views`), through
templates with autoescape on: article text is never trusted as HTML.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from hearsay.store import queries
from hearsay.store.store import Store
from hearsay.web import views
from hearsay.web.api import ISO_DATE, Id, run_search
from hearsay.web.app import analyse_text, store_of, templates

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

StoreDep = Annotated[Store, Depends(store_of)]


def page(request: Request, template: str, **context) -> Response:
    return templates.TemplateResponse(request, template, context)


@router.get("/")
def home(request: Request, store: StoreDep) -> Response:
    return page(
        request,
        "home.html",
        counts=store.counts(),
        stories=queries.stories_list(store, min_articles=1, limit=10).rows,
        sources=queries.sources(store, limit=10).rows,
        articles=views.articles(store, limit=10),
    )


@router.get("/articles")
def articles(
    request: Request,
    store: StoreDep,
    page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
) -> Response:
    size = 50
    rows = views.articles(store, limit=size + 1, offset=(page_number - 1) * size)
    return page(
        request,
        "articles.html",
        rows=rows[:size],
        page_number=page_number,
        more=len(rows) > size,
    )


@router.get("/articles/{article_id}")
def article(request: Request, store: StoreDep, article_id: Id) -> Response:
    record = views.article(store, article_id)
    return _article_page(request, record, stored=True)


def _article_page(request: Request, record: dict, *, stored: bool) -> Response:
    attributions = record["attributions"]
    return page(
        request,
        "article.html",
        article=record,
        stored=stored,
        segments=views.segments(record["text"], attributions),
        panel=views.sources_panel(attributions),
        # what the popover shows, per attribution (the template's tojson escapes it)
        popover=[
            {
                "source": views.source_label(attribution),
                "written": attribution["source"]["text"] if attribution.get("source") else None,
                "source_type": attribution["source_type"],
                "kind": attribution["kind"],
                "stance": attribution["stance"],
                "via": attribution.get("via"),
                "cue": attribution["cue"]["text"] if attribution.get("cue") else None,
                "entity": attribution.get("entity"),
                "source_key": attribution.get("source_key") if stored else None,
                "fate": attribution.get("fate"),
                # a chain of one unknown outlet says nothing
                "outlet_chain": attribution.get("outlet_chain")
                if attribution.get("outlet_chain") not in (None, "?")
                else None,
            }
            for attribution in attributions
        ],
    )


@router.get("/analyze")
def analyze_form(request: Request) -> Response:
    return page(request, "analyze.html", text="", title="", date="")


@router.post("/analyze")
async def analyze(
    request: Request,
    text: Annotated[str, Form(max_length=1_000_000)] = "",
    title: Annotated[str, Form(max_length=1000)] = "",
    date: Annotated[str, Form(max_length=10)] = "",
    upload: UploadFile | None = None,
) -> Response:
    """Analyse a pasted text, or an uploaded file in any format ``hearsay analyze`` reads
    (plain text in any encoding, HTML pages, JSON Lines: the first article)."""
    import re

    from starlette.concurrency import run_in_threadpool

    if upload is not None and upload.filename:
        data = await upload.read()
        if data:
            found = await run_in_threadpool(read_upload, upload.filename, data)
            text = found.text
            title = title or found.title or upload.filename
            date = date or found.date or ""
    if date and not re.match(ISO_DATE, date):
        raise views.BadRequestError(f"date {date!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    document = await run_in_threadpool(
        analyse_text, request, text, title=title or None, date=date or None
    )
    return _article_page(request, views.document(document), stored=False)


#: Upload formats read by their extension; anything else is read as plain text.
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".jsonl", ".json", ".csv", ".tsv")


def read_upload(filename: str, data: bytes):
    """The first article of an uploaded file, read by hearsay's readers (by extension);
    a file they reject is a 400 with their reason."""
    import tempfile
    from pathlib import Path

    from hearsay.api import read

    suffix = Path(filename).suffix.lower()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"upload{suffix if suffix in UPLOAD_SUFFIXES else '.txt'}"
        path.write_bytes(data)
        rejects: list = []
        found = next(iter(read(path, rejects=rejects)), None)
    if found is None:
        reason = rejects[0].reason if rejects else "no article text in it"
        raise views.BadRequestError(f"cannot read {filename}: {reason}")
    return found


@router.get("/entities")
def entities(
    request: Request, store: StoreDep, name: Annotated[str, Query(max_length=200)] = ""
) -> Response:
    rows = views.find_entities(store, name) if name.strip() else []
    if len(rows) == 1:
        return RedirectResponse(f"/entities/{rows[0]['id']}", status_code=303)
    return page(request, "entities.html", name=name, rows=rows)


@router.get("/entities/{entity_id}")
def entity(request: Request, store: StoreDep, entity_id: Id) -> Response:
    return page(request, "entity.html", entity=views.entity(store, entity_id))


@router.get("/sources")
def sources(
    request: Request, store: StoreDep, outlet: Annotated[str, Query(max_length=200)] = ""
) -> Response:
    answer = queries.sources(store, outlet=outlet or None, limit=100)
    return page(request, "sources.html", rows=answer.rows, outlet=outlet)


@router.get("/sources/{key:path}")
def source(request: Request, store: StoreDep, key: str) -> Response:
    return page(request, "source.html", view=views.source(store, key))


@router.get("/outlets/{name}")
def outlet(request: Request, store: StoreDep, name: str) -> Response:
    return page(request, "source.html", view=views.outlet(store, name))


@router.get("/stories")
def stories(
    request: Request,
    store: StoreDep,
    min_articles: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    answer = queries.stories_list(store, min_articles=min_articles, limit=100)
    return page(request, "stories.html", rows=answer.rows, min_articles=min_articles)


@router.get("/stories/{story_id}")
def story(request: Request, store: StoreDep, story_id: Id) -> Response:
    return page(request, "story.html", story=views.story_view(store, story_id))


@router.get("/search")
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    source: Annotated[str, Query(max_length=200)] = "",
    outlet: Annotated[str, Query(max_length=200)] = "",
    entity: Annotated[str, Query(max_length=200)] = "",
    date_from: Annotated[str, Query(alias="from", max_length=10)] = "",
    date_to: Annotated[str, Query(alias="to", max_length=10)] = "",
) -> Response:
    import re

    for label, value in (("from", date_from), ("to", date_to)):
        if value and not re.match(ISO_DATE, value):
            raise views.BadRequestError(f"{label} {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    rows = []
    if q.strip():
        rows = run_search(store, q, source, outlet, entity, date_from, date_to, 50).rows
    for row in rows:
        row["pieces"] = marked_pieces(row["text"] or "")
    form = {
        "q": q,
        "source": source,
        "outlet": outlet,
        "entity": entity,
        "from": date_from,
        "to": date_to,
    }
    return page(request, "search.html", rows=rows, form=form, searched=bool(q.strip()))


def marked_pieces(text: str) -> list[tuple[str, bool]]:
    """A search snippet (matches between ``[`` and ``]``, as the store's FTS5 snippet marks
    them) as pieces of text, each marked or not: the template escapes each piece."""
    pieces: list[tuple[str, bool]] = []
    rest = text
    while "[" in rest:
        before, _, after = rest.partition("[")
        inside, closed, tail = after.partition("]")
        if not closed:
            break
        if before:
            pieces.append((before, False))
        pieces.append((inside, True))
        rest = tail
    if rest:
        pieces.append((rest, False))
    return pieces
