"""The web application: pages and their JSON twins over a store, and analysis on the spot.

``create_app("corpus.db")`` gives a FastAPI app; ``hearsay serve`` runs it with uvicorn on
127.0.0.1. Safe by default: every piece of article text goes through Jinja2's autoescape,
request bodies are capped (413 with a message), bad requests get 400/404/422 with a message,
and an unexpected error shows one line, never a stack trace. Nothing loads from a CDN: the
CSS and JS are in ``hearsay/web/static`` and ``/docs`` is a page of our own over the OpenAPI
schema (``/openapi.json``) instead of the Swagger UI, which FastAPI fetches from a CDN.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from hearsay import __version__
from hearsay.errors import HearsayError
from hearsay.model import Document
from hearsay.store import open_store
from hearsay.store.store import Store
from hearsay.web import views

HERE = Path(__file__).parent
#: The largest request body (pasted or uploaded article) accepted, in bytes.
MAX_BODY_BYTES = 2_000_000
#: The longest article text analysed on the spot, in characters.
MAX_TEXT_CHARS = 200_000

log = logging.getLogger(__name__)

templates = Jinja2Templates(directory=str(HERE / "templates"))
# Jinja2Templates turns autoescape on for .html; say so, since every article text relies on it.
templates.env.autoescape = True


class Settings:
    """What the routes need: where the store is, the body cap, one analyser at a time."""

    def __init__(self, db: str, max_body_bytes: int) -> None:
        self.db = db
        self.max_body_bytes = max_body_bytes
        # spaCy pipelines are not meant to run in several threads at once; the requests
        # that analyse take turns (the others, which only read the store, do not wait).
        self.analyse_lock = threading.Lock()
        self.analyser: Any = None  # built on the first analysis (it takes seconds), then kept


def store_of(request: Request) -> Iterator[Store]:
    """A store connection per request: SQLite connections belong to the thread that opened
    them, and FastAPI runs each request in a thread of its pool."""
    settings: Settings = request.app.state.settings
    store = open_store(settings.db, migrate=False)
    try:
        yield store
    finally:
        store.close()


def analyse_text(request: Request, text: str, **fields: Any) -> Document:
    """Analyse one pasted or uploaded article, as ``hearsay.api.analyze`` does, with one
    analyser kept for the life of the app (``analyze`` builds a pipeline per call)."""
    from hearsay.model import Article
    from hearsay.nlp.pipeline import get_analyser

    if not text.strip():
        raise views.BadRequestError("the article text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise views.BadRequestError(
            f"the article has {len(text)} characters; at most {MAX_TEXT_CHARS} are analysed here"
        )
    settings: Settings = request.app.state.settings
    article = Article(text=text, **{key: value for key, value in fields.items() if value})
    with settings.analyse_lock:
        if settings.analyser is None:
            settings.analyser = get_analyser("nl")
        return settings.analyser.analyze(article)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, detail: Any = None) -> Response:
    """The error as JSON for the API, as a page for people; never a stack trace."""
    if wants_json(request):
        return JSONResponse({"detail": detail if detail is not None else message}, status)
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "body"))
        parts.append(f"{where}: {item.get('msg')}" if where else str(item.get("msg")))
    return "; ".join(parts) or "invalid request"


def _too_large(max_bytes: int) -> str:
    return (
        f"the request is too large: at most {max_bytes // 1000} kB "
        "(a pasted or uploaded article) is accepted"
    )


class BodySizeLimit:
    """Refuse request bodies over ``max_bytes`` with a 413 and a message: at once when the
    ``Content-Length`` says so, else as soon as the body read so far passes the cap (the
    route then stops with an HTTP 413 that the error handler words like any other)."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            request = Request(scope)
            status = 413 if declared.isdigit() else 400
            message = _too_large(self.max_bytes) if status == 413 else "bad Content-Length"
            response = error_response(request, status, message)
            await response(scope, receive, send)
            return
        received = 0

        async def capped_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise StarletteHTTPException(413, _too_large(self.max_bytes))
            return message

        await self.app(scope, capped_receive, send)


#: Pages may load scripts, styles and images from this server only: with article text
#: escaped this is a second wall, should anything ever slip through.
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db: str | Path, *, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The web application over the store at ``db`` (a SQLite path or ``postgresql://``).

    The store is opened once here (created or upgraded when needed), then once per request.
    """
    with open_store(str(db)):
        pass
    app = FastAPI(
        title="hearsay",
        version=__version__,
        description="Who says so, according to whom, how firmly: the sourcing of news "
        "articles, people, outlets and stories in a hearsay store.",
        docs_url=None,  # the Swagger UI loads its assets from a CDN: /docs is ours
        redoc_url=None,
    )
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.state.settings = Settings(str(db), max_body_bytes)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = str(error.detail)
        if error.status_code == 413:
            message = _too_large(max_body_bytes)
        elif error.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, error.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        message = _validation_message(error)
        detail = [
            {key: item[key] for key in ("loc", "msg", "type") if key in item}
            for item in error.errors()
        ]
        return error_response(request, 422, message, detail if wants_json(request) else None)

    @app.exception_handler(HearsayError)
    async def hearsay_error(request: Request, error: HearsayError) -> Response:
        status = 404 if isinstance(error, views.NotFoundError) else 400
        return error_response(request, status, error.message)

    import psycopg

    @app.exception_handler(psycopg.DataError)
    async def data_error(request: Request, error: psycopg.DataError) -> Response:
        # a value PostgreSQL cannot hold (a NUL character): the request's fault
        return error_response(request, 400, f"the store cannot take this value: {error}")

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error: the server log has the details")

    from hearsay.web.api import router as api_router
    from hearsay.web.pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> Response:
        schema = app.openapi()
        operations = [
            {
                "method": method.upper(),
                "path": path,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": operation.get("parameters", []),
                "body": "requestBody" in operation,
            }
            for path, methods in schema["paths"].items()
            for method, operation in methods.items()
        ]
        return templates.TemplateResponse(
            request, "docs.html", {"operations": operations, "schema": schema}
        )

    return app


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the application with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
