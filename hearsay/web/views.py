"""What each page shows, as plain data: the page's template and its JSON twin under ``/api``
are built from the same function (the Datasette way), so the API holds everything a page shows.

The store's own questions (:mod:`hearsay.store.queries`: search, sources, claims, stories,
story) are reused as they are; the few questions only the web asks (one article, one entity,
one source or outlet, the graph of a story) are here, in the portable SQL of the store (``?``
placeholders, the subset SQLite and PostgreSQL share).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from hearsay.errors import HearsayError
from hearsay.model import Document
from hearsay.store.queries import entity_ids, story
from hearsay.store.store import Store, day_number

Row = dict[str, Any]

#: How far from a claim its source and cue are looked for, in characters.
LOCATE_WINDOW = 400


class NotFoundError(HearsayError):
    """No article, entity, source, outlet or story of that id or name."""

    code = "E201"


class BadRequestError(HearsayError):
    """A request the store cannot answer as asked (a bad search query, an empty text)."""

    code = "E202"


# --- spans ---------------------------------------------------------------------------------


def _span(start: int, end: int, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def locate(
    text: str, needle: str | None, start: int, end: int, *, inside: bool = False
) -> dict[str, Any] | None:
    """The whole-word occurrence of ``needle`` nearest to the claim ``[start, end)``.

    The store keeps a claim's offsets but only the words of its source and cue (``hij``,
    ``zegt``), so the article page finds them again within :data:`LOCATE_WINDOW` characters.
    A source or speech verb is rarely inside its own claim (``deelde hij ... dat hij en Kim``:
    the first ``hij``), so one outside is preferred; a reportative ``zou`` is inside the
    claim, so ``inside=True`` prefers that one."""
    if not needle:
        return None
    low = max(0, start - LOCATE_WINDOW)
    high = min(len(text), end + LOCATE_WINDOW)
    best: tuple[int, int, int] | None = None
    position = text.find(needle, low, high)
    while position != -1:
        stop = position + len(needle)
        whole_word = (position == 0 or not text[position - 1].isalnum()) and (
            stop == len(text) or not text[stop].isalnum()
        )
        if whole_word:
            if stop <= start:
                distance, within = start - stop, False
            elif position >= end:
                distance, within = position - end, False
            else:
                distance, within = 0, True
            key = (int(within != inside), distance, position)
            if best is None or key < best:
                best = key
        position = text.find(needle, position + 1, high)
    if best is None:
        return None
    return _span(best[2], best[2] + len(needle), text)


@dataclass
class Segment:
    """A stretch of article text and the attribution parts that cover it."""

    text: str
    roles: list[tuple[str, int]] = field(default_factory=list)  # (content|source|cue, index)

    @property
    def classes(self) -> str:
        names = sorted({role for role, _ in self.roles})
        return " ".join(f"hl-{name}" for name in names)

    @property
    def indexes(self) -> str:
        return " ".join(str(index) for index in sorted({index for _, index in self.roles}))


def segments(text: str, attributions: list[Row]) -> list[Segment]:
    """Cut ``text`` at every span edge so each piece knows which sources, cues and contents
    cover it (spans may nest or overlap; the template escapes every piece)."""
    spans: list[tuple[int, int, str, int]] = []
    for index, attribution in enumerate(attributions):
        for role in ("content", "source", "cue"):
            part = attribution.get(role)
            if part and 0 <= part["start"] < part["end"] <= len(text):
                spans.append((part["start"], part["end"], role, index))
    edges = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces = []
    for left, right in zip(edges, edges[1:], strict=False):
        if left == right:
            continue
        roles = [
            (role, index) for start, end, role, index in spans if start <= left and right <= end
        ]
        pieces.append(Segment(text[left:right], roles))
    return pieces


def source_label(attribution: Row) -> str:
    """Who a claim is from, in words: the resolved name, else the phrase, else unnamed."""
    if attribution.get("source_name"):
        return attribution["source_name"]
    if attribution.get("source"):
        return attribution["source"]["text"]
    if attribution.get("via"):
        return f"(via {attribution['via']})"
    return "(no source given)"


def sources_panel(attributions: list[Row]) -> list[Row]:
    """The side panel of an article: each source with its claims, the most claims first."""
    by_source: dict[str, Row] = {}
    for index, attribution in enumerate(attributions):
        label = source_label(attribution)
        entry = by_source.setdefault(
            label,
            {
                "label": label,
                "source_key": attribution.get("source_key"),
                "source_type": attribution["source_type"],
                "entity": attribution.get("entity"),
                "written_as": [],
                "via": attribution.get("via"),
                "claims": [],
            },
        )
        written = attribution["source"]["text"] if attribution.get("source") else None
        if written and written != label and written not in entry["written_as"]:
            entry["written_as"].append(written)
        entry["claims"].append({"index": index, **attribution})
    return sorted(by_source.values(), key=lambda entry: (-len(entry["claims"]), entry["label"]))


# --- articles ------------------------------------------------------------------------------


def article(store: Store, article_id: int) -> Row:
    """One stored article with its attributions (source and cue found again in the text),
    the canonical entity each source resolves to, and its mentions: JSON as in the spec,
    plus the store's ids (story, claim group, entity)."""
    db = store.db
    record = db.query_one(
        "SELECT id, ext_id, title, date, section, outlet, lang, origin, text, story_id, "
        "duplicate_of FROM articles WHERE id = ?",
        [article_id],
    )
    if record is None:
        raise NotFoundError(f"no article {article_id}")
    text = record["text"] or ""
    attributions = []
    for row in db.query(
        "SELECT c.id, c.seq, c.content_start, c.content_end, c.source_text, c.source_name, "
        "c.source_key, c.source_type, c.cue, c.kind, c.stance, c.via, c.claim_group_id, "
        "c.entity_id, e.name AS entity_name, e.type AS entity_type, g.fate, g.report_count, "
        "g.outlets FROM attributions c LEFT JOIN entities e ON e.id = c.entity_id "
        "LEFT JOIN claim_groups g ON g.id = c.claim_group_id "
        "WHERE c.article_id = ? ORDER BY c.seq",
        [article_id],
    ):
        start, end = row["content_start"], row["content_end"]
        source_span = locate(text, row["source_text"], start, end)
        # a cue stands next to its source (``volgens geruchten``, ``zei Jansen``); without
        # a source it is by the claim, inside it for a reportative ``zou``
        if source_span is not None:
            cue_span = locate(text, row["cue"], source_span["start"], source_span["end"])
        else:
            cue_span = locate(text, row["cue"], start, end, inside=row["kind"] == "reportative")
        attributions.append(
            {
                "id": row["id"],
                "content": _span(start, end, text),
                "source": source_span,
                "source_name": row["source_name"],
                "source_type": row["source_type"],
                "cue": cue_span,
                "kind": row["kind"],
                "stance": row["stance"],
                "via": row["via"],
                "source_key": row["source_key"],
                "entity": {
                    "id": row["entity_id"],
                    "name": row["entity_name"],
                    "type": row["entity_type"],
                }
                if row["entity_id"] is not None
                else None,
                "claim_group_id": row["claim_group_id"],
                "fate": row["fate"],
                "report_count": row["report_count"],
                "outlet_chain": row["outlets"],
            }
        )
    entities: dict[int, Row] = {}
    for row in db.query(
        "SELECT m.entity_id, e.name, e.type, m.start_char, m.end_char, m.text FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start_char",
        [article_id],
    ):
        entity = entities.setdefault(
            row["entity_id"],
            {"id": row["entity_id"], "name": row["name"], "type": row["type"], "mentions": []},
        )
        entity["mentions"].append(
            {"start": row["start_char"], "end": row["end_char"], "text": row["text"]}
        )
    return {
        "id": record["id"],
        "ext_id": record["ext_id"],
        "title": record["title"],
        "date": record["date"],
        "category": record["section"],
        "outlet": record["outlet"],
        "lang": record["lang"],
        "origin": record["origin"],
        "text": text,
        "story_id": record["story_id"],
        "duplicate_of": record["duplicate_of"],
        "attributions": attributions,
        "entities": sorted(entities.values(), key=lambda entity: entity["name"] or ""),
    }


def document(analysed: Document) -> Row:
    """An article analysed on the spot, in the shape of :func:`article` (spec JSON, with
    each attribution's entity from the document itself)."""
    record = analysed.to_dict()
    for attribution, model in zip(record["attributions"], analysed.attributions, strict=True):
        entity = analysed.entity(model.entity_id) if model.entity_id else None
        attribution["entity"] = (
            {"id": entity.id, "name": entity.name, "type": entity.type} if entity else None
        )
    return record


def articles(store: Store, *, limit: int = 50, offset: int = 0) -> list[Row]:
    return store.db.query(
        "SELECT id, date, outlet, title, attribution_count AS attributions, story_id "
        "FROM articles ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
        [limit, offset],
    )


# --- entities ------------------------------------------------------------------------------


def _month(value: str | None) -> str:
    return (value or "")[:7] or "undated"


def entity(store: Store, entity_id: int, *, limit: int = 200) -> Row:
    """A person or organisation: what they said (as a source) and what others said about
    them (claims that mention them), by whom, in date order; counts per month."""
    db = store.db
    record = db.query_one(
        "SELECT id, key, name, type, article_count, mention_count FROM entities WHERE id = ?",
        [entity_id],
    )
    if record is None:
        raise NotFoundError(f"no entity {entity_id}")
    said = db.query(
        "SELECT c.id, c.article_id, a.date, a.outlet, a.title, c.content AS text, c.source_text, "
        "c.cue, c.kind, c.stance, c.via, c.claim_group_id, g.fate FROM attributions c "
        "JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN claim_groups g ON g.id = c.claim_group_id "
        "WHERE c.entity_id = ? ORDER BY a.date, c.article_id, c.seq LIMIT ?",
        [entity_id, limit],
    )
    about = db.query(
        "SELECT c.id, c.article_id, a.date, a.outlet, a.title, c.content AS text, c.source_key, "
        "c.source_type, c.entity_id AS source_entity_id, c.stance, c.claim_group_id, g.fate "
        "FROM attributions c JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN claim_groups g ON g.id = c.claim_group_id "
        "WHERE c.id IN (SELECT c2.id FROM attributions c2 JOIN mentions m "
        "ON m.article_id = c2.article_id WHERE m.entity_id = ? "
        "AND m.start_char >= c2.content_start AND m.end_char <= c2.content_end) "
        "AND (c.entity_id IS NULL OR c.entity_id <> ?) "
        "ORDER BY a.date, c.article_id, c.seq LIMIT ?",
        [entity_id, entity_id, limit],
    )
    mentioned_in = db.query(
        "SELECT a.id, a.date, a.outlet, a.title FROM articles a WHERE a.id IN "
        "(SELECT article_id FROM mentions WHERE entity_id = ?) ORDER BY a.date, a.id LIMIT ?",
        [entity_id, limit],
    )
    aliases = [
        row["alias"]
        for row in db.query(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", [entity_id]
        )
        if row["alias"] != (record["name"] or "").lower()  # aliases are kept in lower case
    ]
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for row in said:
        months[_month(row["date"])]["said"] += 1
    for row in about:
        months[_month(row["date"])]["about"] += 1
    by_month = [
        {"month": month, "said": counts["said"], "about": counts["about"]}
        for month, counts in sorted(months.items())
    ]
    return {
        **record,
        "aliases": aliases,
        "said": said,
        "about": about,
        "articles": mentioned_in,
        "by_month": by_month,
        "peak": max((max(m["said"], m["about"]) for m in by_month), default=1) or 1,
    }


def find_entities(store: Store, name: str) -> list[Row]:
    """The canonical entities a name may mean (as ``hearsay claims --about`` reads it)."""
    ids = entity_ids(store, name)
    if not ids:
        return []
    db = store.db
    return db.query(
        "SELECT id, name, type, article_count, mention_count FROM entities "
        f"WHERE id IN ({db.marks(len(ids))}) ORDER BY article_count DESC, name",
        ids,
    )


# --- sources and outlets -------------------------------------------------------------------


def _claims_summary(rows: list[Row]) -> Row:
    groups: dict[Any, str | None] = {row["claim_group_id"]: row["fate"] for row in rows}
    return {
        "claims": len(rows),
        "anonymous": sum(1 for row in rows if row["source_type"] == "anonymous"),
        "denials": sum(1 for row in rows if row["stance"] == "deny"),
        "later_denied": sum(1 for fate in groups.values() if fate == "denied"),
        "later_confirmed": sum(1 for fate in groups.values() if fate == "confirmed"),
        "outlets": sorted({row["outlet"] for row in rows if row["outlet"]}),
    }


_CLAIM_COLUMNS = (
    "SELECT c.id, c.article_id, a.date, a.outlet, a.title, c.content AS text, c.source_key, "
    "c.source_text, c.source_type, c.entity_id, e.name AS entity_name, c.cue, c.kind, c.stance, "
    "c.via, c.claim_group_id, g.fate, g.report_count FROM attributions c "
    "JOIN articles a ON a.id = c.article_id LEFT JOIN entities e ON e.id = c.entity_id "
    "LEFT JOIN claim_groups g ON g.id = c.claim_group_id "
)


def source(store: Store, key: str, *, limit: int = 500) -> Row:
    """A source (its key in the store: ``Kanye West``, ``een insider``, ``Page Six``): its
    claims in date order, how many anonymous, denied by it, later denied or confirmed."""
    rows = store.db.query(
        _CLAIM_COLUMNS + "WHERE c.source_key = ? ORDER BY a.date, c.article_id, c.seq LIMIT ?",
        [key, limit],
    )
    if not rows:
        raise NotFoundError(f"no claims from source {key!r}")
    entity_counts = Counter(row["entity_id"] for row in rows if row["entity_id"] is not None)
    entity_id = entity_counts.most_common(1)[0][0] if entity_counts else None
    entity_name = next((row["entity_name"] for row in rows if row["entity_id"] == entity_id), None)
    types = Counter(row["source_type"] for row in rows)
    return {
        "kind": "source",
        "name": key,
        "source_type": types.most_common(1)[0][0],
        "entity": {"id": entity_id, "name": entity_name} if entity_id is not None else None,
        **_claims_summary(rows),
        "rows": rows,
    }


def outlet(store: Store, name: str, *, limit: int = 500) -> Row:
    """An outlet: the claims its articles carry and the sources it quotes most."""
    rows = store.db.query(
        _CLAIM_COLUMNS + "WHERE lower(a.outlet) = lower(?) "
        "ORDER BY a.date, c.article_id, c.seq LIMIT ?",
        [name, limit],
    )
    article_rows = store.db.query(
        "SELECT id, date, outlet, title, attribution_count AS attributions, story_id FROM articles "
        "WHERE lower(outlet) = lower(?) ORDER BY date, id LIMIT ?",
        [name, limit],
    )
    if not article_rows:
        raise NotFoundError(f"no articles of outlet {name!r}")
    quoted = Counter(row["source_key"] for row in rows if row["source_key"])
    return {
        "kind": "outlet",
        "name": article_rows[0]["outlet"],
        **_claims_summary(rows),
        "sources": [{"source": key, "claims": count} for key, count in quoted.most_common(30)],
        "articles": article_rows,
        "rows": rows,
    }


# --- stories -------------------------------------------------------------------------------


def story_graph(store: Store, story_id: int) -> Row:
    """Who cites whom in a story: outlets cite the sources their articles quote, through the
    outlet that relayed them where there is one (``de bron in Page Six``: outlet -> Page Six
    -> de bron). Nodes are outlets, sources and the people or organisations sources resolve
    to; an edge's weight is how many claims take that step."""
    nodes: dict[str, Row] = {}
    edges: Counter[tuple[str, str]] = Counter()

    def node(name: str, kind: str, entity_id: int | None = None, key: str | None = None) -> str:
        node_id = " ".join(name.lower().split())
        found = nodes.setdefault(
            node_id,
            {
                "id": node_id,
                "label": name,
                "kind": kind,
                "entity_id": entity_id,
                "source_key": key,
                "claims": 0,
            },
        )
        if found["kind"] == "source" and kind != "source":
            found["kind"] = kind  # an outlet that is also quoted stays an outlet
        if entity_id is not None and found["entity_id"] is None:
            found["entity_id"] = entity_id
        if key and not found["source_key"]:
            found["source_key"] = key
        return node_id

    for row in store.db.query(
        "SELECT a.outlet, c.source_key, c.source_name, c.source_text, c.source_type, c.via, "
        "c.entity_id, e.type AS entity_type FROM attributions c "
        "JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN entities e ON e.id = c.entity_id WHERE a.story_id = ?",
        [story_id],
    ):
        publisher = node(row["outlet"] or "?", "outlet")
        # who is cited: the resolved name, else the words (``een ingewijde``), so a source
        # relayed by an outlet stays apart from the outlet (the store keys it by the outlet)
        name = row["source_name"] or row["source_text"] or row["source_key"]
        if not name:
            continue
        if row["entity_type"] == "PER" or row["source_type"] == "person":
            kind = "person"
        elif row["source_type"] == "outlet" or row["entity_type"] == "OUTLET":
            kind = "outlet"
        elif row["entity_type"] == "ORG" or row["source_type"] == "organisation":
            kind = "organisation"
        else:
            kind = "source"
        cited = node(name, kind, row["entity_id"], row["source_key"])
        nodes[cited]["claims"] += 1
        step_from = publisher
        if row["via"]:
            relay = node(row["via"], "outlet", key=None)
            if relay not in (cited, publisher):
                edges[(publisher, relay)] += 1
                step_from = relay
        if step_from != cited:
            edges[(step_from, cited)] += 1
    return {
        "nodes": sorted(nodes.values(), key=lambda item: item["id"]),
        "edges": [
            {"from": start, "to": end, "weight": weight}
            for (start, end), weight in sorted(edges.items())
        ],
    }


def layered_layout(graph: Row, width: int = 880, row_height: int = 34) -> Row:
    """Positions for the graph, left to right: publishing outlets, the outlets that relayed,
    then the sources (each node one column past the furthest node that cites it)."""
    successors: dict[str, list[str]] = defaultdict(list)
    incoming: Counter[str] = Counter()
    for edge in graph["edges"]:
        successors[edge["from"]].append(edge["to"])
        incoming[edge["to"]] += 1
    layer: dict[str, int] = {}
    order = [item["id"] for item in graph["nodes"]]
    for start in [name for name in order if incoming[name] == 0] or order[:1]:
        layer.setdefault(start, 0)
        stack = [(start, 0, frozenset([start]))]
        while stack:  # longest path, a cycle walked once
            current, depth, path = stack.pop()
            for after in successors[current]:
                if after in path or layer.get(after, -1) >= depth + 1:
                    continue
                layer[after] = depth + 1
                stack.append((after, depth + 1, path | {after}))
    for name in order:
        layer.setdefault(name, 0)
    columns: dict[int, list[str]] = defaultdict(list)
    for name in order:
        columns[layer[name]].append(name)
    column_count = max(columns) + 1 if columns else 1
    margin = 170
    step = (width - 2 * margin) / max(column_count - 1, 1)
    positions: dict[str, tuple[float, float]] = {}
    height = row_height * (max((len(names) for names in columns.values()), default=1) + 1)
    for column in sorted(columns):
        names = columns[column]
        if column:  # beside the nodes that cite them (barycentre), so edges cross less

            def centre(name: str) -> float:
                ys = [
                    positions[edge["from"]][1]
                    for edge in graph["edges"]
                    if edge["to"] == name and edge["from"] in positions
                ]
                return sum(ys) / len(ys) if ys else 0.0

            names.sort(key=centre)
        gap = height / (len(names) + 1)
        for rank, name in enumerate(names, start=1):
            x = margin + column * step if column_count > 1 else width / 2
            positions[name] = (round(x, 1), round(rank * gap, 1))
    return {
        "width": width,
        "height": round(height, 1),
        "nodes": [
            {**item, "x": positions[item["id"]][0], "y": positions[item["id"]][1]}
            for item in graph["nodes"]
        ],
        "edges": [
            {
                **edge,
                "x1": positions[edge["from"]][0],
                "y1": positions[edge["from"]][1],
                "x2": positions[edge["to"]][0],
                "y2": positions[edge["to"]][1],
            }
            for edge in graph["edges"]
        ],
    }


def timeline_chart(timeline: list[Row], width: int = 880, lane_height: int = 36) -> Row:
    """Points of a timeline chart: one lane per outlet, articles and claims placed by date
    (undated ones after the last date), drawn as SVG by the template."""
    lanes: list[str] = []
    for item in timeline:
        outlet_name = item["outlet"] or "?"
        if outlet_name not in lanes:
            lanes.append(outlet_name)
    days = [day for day in (day_number(item["date"]) for item in timeline) if day is not None]
    first, last = (min(days), max(days)) if days else (0, 0)
    span = max(last - first, 1)
    left, right = 130, 70
    usable = width - left - right
    points = []
    stacked: Counter[tuple[int, int]] = Counter()
    for item in timeline:
        day = day_number(item["date"])
        x = left + (usable * (day - first) / span if day is not None else usable)
        if not days or first == last:
            x = left + usable / 2 if day is not None else left + usable
        lane = lanes.index(item["outlet"] or "?")
        slot = (lane, round(x))
        offset = stacked[slot]
        stacked[slot] += 1
        points.append(
            {
                **item,
                "x": round(x + (offset % 6) * 9 * (1 if item["kind"] == "claim" else 0), 1),
                "y": 40 + lane * lane_height + (8 if item["kind"] == "claim" else 0),
            }
        )
    ticks = []
    if days:
        for fraction in (0, 0.5, 1) if first != last else (0.5,):
            day = round(first + span * fraction) if first != last else first
            ticks.append(
                {
                    "x": round(left + usable * fraction, 1),
                    "label": Date.fromordinal(day).isoformat(),
                }
            )
    return {
        "width": width,
        "height": 60 + len(lanes) * lane_height,
        "left": left,
        "lanes": [
            {"name": name, "y": 40 + index * lane_height} for index, name in enumerate(lanes)
        ],
        "points": points,
        "ticks": ticks,
    }


def story_view(store: Store, story_id: int) -> Row:
    """A story: the store's timeline (:func:`hearsay.store.queries.story`), its chart and the
    graph of who cites whom."""
    from hearsay.store.errors import StoreError

    try:
        answer = story(store, story_id)
    except StoreError as error:
        raise NotFoundError(f"no story {story_id}") from error
    graph = story_graph(store, story_id)
    return {
        **answer.header,
        "timeline": answer.rows,
        "graph": graph,
        "chart": timeline_chart(answer.rows),
        "layout": layered_layout(graph),
    }
