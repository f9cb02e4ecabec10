"""The store's schema, declared once and turned into SQL for SQLite and PostgreSQL.

Tables are declared as data (:data:`TABLES`): the same declaration gives the DDL of both
dialects, the column types of the Parquet export and the list of tables ``export`` writes.
Migrations are named functions applied in order, each in its own transaction, and recorded
in ``schema_migrations`` (the sqlite-utils way): opening a store applies the ones missing.

Full text: SQLite gets FTS5 tables (``articles_fts``, ``claims_fts``) filled in the same
transaction as the rows they index; PostgreSQL gets GIN indexes over ``to_tsvector('simple',
...)`` expressions, so the same words match on both (``simple``: no stemming, names intact).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: Portable column types: ``id`` is the table's integer primary key.
INT, TEXT, REAL = "int", "text", "real"


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, type), ``id`` first
    unique: tuple[tuple[str, ...], ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    exported: bool = True  # internal tables (features, LSH buckets) are not exported

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]


TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        (
            ("id", INT),
            ("content_hash", TEXT),
            ("ext_id", TEXT),
            ("title", TEXT),
            ("date", TEXT),
            ("section", TEXT),
            ("outlet", TEXT),
            ("lang", TEXT),
            ("origin", TEXT),
            ("text", TEXT),
            ("story_id", INT),
            ("duplicate_of", INT),  # the first article this one is a (near-)copy of
            ("duplicate_similarity", REAL),
            ("attribution_count", INT),
            ("ingested_at", TEXT),
        ),
        unique=(("content_hash",),),
        indexes=(("date",), ("outlet",), ("story_id",), ("ext_id",), ("duplicate_of",)),
    ),
    Table(
        "entities",
        (
            ("id", INT),
            ("key", TEXT),  # type + normalised name: the identity across articles
            ("name", TEXT),
            ("type", TEXT),
            ("article_count", INT),
            ("mention_count", INT),
        ),
        unique=(("key",),),
        indexes=(("name",), ("type",)),
    ),
    Table(
        "entity_aliases",
        (("id", INT), ("alias", TEXT), ("entity_id", INT)),
        unique=(("alias", "entity_id"),),
        indexes=(("alias",),),
    ),
    Table(
        "mentions",
        (
            ("id", INT),
            ("article_id", INT),
            ("entity_id", INT),
            ("start_char", INT),
            ("end_char", INT),
            ("text", TEXT),
            ("kind", TEXT),
        ),
        indexes=(("article_id",), ("entity_id",)),
    ),
    Table(
        "attributions",
        (
            ("id", INT),
            ("article_id", INT),
            ("seq", INT),
            ("content", TEXT),
            ("content_start", INT),
            ("content_end", INT),
            ("source_text", TEXT),
            ("source_name", TEXT),
            ("source_key", TEXT),  # who, for grouping: resolved name, else via, else the phrase
            ("source_type", TEXT),
            ("entity_id", INT),
            ("cue", TEXT),
            ("kind", TEXT),
            ("stance", TEXT),
            ("via", TEXT),
            ("claim_group_id", INT),
        ),
        indexes=(("article_id",), ("entity_id",), ("source_key",), ("claim_group_id",)),
    ),
    Table(
        "stories",
        (
            ("id", INT),
            ("title", TEXT),
            ("first_date", TEXT),
            ("last_date", TEXT),
            ("article_count", INT),
            ("outlet_count", INT),
            ("claim_count", INT),
            ("top_entities", TEXT),
        ),
        indexes=(("article_count",), ("last_date",)),
    ),
    Table(
        "claim_groups",
        (
            ("id", INT),
            ("text", TEXT),  # the first report's wording
            ("source_key", TEXT),
            ("first_article_id", INT),
            ("first_date", TEXT),
            ("first_outlet", TEXT),
            ("report_count", INT),
            ("outlet_count", INT),
            ("outlets", TEXT),  # the chain: outlets in order of appearance, " > "-joined
            ("via", TEXT),
            ("fate", TEXT),  # open, denied, confirmed: what later reports said of it
            ("fate_article_id", INT),
            ("story_id", INT),
        ),
        indexes=(("source_key",), ("first_date",), ("report_count",)),
    ),
    Table(
        "rejects",
        (
            ("id", INT),
            ("key", TEXT),
            ("origin", TEXT),
            ("reason", TEXT),
            ("record", TEXT),
            ("ingested_at", TEXT),
        ),
        unique=(("key",),),
    ),
    Table(
        "article_features",
        (
            ("article_id", INT),
            ("date", TEXT),
            ("entity_ids", TEXT),  # JSON list
            ("terms", TEXT),  # JSON list
            ("minhash", TEXT),  # JSON list of ints
            ("names", TEXT),  # JSON object: name word -> mentions (0003)
        ),
        unique=(("article_id",),),
        indexes=(("date",),),
        exported=False,
    ),
    Table(
        "lsh_buckets",
        (("id", INT), ("band", INT), ("bucket", TEXT), ("article_id", INT)),
        indexes=(("band", "bucket"),),
        exported=False,
    ),
    Table(
        "claim_features",
        (("claim_group_id", INT), ("date", TEXT), ("tokens", TEXT)),
        unique=(("claim_group_id",),),
        indexes=(("date",),),
        exported=False,
    ),
)

TABLE_BY_NAME = {table.name: table for table in TABLES}
EXPORTED_TABLES = tuple(table.name for table in TABLES if table.exported)


def _column_sql(name: str, kind: str, dialect: str, first: bool) -> str:
    if name == "id" and first:
        if dialect == "sqlite":
            return "id INTEGER PRIMARY KEY"
        return "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    sql_type = {
        INT: "INTEGER" if dialect == "sqlite" else "BIGINT",
        TEXT: "TEXT",
        REAL: "REAL" if dialect == "sqlite" else "DOUBLE PRECISION",
    }[kind]
    return f"{name} {sql_type}"


def create_table_sql(table: Table, dialect: str) -> list[str]:
    """``CREATE TABLE`` and its indexes for ``dialect`` (``sqlite`` or ``postgresql``)."""
    parts = [
        _column_sql(name, kind, dialect, index == 0)
        for index, (name, kind) in enumerate(table.columns)
    ]
    parts += [f"UNIQUE ({', '.join(columns)})" for columns in table.unique]
    statements = [f"CREATE TABLE {table.name} (\n  " + ",\n  ".join(parts) + "\n)"]
    for columns in table.indexes:
        index_name = f"ix_{table.name}_{'_'.join(columns)}"
        statements.append(f"CREATE INDEX {index_name} ON {table.name} ({', '.join(columns)})")
    return statements


# --- Migrations ----------------------------------------------------------------------------

Execute = Callable[[str], Any]


def m0001_tables(execute: Execute, dialect: str) -> None:
    """Every table of :data:`TABLES` with its unique keys and indexes."""
    for table in TABLES:
        for statement in create_table_sql(table, dialect):
            execute(statement)


def m0002_fulltext(execute: Execute, dialect: str) -> None:
    """Full text over articles (title, text) and claims (content, source)."""
    if dialect == "sqlite":
        tokenizer = "tokenize = 'unicode61 remove_diacritics 2'"
        execute(f"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, {tokenizer})")
        execute(f"CREATE VIRTUAL TABLE claims_fts USING fts5(content, source, {tokenizer})")
    else:
        execute(
            "CREATE INDEX ix_articles_fts ON articles USING GIN "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        )
        execute(
            "CREATE INDEX ix_attributions_fts ON attributions USING GIN "
            "(to_tsvector('simple', coalesce(content, '') || ' ' || coalesce(source_key, '')))"
        )


def m0003_story_names(execute: Execute, dialect: str) -> None:
    """``article_features.names``: the name words stories are compared on. Stores created
    since have it from 0001; in older ones the old rows keep NULL, and the store falls back
    on their canonical entity names."""
    if dialect == "sqlite":
        columns = {row[1] for row in execute("PRAGMA table_info(article_features)").fetchall()}
        if "names" not in columns:
            execute("ALTER TABLE article_features ADD COLUMN names TEXT")
    else:
        execute("ALTER TABLE article_features ADD COLUMN IF NOT EXISTS names TEXT")


#: Applied in this order; a name once released never changes meaning.
MIGRATIONS: tuple[tuple[str, Callable[[Execute, str], None]], ...] = (
    ("0001_tables", m0001_tables),
    ("0002_fulltext", m0002_fulltext),
    ("0003_story_names", m0003_story_names),
)
