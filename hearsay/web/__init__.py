"""The web application of hearsay: ``hearsay serve --db corpus.db`` (see :mod:`hearsay.web.app`)."""

from __future__ import annotations

from hearsay.web.app import create_app, serve

__all__ = ["create_app", "serve"]
