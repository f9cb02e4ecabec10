"""The store: analysed articles, canonical entities, stories and claim groups in one database.

:func:`open_store` takes a SQLite path (one file, WAL, FTS5) or a ``postgresql://`` URL; the
schema is the same (:mod:`hearsay.store.schema`). :meth:`Store.add_batch` writes a batch of
analysed articles in one transaction, with everything derived from them (entities merged
across articles, near-duplicates, story and claim-group assignment, statistics): a batch is
either all in or not at all, so an ingest killed at any moment resumes by skipping the
content hashes already stored and redoing the rest, without loss or duplicates.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from hearsay import stories
from hearsay.model import Article, Document, Entity, Reject
from hearsay.store.db import Database, Row, now
from hearsay.store.schema import TABLE_BY_NAME

DEFAULT_DB = "hearsay.db"

#: Article fields (``Article.extra``) that name the outlet, the first one present wins.
OUTLET_FIELDS = ("outlet", "publisher", "sitename", "source", "newspaper", "site")


def content_hash(article: Article) -> str:
    """The identity of an input record: the same record ingested twice has the same hash."""
    key = json.dumps(
        [article.id, article.date, article.title, article.text, article_outlet(article)],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def article_outlet(article: Article) -> str | None:
    for name in OUTLET_FIELDS:
        value = article.extra.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


@dataclass
class Analysed:
    """One analysed article with the features the store compares: made in the worker."""

    document: Document
    content_hash: str
    outlet: str | None
    terms: list[str]  # salient terms, most frequent first
    names: dict[str, float]  # words of the names mentioned, by mentions
    signature: list[int]
    comparable: bool  # long enough to be compared with others (copies, stories)
    claim_tokens: list[list[str]]  # per attribution, in order


def prepare(document: Document) -> Analysed:
    """Compute what :meth:`Store.add_batch` needs from a document (CPU work, parallel).

    A text too short to compare (:func:`hearsay.stories.comparable`) gets no story features
    (no terms, no names) and is not indexed for copies: it stays a story of its own."""
    article = document.article
    comparable = stories.comparable(article.text)
    return Analysed(
        document=document,
        content_hash=content_hash(article),
        outlet=article_outlet(article),
        terms=stories.salient_terms(f"{article.title or ''}\n{article.text}") if comparable else [],
        names=stories.name_weights(
            (entity.name, sum(1 for mention in entity.mentions if mention.kind == "name"))
            for entity in document.entities
        )
        if comparable
        else {},
        signature=stories.minhash(article.text),
        comparable=comparable,
        claim_tokens=[
            sorted(stories.claim_tokens(attribution.content.text))
            for attribution in document.attributions
        ],
    )


@dataclass
class BatchResult:
    articles: int = 0
    skipped: int = 0  # already in the store (same content hash)
    attributions: int = 0
    entities: int = 0  # new canonical entities
    rejects: int = 0
    duplicates: int = 0

    def add(self, other: BatchResult) -> None:
        for name in BatchResult.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def day_number(value: str | None) -> int | None:
    """A date string as a day number (``YYYY-MM`` counts as the 1st); None when unreadable."""
    if not value:
        return None
    text = value.strip()[:10]
    for candidate in (text, text[:7] + "-01", text[:4] + "-01-01"):
        try:
            return Date.fromisoformat(candidate).toordinal()
        except ValueError:
            continue
    return None


def entity_key(entity_type: str, name: str) -> str:
    """Canonical key: type and normalised name, a leading article dropped (``de NOS``)."""
    normal = stories.normalise(name)
    for article in ("de ", "het ", "the ", "een "):
        if normal.startswith(article) and len(normal) > len(article) + 1:
            normal = normal[len(article) :]
            break
    return f"{entity_type}:{normal}"


@dataclass(frozen=True)
class _StoryFeatures:
    """What an article is compared on for stories (:func:`hearsay.stories.story_similarity`)."""

    span: tuple[int, int] | None  # the days its date may stand for
    names: dict[str, float]
    terms: dict[str, float]

    @property
    def names_total(self) -> float:
        return math.fsum(self.names.values())

    @property
    def terms_total(self) -> float:
        return math.fsum(self.terms.values())


@dataclass
class _Caches:
    """What the current session knows of the store, so a batch needs few look-ups.

    Loaded on the first batch and kept up to date by this process; thrown away when a
    batch fails (its ids may have been rolled back).
    """

    entity_ids: dict[str, int] = field(default_factory=dict)
    surnames: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    articles: dict[int, _StoryFeatures] = field(default_factory=dict)
    story_of: dict[int, int] = field(default_factory=dict)
    # first day of an article's date span -> article ids; the longest span seen
    by_start: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    longest_span: int = 0
    # name word / salient term -> the dated articles that have it; each one's totals
    name_index: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    term_index: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    totals: dict[int, tuple[float, float]] = field(default_factory=dict)
    # claim group id -> (day, tokens, source keys)
    claims: dict[int, tuple[int | None, frozenset[str], set[str]]] = field(default_factory=dict)
    claim_index: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))


class Store:
    """An open store. Use :func:`open_store`; close it (or use ``with``) when done."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._caches: _Caches | None = None

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # --- reading what is there --------------------------------------------------------

    def known_hashes(self) -> set[str]:
        return {row["content_hash"] for row in self.db.query("SELECT content_hash FROM articles")}

    def counts(self) -> dict[str, int]:
        """Rows per table, plus near-duplicates and stories of more than one article."""
        result = {
            name: int(self.db.scalar(f"SELECT COUNT(*) AS n FROM {name}"))  # names from schema
            for name in (
                "articles",
                "entities",
                "mentions",
                "attributions",
                "stories",
                "claim_groups",
                "rejects",
            )
        }
        result["near_duplicates"] = int(
            self.db.scalar("SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL")
        )
        result["multi_article_stories"] = int(
            self.db.scalar("SELECT COUNT(*) AS n FROM stories WHERE article_count > 1")
        )
        result["multi_outlet_claims"] = int(
            self.db.scalar("SELECT COUNT(*) AS n FROM claim_groups WHERE report_count > 1")
        )
        return result

    def rows(self, table: str) -> tuple[list[str], list[Row]]:
        """Every row of a table of the schema (for export), in id order."""
        if table not in TABLE_BY_NAME:
            raise KeyError(table)
        columns = TABLE_BY_NAME[table].column_names
        order = columns[0]
        return columns, self.db.query(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")

    # --- writing ----------------------------------------------------------------------

    def add_batch(self, items: list[Analysed], rejects: list[Reject] = ()) -> BatchResult:
        """Write analysed articles and rejects in one transaction; return what was new."""
        result = BatchResult()
        try:
            with self.db.transaction():
                caches = self._load_caches()
                touched_stories: set[int] = set()
                touched_groups: set[int] = set()
                touched_entities: set[int] = set()
                for reject in rejects:
                    result.rejects += self._add_reject(reject)
                for item in items:
                    self._add_article(
                        item, caches, result, touched_stories, touched_groups, touched_entities
                    )
                self._refresh_entities(touched_entities)
                self._refresh_groups(touched_groups)
                self._refresh_stories(touched_stories)
        except BaseException:
            self._caches = None  # ids made in the rolled-back transaction are gone
            raise
        return result

    def _add_reject(self, reject: Reject) -> int:
        key = hashlib.sha256(
            json.dumps([reject.origin, reject.reason, reject.record]).encode("utf-8")
        ).hexdigest()
        new = self.db.insert(
            "INSERT INTO rejects (key, origin, reason, record, ingested_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO NOTHING RETURNING id",
            [key, reject.origin, reject.reason, reject.record, now()],
        )
        return 0 if new is None else 1

    def _add_article(
        self,
        item: Analysed,
        caches: _Caches,
        result: BatchResult,
        touched_stories: set[int],
        touched_groups: set[int],
        touched_entities: set[int],
    ) -> None:
        db = self.db
        article = item.document.article
        document = item.document
        article_id = db.insert(
            "INSERT INTO articles (content_hash, ext_id, title, date, section, outlet, lang, "
            "origin, text, attribution_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            [
                item.content_hash,
                article.id,
                article.title,
                article.date,
                article.section,
                item.outlet,
                article.lang,
                article.origin,
                article.text,
                len(document.attributions),
                now(),
            ],
        )
        if article_id is None:
            result.skipped += 1
            return
        result.articles += 1
        if self.dialect == "sqlite":
            db.execute(
                "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                [article_id, article.title or "", article.text],
            )

        # Entities, merged across articles; mentions point at the canonical entity.
        local_to_canonical: dict[str, int] = {}
        mention_rows = []
        for entity in document.entities:
            canonical, is_new = self._entity_id(entity, caches)
            result.entities += is_new
            local_to_canonical[entity.id] = canonical
            touched_entities.add(canonical)
            for mention in entity.mentions:
                mention_rows.append(
                    [article_id, canonical, mention.start, mention.end, mention.text, mention.kind]
                )
        db.executemany(
            "INSERT INTO mentions (article_id, entity_id, start_char, end_char, text, kind) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            mention_rows,
        )

        # Attributions.
        day = day_number(article.date)
        attribution_ids: list[tuple[int, str]] = []
        for seq, attribution in enumerate(document.attributions):
            source_text = attribution.source.text if attribution.source else None
            source_key = _source_key(attribution.source_name, attribution.via, source_text)
            attribution_id = db.insert(
                "INSERT INTO attributions (article_id, seq, content, content_start, content_end, "
                "source_text, source_name, source_key, source_type, entity_id, cue, kind, stance, "
                "via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [
                    article_id,
                    seq,
                    attribution.content.text,
                    attribution.content.start,
                    attribution.content.end,
                    source_text,
                    attribution.source_name,
                    source_key,
                    attribution.source_type,
                    local_to_canonical.get(attribution.entity_id or ""),
                    attribution.cue.text if attribution.cue else None,
                    attribution.kind,
                    attribution.stance,
                    attribution.via,
                ],
            )
            assert attribution_id is not None
            result.attributions += 1
            attribution_ids.append((attribution_id, source_key or ""))
            if self.dialect == "sqlite":
                db.execute(
                    "INSERT INTO claims_fts (rowid, content, source) VALUES (?, ?, ?)",
                    [attribution_id, attribution.content.text, source_key or ""],
                )

        # Near-duplicates: LSH candidates confirmed on the estimated similarity. Texts too
        # short to tell a copy from a standing line are neither looked up nor indexed.
        buckets = stories.lsh_buckets(item.signature) if item.comparable else []
        candidates: set[int] = set()
        if buckets:
            where = " OR ".join("(band = ? AND bucket = ?)" for _ in buckets)
            params = [value for pair in buckets for value in pair]
            candidates = {
                row["article_id"]
                for row in db.query(
                    f"SELECT DISTINCT article_id FROM lsh_buckets WHERE {where}", params
                )
            }
        duplicate_matches: list[tuple[float, int]] = []
        if candidates:
            rows = db.query(
                "SELECT f.article_id, f.minhash FROM article_features f "
                f"WHERE f.article_id IN ({db.marks(len(candidates))})",
                sorted(candidates),
            )
            for row in rows:
                similarity = stories.signature_similarity(
                    item.signature, json.loads(row["minhash"])
                )
                if similarity >= stories.DUPLICATE_THRESHOLD:
                    duplicate_matches.append((similarity, row["article_id"]))
        if duplicate_matches:
            result.duplicates += 1
            self._link_duplicate(article_id, article.date, duplicate_matches)
        db.executemany(
            "INSERT INTO lsh_buckets (band, bucket, article_id) VALUES (?, ?, ?)",
            [[band, bucket, article_id] for band, bucket in buckets],
        )
        entity_ids = frozenset(local_to_canonical.values())
        db.execute(
            "INSERT INTO article_features (article_id, date, entity_ids, terms, minhash, names) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                article_id,
                article.date,
                json.dumps(sorted(entity_ids)),
                json.dumps(item.terms),
                json.dumps(item.signature),
                json.dumps(item.names, ensure_ascii=False, sort_keys=True),
            ],
        )

        # Story: every earlier article close enough in time and similar enough, every copy.
        features = _StoryFeatures(
            stories.date_span(article.date), item.names, stories.term_weights(item.terms)
        )
        linked = {other for _, other in duplicate_matches}
        linked.update(_similar_articles(features, caches))
        story_ids = sorted({caches.story_of[other] for other in linked if other in caches.story_of})
        if story_ids:
            story_id = story_ids[0]
            if len(story_ids) > 1:
                self._merge_stories(story_id, story_ids[1:], caches)
        else:
            story_id = db.insert(
                "INSERT INTO stories (title, first_date, last_date, article_count) "
                "VALUES (?, ?, ?, 1) RETURNING id",
                [article.title, article.date, article.date],
            )
            assert story_id is not None
        db.execute("UPDATE articles SET story_id = ? WHERE id = ?", [story_id, article_id])
        touched_stories.add(story_id)
        caches.story_of[article_id] = story_id
        _cache_article(caches, article_id, features)

        # Claims: the same claim in other articles (paraphrase-tolerant), within the window.
        for (attribution_id, source_key), tokens in zip(
            attribution_ids, item.claim_tokens, strict=True
        ):
            group_id = self._claim_group(
                attribution_id, source_key, frozenset(tokens), day, article, story_id, caches
            )
            touched_groups.add(group_id)

    def _entity_id(self, entity: Entity, caches: _Caches) -> tuple[int, int]:
        """The canonical entity for an article's entity, and 1 when it was made new.

        Merged with care: the same type and normalised name is the same entity; a one-word
        person name (``Rutte``) joins a fuller name (``Mark Rutte``) only when exactly one
        known person has that surname, else it stays an entity of its own.
        """
        key = entity_key(entity.type, entity.name)
        known = caches.entity_ids.get(key)
        if known is not None:
            return known, 0
        normal = key.split(":", 1)[1]
        if entity.type == "PER" and " " not in normal:
            owners = caches.surnames.get(normal, set())
            if len(owners) == 1:
                owner = next(iter(owners))
                self.db.execute(
                    "INSERT INTO entity_aliases (alias, entity_id) VALUES (?, ?) "
                    "ON CONFLICT (alias, entity_id) DO NOTHING",
                    [normal, owner],
                )
                return owner, 0
        new_id = self.db.insert(
            "INSERT INTO entities (key, name, type, article_count, mention_count) "
            "VALUES (?, ?, ?, 0, 0) ON CONFLICT (key) DO NOTHING RETURNING id",
            [key, entity.name, entity.type],
        )
        is_new = 1
        if new_id is None:  # another writer made it meanwhile
            new_id = int(self.db.scalar("SELECT id FROM entities WHERE key = ?", [key]))
            is_new = 0
        caches.entity_ids[key] = new_id
        if entity.type == "PER" and " " in normal:
            caches.surnames[normal.rsplit(" ", 1)[1]].add(new_id)
        self.db.execute(
            "INSERT INTO entity_aliases (alias, entity_id) VALUES (?, ?) "
            "ON CONFLICT (alias, entity_id) DO NOTHING",
            [normal, new_id],
        )
        return new_id, is_new

    def _link_duplicate(
        self, article_id: int, article_date: str | None, matches: list[tuple[float, int]]
    ) -> None:
        """Point the copies at the earliest article of their group (date, then id)."""
        db = self.db
        ids = sorted({other for _, other in matches})
        rows = db.query(
            f"SELECT id, date, duplicate_of FROM articles WHERE id IN ({db.marks(len(ids))})", ids
        )
        roots = {row["duplicate_of"] or row["id"] for row in rows}
        root_rows = db.query(
            f"SELECT id, date FROM articles WHERE id IN ({db.marks(len(roots))})", sorted(roots)
        )
        members = [(row["date"] or "9999", row["id"]) for row in root_rows]
        members.append((article_date or "9999", article_id))
        first = min(members)[1]
        best = max(similarity for similarity, _ in matches)
        others = sorted(({*roots, article_id}) - {first})
        db.execute(
            f"UPDATE articles SET duplicate_of = ? WHERE duplicate_of IN ({db.marks(len(others))})",
            [first, *others],
        )
        db.execute(
            f"UPDATE articles SET duplicate_of = ? WHERE id IN ({db.marks(len(others))})",
            [first, *others],
        )
        db.execute("UPDATE articles SET duplicate_of = NULL WHERE id = ?", [first])
        db.execute(
            "UPDATE articles SET duplicate_similarity = ? WHERE id = ?",
            [round(best, 3), article_id],
        )

    def _merge_stories(self, target: int, others: list[int], caches: _Caches) -> None:
        db = self.db
        marks = db.marks(len(others))
        db.execute(
            f"UPDATE articles SET story_id = ? WHERE story_id IN ({marks})", [target, *others]
        )
        db.execute(
            f"UPDATE claim_groups SET story_id = ? WHERE story_id IN ({marks})", [target, *others]
        )
        db.execute(f"DELETE FROM stories WHERE id IN ({marks})", others)
        gone = set(others)
        for article_id, story_id in caches.story_of.items():
            if story_id in gone:
                caches.story_of[article_id] = target

    def _claim_group(
        self,
        attribution_id: int,
        source_key: str,
        tokens: frozenset[str],
        day: int | None,
        article: Article,
        story_id: int,
        caches: _Caches,
    ) -> int:
        db = self.db
        matches: set[int] = set()
        if len(tokens) >= stories.CLAIM_MIN_TOKENS:
            overlap: dict[int, int] = defaultdict(int)
            for token in tokens:
                for group in caches.claim_index.get(token, ()):
                    overlap[group] += 1
            needed = stories.CLAIM_SAME_SOURCE_THRESHOLD * len(tokens)
            for group, shared in overlap.items():
                if shared < needed:
                    continue
                group_day, group_tokens, group_sources = caches.claims[group]
                if day is not None and group_day is not None:
                    if abs(day - group_day) > stories.CLAIM_WINDOW_DAYS:
                        continue
                same_source = bool(source_key) and source_key in group_sources
                if stories.same_claim(tokens, group_tokens, same_source):
                    matches.add(group)
        if matches:
            ordered = sorted(matches)
            group_id = ordered[0]
            if len(ordered) > 1:
                self._merge_groups(group_id, ordered[1:], caches)
            caches.claims[group_id][2].add(source_key)
        else:
            group_id = db.insert(
                "INSERT INTO claim_groups (text, source_key, first_date, report_count, "
                "outlet_count, fate, story_id) VALUES (?, ?, ?, 1, 1, 'open', ?) RETURNING id",
                [None, source_key, article.date, story_id],
            )
            assert group_id is not None
            db.execute(
                "INSERT INTO claim_features (claim_group_id, date, tokens) VALUES (?, ?, ?)",
                [group_id, article.date, json.dumps(sorted(tokens))],
            )
            caches.claims[group_id] = (day, tokens, {source_key})
            for token in tokens:
                caches.claim_index[token].add(group_id)
        db.execute(
            "UPDATE attributions SET claim_group_id = ? WHERE id = ?", [group_id, attribution_id]
        )
        return group_id

    def _merge_groups(self, target: int, others: list[int], caches: _Caches) -> None:
        db = self.db
        marks = db.marks(len(others))
        db.execute(
            f"UPDATE attributions SET claim_group_id = ? WHERE claim_group_id IN ({marks})",
            [target, *others],
        )
        db.execute(f"DELETE FROM claim_groups WHERE id IN ({marks})", others)
        db.execute(f"DELETE FROM claim_features WHERE claim_group_id IN ({marks})", others)
        for other in others:
            _, other_tokens, other_sources = caches.claims.pop(other)
            caches.claims[target][2].update(other_sources)
            for token in other_tokens:
                caches.claim_index[token].discard(other)

    # --- statistics of what a batch touched --------------------------------------------

    def _refresh_entities(self, ids: set[int]) -> None:
        if not ids:
            return
        db = self.db
        marks = db.marks(len(ids))
        rows = db.query(
            "SELECT entity_id, COUNT(DISTINCT article_id) AS articles, COUNT(*) AS mentions "
            f"FROM mentions WHERE entity_id IN ({marks}) GROUP BY entity_id",
            sorted(ids),
        )
        db.executemany(
            "UPDATE entities SET article_count = ?, mention_count = ? WHERE id = ?",
            [[row["articles"], row["mentions"], row["entity_id"]] for row in rows],
        )

    def _refresh_groups(self, ids: set[int]) -> None:
        db = self.db
        existing = [group for group in sorted(ids)]
        if not existing:
            return
        rows = db.query(
            "SELECT a.claim_group_id AS group_id, a.content, a.stance, a.via, a.source_key, "
            "a.article_id, ar.date, ar.outlet, ar.story_id FROM attributions a "
            "JOIN articles ar ON ar.id = a.article_id "
            f"WHERE a.claim_group_id IN ({db.marks(len(existing))})",
            existing,
        )
        members: dict[int, list[Row]] = defaultdict(list)
        for row in rows:
            members[row["group_id"]].append(row)
        updates = []
        for group_id, reports in members.items():
            reports.sort(key=lambda row: (row["date"] or "9999", row["article_id"]))
            first = reports[0]
            outlets: list[str] = []
            for report in reports:
                outlet = report["outlet"] or "?"
                if outlet not in outlets:
                    outlets.append(outlet)
            vias = [report["via"] for report in reports if report["via"]]
            fate, fate_article = stories.claim_fate(
                [(report["date"], report["article_id"], report["stance"]) for report in reports]
            )
            updates.append(
                [
                    first["content"],
                    first["source_key"],
                    first["article_id"],
                    first["date"],
                    first["outlet"],
                    len({report["article_id"] for report in reports}),
                    len([outlet for outlet in outlets if outlet != "?"]),
                    " > ".join(outlets),
                    vias[0] if vias else None,
                    fate,
                    fate_article,
                    first["story_id"],
                    group_id,
                ]
            )
        db.executemany(
            "UPDATE claim_groups SET text = ?, source_key = ?, first_article_id = ?, "
            "first_date = ?, first_outlet = ?, report_count = ?, outlet_count = ?, outlets = ?, "
            "via = ?, fate = ?, fate_article_id = ?, story_id = ? WHERE id = ?",
            updates,
        )

    def _refresh_stories(self, ids: set[int]) -> None:
        db = self.db
        for story_id in sorted(ids):
            articles = db.query(
                "SELECT id, title, date, outlet, attribution_count FROM articles "
                "WHERE story_id = ? ORDER BY date, id",
                [story_id],
            )
            if not articles:
                continue
            dates = [row["date"] for row in articles if row["date"]]
            top = db.query(
                "SELECT e.name, COUNT(DISTINCT m.article_id) AS n FROM mentions m "
                "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
                "WHERE a.story_id = ? AND m.kind = 'name' GROUP BY e.id, e.name "
                "ORDER BY n DESC, e.name LIMIT 4",
                [story_id],
            )
            db.execute(
                "UPDATE stories SET title = ?, first_date = ?, last_date = ?, article_count = ?, "
                "outlet_count = ?, claim_count = ?, top_entities = ? WHERE id = ?",
                [
                    articles[0]["title"],
                    min(dates) if dates else None,
                    max(dates) if dates else None,
                    len(articles),
                    len({row["outlet"] for row in articles if row["outlet"]}),
                    sum(row["attribution_count"] or 0 for row in articles),
                    ", ".join(row["name"] for row in top),
                    story_id,
                ],
            )

    # --- the session's view of the store ----------------------------------------------

    def _load_caches(self) -> _Caches:
        if self._caches is not None:
            return self._caches
        caches = _Caches()
        db = self.db
        for row in db.query("SELECT id, key FROM entities"):
            caches.entity_ids[row["key"]] = row["id"]
            entity_type, normal = row["key"].split(":", 1)
            if entity_type == "PER" and " " in normal:
                caches.surnames[normal.rsplit(" ", 1)[1]].add(row["id"])
        entity_names: dict[int, str] | None = None
        for row in db.query(
            "SELECT f.article_id, f.date, f.entity_ids, f.terms, f.names, a.story_id "
            "FROM article_features f JOIN articles a ON a.id = f.article_id"
        ):
            if row["names"] is not None:
                names = json.loads(row["names"])
            else:  # stored before names were kept: the canonical names, once each
                if entity_names is None:
                    entity_names = {
                        entity["id"]: entity["name"]
                        for entity in db.query("SELECT id, name FROM entities")
                    }
                names = stories.name_weights(
                    (entity_names.get(entity_id, ""), 1)
                    for entity_id in json.loads(row["entity_ids"])
                )
            features = _StoryFeatures(
                stories.date_span(row["date"]),
                names,
                stories.term_weights(json.loads(row["terms"])),
            )
            _cache_article(caches, row["article_id"], features)
            if row["story_id"] is not None:
                caches.story_of[row["article_id"]] = row["story_id"]
        for row in db.query("SELECT f.claim_group_id, f.date, f.tokens FROM claim_features f"):
            tokens = frozenset(json.loads(row["tokens"]))
            group_id = row["claim_group_id"]
            caches.claims[group_id] = (day_number(row["date"]), tokens, set())
            for token in tokens:
                caches.claim_index[token].add(group_id)
        for row in db.query(
            "SELECT DISTINCT claim_group_id, source_key FROM attributions "
            "WHERE claim_group_id IS NOT NULL"
        ):
            if row["claim_group_id"] in caches.claims:
                caches.claims[row["claim_group_id"]][2].add(row["source_key"] or "")
        self._caches = caches
        return caches


def _cache_article(caches: _Caches, article_id: int, features: _StoryFeatures) -> None:
    caches.articles[article_id] = features
    if features.span is None:
        return  # never compared
    caches.by_start[features.span[0]].add(article_id)
    caches.longest_span = max(caches.longest_span, features.span[1] - features.span[0])
    caches.totals[article_id] = (features.names_total, features.terms_total)
    for word in features.names:
        caches.name_index[word].add(article_id)
    for term in features.terms:
        caches.term_index[term].add(article_id)


def _similar_articles(features: _StoryFeatures, caches: _Caches) -> set[int]:
    """The stored articles that are one story with an article of these features: dated close
    enough and similar enough (:func:`hearsay.stories.same_story`). An undated article is
    compared with nothing (only its copies join it to a story).

    Only articles in reach that share a name word or a term are looked at (through the
    indexes), and their similarities are summed from the shared weights: the same numbers
    :func:`hearsay.stories.story_similarity` gives, without comparing every article in reach.
    """
    if features.span is None:
        return set()
    first, last = features.span
    reach = stories.STORY_REACH_DAYS
    window: set[int] = set()
    for start in range(first - reach - caches.longest_span, last + reach + 1):
        window.update(caches.by_start.get(start, ()))
    if not window:
        return set()
    shared_names = _shared_weights(features.names, caches.name_index, window, caches, "names")
    shared_terms = _shared_weights(features.terms, caches.term_index, window, caches, "terms")
    found = set()
    names_total, terms_total = features.names_total, features.terms_total
    for other in shared_names.keys() | shared_terms.keys():
        other_span = caches.articles[other].span
        assert other_span is not None
        days = stories.days_apart(features.span, other_span)
        if days > reach:
            continue
        other_names, other_terms = caches.totals[other]
        names = stories.jaccard_of_sums(
            math.fsum(shared_names.get(other, ())), names_total, other_names
        )
        terms = stories.jaccard_of_sums(
            math.fsum(shared_terms.get(other, ())), terms_total, other_terms
        )
        if stories.same_story(names, terms, days):
            found.add(other)
    return found


def _shared_weights(
    weights: dict[str, float],
    index: dict[str, set[int]],
    window: set[int],
    caches: _Caches,
    kind: str,
) -> dict[int, list[float]]:
    """Per article of ``window`` that shares keys with ``weights``: the smaller weight of each
    shared key (what weighted Jaccard sums)."""
    shared: dict[int, list[float]] = defaultdict(list)
    for key, weight in weights.items():
        posting = index.get(key)
        if not posting:
            continue
        for other in posting & window:
            other_weights = getattr(caches.articles[other], kind)
            shared[other].append(min(weight, other_weights[key]))
    return shared


def _source_key(source_name: str | None, via: str | None, source_text: str | None) -> str | None:
    """Who a claim is from, for grouping: the resolved name, else the relaying outlet, else
    the source phrase in lower case (``een insider``)."""
    if source_name:
        return source_name
    if via:
        return via
    if source_text:
        return " ".join(source_text.lower().split())
    return None


def open_store(url: str | Path = DEFAULT_DB, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``url``: a SQLite path or ``postgresql://``.

    Example::

        with hearsay.open_store("corpus.db") as store:
            print(store.counts())
    """
    db = Database(str(url))
    if migrate:
        db.migrate()
    return Store(db)
