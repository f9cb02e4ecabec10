"""A thin connection over SQLite or PostgreSQL: one SQL text, two dialects.

SQL in the store is written once with ``?`` placeholders (parameters only, never formatted
values) and the common subset of the two dialects (``ON CONFLICT``, ``RETURNING``); this
class swaps ``?`` for psycopg's ``%s`` and hides how each driver does transactions.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hearsay.store.errors import StoreError
from hearsay.store.schema import MIGRATIONS

Row = dict[str, Any]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Database:
    """One connection; ``dialect`` is ``sqlite`` or ``postgresql``."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = _redact(url)  # what messages call the store
        if url.startswith(("postgresql://", "postgres://")):
            self.dialect = "postgresql"
            try:
                import psycopg
                from psycopg.rows import dict_row
            except ImportError as error:  # pragma: no cover - a dependency of the package
                raise StoreError(
                    "PostgreSQL needs psycopg: pip install 'psycopg[binary]'"
                ) from error
            try:
                self._conn: Any = psycopg.connect(url, autocommit=True, row_factory=dict_row)
            except psycopg.Error as error:
                raise StoreError(f"cannot connect to {_redact(url)}: {error}") from error
        else:
            self.dialect = "sqlite"
            path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url
            self.path = path
            if path != ":memory:":
                try:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                except OSError as error:
                    raise StoreError(f"cannot create the folder of {path}: {error}") from error
            try:
                conn = sqlite3.connect(path, isolation_level=None, timeout=60)
                conn.row_factory = sqlite3.Row
                if path != ":memory:":
                    conn.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL: a killed process loses nothing committed (power loss could).
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA busy_timeout=60000")
            except sqlite3.Error as error:
                raise StoreError(f"cannot open {path}: {_describe(error)}") from error
            self._conn = conn
        self._in_transaction = False

    # --- statements -------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            with self._conn.cursor() as cursor:
                cursor.executemany(self._sql(sql), [tuple(row) for row in rows])
        else:
            self._conn.executemany(sql, [tuple(row) for row in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [dict(row) for row in self.execute(sql, params).fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        row = self.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        if row is None:
            return None
        return next(iter(dict(row).values()))

    def insert(self, sql: str, params: Sequence[Any]) -> int | None:
        """Run an ``INSERT ... RETURNING id``; ``None`` when ``ON CONFLICT DO NOTHING`` hit."""
        row = self.execute(sql, params).fetchone()
        return None if row is None else int(dict(row)["id"])

    @staticmethod
    def marks(count: int) -> str:
        """``?, ?, ?``: placeholders for an ``IN (...)`` list."""
        return ", ".join("?" * count)

    # --- transactions -----------------------------------------------------------------

    @contextmanager
    def transaction(self, lock: bool = True) -> Iterator[None]:
        """All or nothing. ``lock`` serialises writers (SQLite ``BEGIN IMMEDIATE``,
        a PostgreSQL advisory lock), so two ingests into one store do not interleave."""
        if self._in_transaction:
            yield
            return
        self._in_transaction = True
        try:
            if self.dialect == "postgresql":
                with self._conn.transaction():
                    if lock:
                        self._conn.execute("SELECT pg_advisory_xact_lock(720401)")
                    yield
            else:
                self._conn.execute("BEGIN IMMEDIATE" if lock else "BEGIN")
                try:
                    yield
                    self._conn.execute("COMMIT")
                except BaseException:
                    # SQLite rolls some failures (a full disk) back by itself already.
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
        except Exception as error:
            if not _is_driver_error(error):
                raise
            # A full disk, a read-only file, a lost server: one clear error of the store,
            # raised after the rollback, so that nothing of the transaction is kept.
            raise StoreError(
                f"cannot write to {self.path}: {_describe(error)}; "
                "nothing of the unfinished transaction was stored"
            ) from error
        finally:
            self._in_transaction = False

    # --- schema -----------------------------------------------------------------------

    def applied_migrations(self) -> list[str]:
        rows = self.query("SELECT name FROM schema_migrations ORDER BY name")
        return [row["name"] for row in rows]

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded, each in a transaction; return their names."""
        try:
            done = set(self.applied_migrations())
        except Exception as error:
            if not _is_driver_error(error):
                raise
            done = set()  # a new store: no table of migrations yet
        if all(name in done for name, _ in MIGRATIONS):
            # Up to date: no write lock taken, so a reader opening the store never waits
            # for an ingest's batch, and a read-only store can still be read.
            return []
        with self.transaction():
            self.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(name TEXT PRIMARY KEY, applied_at TEXT)"
            )
        applied: list[str] = []
        for name, migration in MIGRATIONS:
            with self.transaction():
                done = self.scalar(
                    "SELECT COUNT(*) AS n FROM schema_migrations WHERE name = ?", [name]
                )
                if done:
                    continue
                migration(lambda sql: self.execute(sql), self.dialect)
                self.execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", [name, now()]
                )
                applied.append(name)
        return applied

    def tables(self) -> list[str]:
        if self.dialect == "sqlite":
            rows = self.query("SELECT name FROM sqlite_master WHERE type IN ('table')")
        else:
            rows = self.query(
                "SELECT table_name AS name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        return sorted(row["name"] for row in rows)

    def close(self) -> None:
        self._conn.close()


def _is_driver_error(error: BaseException) -> bool:
    """Whether ``error`` comes from SQLite or psycopg (imported only when PostgreSQL is used)."""
    if isinstance(error, sqlite3.Error):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(error, psycopg.Error)


# SQLite's error codes that have a plainer explanation than the library's message.
_SQLITE_EXPLANATIONS = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the database is read-only",
    "SQLITE_CANTOPEN": "the database file cannot be opened (missing folder or no permission)",
    "SQLITE_PERM": "no permission",
    "SQLITE_CORRUPT": "the database file is damaged",
    "SQLITE_NOTADB": "the file is not a SQLite database",
    "SQLITE_BUSY": "the database is locked by another process",
    "SQLITE_IOERR": "the disk could not be read or written",
}


def _describe(error: Exception) -> str:
    """The driver's message, led by a plain explanation where SQLite gives an error code."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for code, explanation in _SQLITE_EXPLANATIONS.items():
        if name == code or name.startswith(code + "_"):
            return f"{explanation} ({error})"
    return str(error)


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and ":" in url.split("@", 1)[0].split("//", 1)[-1]:
        scheme, rest = url.split("//", 1)
        credentials, host = rest.split("@", 1)
        return f"{scheme}//{credentials.split(':', 1)[0]}:***@{host}"
    return url
