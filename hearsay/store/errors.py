"""Errors of the store, coded like the rest of hearsay (``hearsay/errors.py``)."""

from __future__ import annotations

from hearsay.errors import HearsayError


class StoreError(HearsayError):
    """The store cannot be opened, written or read (bad URL, no server, no such story)."""

    code = "E101"


class ClusterError(HearsayError):
    """The Dask cluster could not be reached or lost the work (``ingest --engine dask``)."""

    code = "E102"
