"""The questions the store answers: search, sources, claims about an entity, stories.

Each function takes a :class:`~hearsay.store.Store` and returns a :class:`Answer` (columns
and rows of plain values) that the CLI prints as a table, CSV or JSON, and that Python
callers use as they are. Parameters are always bound, never formatted into the SQL; the
only SQL that differs between SQLite and PostgreSQL (full text, string aggregation) is
chosen here by dialect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hearsay.store.errors import StoreError
from hearsay.store.store import Store
from hearsay.stories import normalise

Row = dict[str, Any]


@dataclass
class Answer:
    columns: list[str]
    rows: list[Row]
    title: str = ""
    header: Row = field(default_factory=dict)  # a single record shown above the rows

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"rows": self.rows}
        if self.header:
            result = {**self.header, **result}
        return result


def _fts5_query(text: str) -> str:
    """User words as an FTS5 query: every word must occur (quoted, so no query syntax)."""
    words = [word.replace('"', '""') for word in text.split() if word.strip('"')]
    return " ".join(f'"{word}"' for word in words)


def entity_ids(store: Store, name: str) -> list[int]:
    """Canonical entities a user's name may mean: an exact alias, the full name, a surname."""
    normal = normalise(name)
    if not normal:
        return []
    db = store.db
    ids = {
        row["entity_id"]
        for row in db.query("SELECT entity_id FROM entity_aliases WHERE alias = ?", [normal])
    }
    ids |= {
        row["id"]
        for row in db.query(
            "SELECT id FROM entities WHERE key LIKE ? OR key LIKE ?",
            [f"%:{normal}", f"PER:% {normal}"],
        )
    }
    return sorted(ids)


def _article_filters(
    store: Store,
    alias: str,
    *,
    outlet: str | None,
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    db = store.db
    if outlet:
        where.append(f"lower({alias}.outlet) = lower(?)")
        params.append(outlet)
    if date_from:
        where.append(f"{alias}.date >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{alias}.date <= ?")
        params.append(date_to + "~")  # "2019-03" includes every day of March
    if entity:
        ids = entity_ids(store, entity) or [-1]
        where.append(
            f"EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = {alias}.id "
            f"AND m.entity_id IN ({db.marks(len(ids))}))"
        )
        params.extend(ids)
    return where, params


def search(
    store: Store,
    query: str,
    *,
    source: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 20,
) -> Answer:
    """Full text over articles (title, text) and claims (content, source), best first.

    ``source`` keeps claims from that source (and articles that quote it); ``outlet``,
    ``entity`` (mentioned in the article), ``date_from``/``date_to`` (ISO, inclusive) filter
    both. Every word of ``query`` must occur.
    """
    db = store.db
    columns = ["kind", "article_id", "date", "outlet", "source", "text"]
    if not query.strip():
        return Answer(columns, [], title=f"search {query!r}")
    where, params = _article_filters(
        store, "a", outlet=outlet, entity=entity, date_from=date_from, date_to=date_to
    )
    source_like = f"%{source.lower()}%" if source else None
    article_where = list(where)
    article_params = list(params)
    claim_where = list(where)
    claim_params = list(params)
    if source_like:
        article_where.append(
            "EXISTS (SELECT 1 FROM attributions s WHERE s.article_id = a.id "
            "AND lower(s.source_key) LIKE ?)"
        )
        article_params.append(source_like)
        claim_where.append("lower(c.source_key) LIKE ?")
        claim_params.append(source_like)
    if store.dialect == "sqlite":
        match = _fts5_query(query)
        article_sql = (
            "SELECT 'article' AS kind, a.id AS article_id, a.date, a.outlet, NULL AS source, "
            "coalesce(a.title, '') || ' | ' || snippet(articles_fts, 1, '[', ']', '…', 14) AS text "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ?"
            + "".join(f" AND {clause}" for clause in article_where)
            + " ORDER BY bm25(articles_fts) LIMIT ?"
        )
        claim_sql = (
            "SELECT 'claim' AS kind, a.id AS article_id, a.date, a.outlet, c.source_key AS source, "
            "c.content AS text FROM claims_fts JOIN attributions c ON c.id = claims_fts.rowid "
            "JOIN articles a ON a.id = c.article_id WHERE claims_fts MATCH ?"
            + "".join(f" AND {clause}" for clause in claim_where)
            + " ORDER BY bm25(claims_fts) LIMIT ?"
        )
    else:
        match = query
        article_sql = (
            "SELECT 'article' AS kind, a.id AS article_id, a.date, a.outlet, NULL AS source, "
            "coalesce(a.title, '') || ' | ' || left(a.text, 160) AS text FROM articles a "
            "WHERE to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text) "
            "@@ plainto_tsquery('simple', ?)"
            + "".join(f" AND {clause}" for clause in article_where)
            + " ORDER BY a.date DESC, a.id LIMIT ?"
        )
        claim_sql = (
            "SELECT 'claim' AS kind, a.id AS article_id, a.date, a.outlet, c.source_key AS source, "
            "c.content AS text FROM attributions c JOIN articles a ON a.id = c.article_id "
            "WHERE to_tsvector('simple', coalesce(c.content, '') || ' ' || "
            "coalesce(c.source_key, '')) @@ plainto_tsquery('simple', ?)"
            + "".join(f" AND {clause}" for clause in claim_where)
            + " ORDER BY a.date DESC, c.id LIMIT ?"
        )
    rows = db.query(article_sql, [match, *article_params, limit])
    rows += db.query(claim_sql, [match, *claim_params, limit])
    return Answer(columns, rows, title=f"search {query!r}")


def _string_agg(store: Store, expression: str) -> str:
    if store.dialect == "sqlite":
        return f"group_concat(DISTINCT {expression})"
    return f"string_agg(DISTINCT {expression}, ',')"


def sources(store: Store, *, outlet: str | None = None, limit: int = 30) -> Answer:
    """Per source: claims, articles, the outlets that carry it, the share of its claims that
    are anonymous (sources relayed *via* it, ``een insider ... in Page Six``), denials."""
    where = "WHERE c.source_key IS NOT NULL"
    params: list[Any] = []
    if outlet:
        where += " AND lower(a.outlet) = lower(?)"
        params.append(outlet)
    sql = (
        "SELECT c.source_key AS source, COUNT(*) AS claims, "
        "COUNT(DISTINCT c.article_id) AS articles, COUNT(DISTINCT a.outlet) AS outlet_count, "
        f"{_string_agg(store, 'a.outlet')} AS outlets, "
        "ROUND(AVG(CASE WHEN c.source_type = 'anonymous' THEN 1.0 ELSE 0.0 END), 2) "
        "AS anonymous_share, "
        "SUM(CASE WHEN c.stance = 'deny' THEN 1 ELSE 0 END) AS denials "
        f"FROM attributions c JOIN articles a ON a.id = c.article_id {where} "
        "GROUP BY c.source_key ORDER BY claims DESC, source LIMIT ?"
    )
    rows = store.db.query(sql, [*params, limit])
    for row in rows:
        row["anonymous_share"] = float(row["anonymous_share"] or 0)
        row["denials"] = int(row["denials"] or 0)
        if row["outlets"]:
            row["outlets"] = ",".join(sorted(row["outlets"].split(",")))
    columns = [
        "source",
        "claims",
        "articles",
        "outlet_count",
        "outlets",
        "anonymous_share",
        "denials",
    ]
    return Answer(columns, rows, title="sources")


def claims(store: Store, *, about: str, limit: int = 50) -> Answer:
    """Claims about an entity (it is mentioned inside the claim), one row per claim group:
    first appearance, source, how many articles, the chain of outlets, its fate."""
    db = store.db
    ids = entity_ids(store, about)
    columns = ["group_id", "first_date", "source", "text", "reports", "outlets", "via", "fate"]
    if not ids:
        return Answer(columns, [], title=f"claims about {about}")
    sql = (
        "SELECT g.id AS group_id, g.first_date, g.source_key AS source, g.text, "
        "g.report_count AS reports, g.outlets, g.via, g.fate FROM claim_groups g "
        "WHERE g.id IN (SELECT c.claim_group_id FROM attributions c "
        "JOIN mentions m ON m.article_id = c.article_id "
        f"WHERE m.entity_id IN ({db.marks(len(ids))}) "
        "AND m.start_char >= c.content_start AND m.end_char <= c.content_end) "
        "ORDER BY g.report_count DESC, g.first_date, g.id LIMIT ?"
    )
    return Answer(columns, db.query(sql, [*ids, limit]), title=f"claims about {about}")


def stories_list(store: Store, *, min_articles: int = 2, limit: int = 30) -> Answer:
    """Stories of at least ``min_articles`` articles, the largest first: the first report's
    title, and the outlets in the order they came to the story (first reporter first)."""
    sql = (
        "SELECT id, first_date, last_date, article_count AS articles, outlet_count AS outlets, "
        "claim_count AS claims, title, top_entities AS entities FROM stories "
        "WHERE article_count >= ? ORDER BY article_count DESC, last_date DESC, id LIMIT ?"
    )
    db = store.db
    rows = db.query(sql, [min_articles, limit])
    order: dict[int, list[str]] = {row["id"]: [] for row in rows}
    if order:
        for article in db.query(
            "SELECT story_id, outlet FROM articles "
            f"WHERE story_id IN ({db.marks(len(order))}) ORDER BY date, id",
            sorted(order),
        ):
            outlet = article["outlet"] or "?"
            if outlet not in order[article["story_id"]]:
                order[article["story_id"]].append(outlet)
    for row in rows:
        row["outlet_chain"] = " > ".join(order[row["id"]])
    columns = [
        "id",
        "first_date",
        "last_date",
        "articles",
        "outlets",
        "claims",
        "title",
        "outlet_chain",
        "entities",
    ]
    return Answer(columns, rows, title="stories")


def story(store: Store, story_id: int) -> Answer:
    """One story as a timeline: its articles (copies marked) and the claims first reported
    in it, with where each claim went later and its fate."""
    db = store.db
    header = db.query_one(
        "SELECT id, title, first_date, last_date, article_count AS articles, "
        "outlet_count AS outlets, claim_count AS claims, top_entities AS entities "
        "FROM stories WHERE id = ?",
        [story_id],
    )
    if header is None:
        raise StoreError(f"no story {story_id}")
    timeline: list[Row] = []
    for row in db.query(
        "SELECT id, date, outlet, title, duplicate_of FROM articles WHERE story_id = ? "
        "ORDER BY date, id",
        [story_id],
    ):
        note = f"copy of article {row['duplicate_of']}" if row["duplicate_of"] else ""
        timeline.append(
            {
                "date": row["date"],
                "kind": "article",
                "article_id": row["id"],
                "outlet": row["outlet"],
                "text": row["title"],
                "source": None,
                "note": note,
            }
        )
    seen: set[int] = set()
    for row in db.query(
        "SELECT c.claim_group_id, c.article_id, c.source_key, c.stance, c.content, a.date, "
        "a.outlet, g.report_count, g.outlets, g.fate FROM attributions c "
        "JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN claim_groups g ON g.id = c.claim_group_id "
        "WHERE a.story_id = ? ORDER BY a.date, c.article_id, c.seq",
        [story_id],
    ):
        group = row["claim_group_id"]
        if group in seen:
            continue
        seen.add(group)
        notes = []
        if row["stance"] != "assert":
            notes.append(row["stance"])
        if (row["report_count"] or 0) > 1:
            notes.append(f"{row['report_count']} reports: {row['outlets']}")
        if row["fate"] and row["fate"] != "open":
            notes.append(row["fate"])
        timeline.append(
            {
                "date": row["date"],
                "kind": "claim",
                "article_id": row["article_id"],
                "outlet": row["outlet"],
                "text": row["content"],
                "source": row["source_key"],
                "note": "; ".join(notes),
            }
        )
    timeline.sort(
        key=lambda item: (item["date"] or "9999", item["article_id"], item["kind"] != "article")
    )
    columns = ["date", "kind", "article_id", "outlet", "source", "text", "note"]
    return Answer(columns, timeline, title=f"story {story_id}: {header['title']}", header=header)
