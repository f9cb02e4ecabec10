"""Writers: documents as JSON Lines / JSON for tools, and as a report for people."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hearsay.model import Attribution, Document, Quantity

STANCE_STYLE = {"assert": "white", "deny": "bold red", "confirm": "bold green"}
KIND_LABEL = {
    "direct": "quote",
    "indirect": "reported",
    "according_to": "according to",
    "reportative": "hearsay (zou)",
    "mixed": "reported + quote",
}


def write_jsonl(documents: Iterable[Document], stream: IO[str]) -> int:
    """One JSON object per line, as in ``shared/spec/attribution.md``; returns the count."""
    count = 0
    for document in documents:
        stream.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json(documents: Iterable[Document], stream: IO[str]) -> int:
    """A JSON array of documents, indented for reading."""
    records = [document.to_dict() for document in documents]
    json.dump(records, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(records)


def source_key(attribution: Attribution) -> str:
    """How a report groups attributions: by resolved name, else by the words of the source
    and the outlet that relays it ("de bron" in Page Six is not "de bron" in People)."""
    if attribution.source_name:
        return attribution.source_name
    if attribution.source:
        key = attribution.source.text
        return f"{key} (via {attribution.via})" if attribution.via else key
    return "(no source named)"


def group_by_source(document: Document) -> dict[str, list[Attribution]]:
    groups: dict[str, list[Attribution]] = {}
    for attribution in document.attributions:
        groups.setdefault(source_key(attribution), []).append(attribution)
    return groups


def render_report(document: Document) -> Group:
    """The article's sources, each with what it claims, how, and through which outlet."""
    title = document.article.title or document.id or "article"
    meta = " · ".join(x for x in (document.article.date, document.article.section) if x)
    header = Text.assemble((title, "bold"), ("  " + meta if meta else "", "dim"))
    table = Table(show_lines=True, expand=True, header_style="bold cyan")
    table.add_column("source", ratio=2)
    table.add_column("type", ratio=1)
    table.add_column("claims", ratio=6)
    for name, attributions in group_by_source(document).items():
        first = attributions[0]
        written = sorted(
            {a.source.text for a in attributions if a.source and not name.startswith(a.source.text)}
        )
        source_cell = Text(name, style="bold")
        if written:
            source_cell.append("\nas: " + ", ".join(written), style="dim")
        vias = sorted({a.via for a in attributions if a.via and f"(via {a.via})" not in name})
        if vias:
            source_cell.append("\nvia " + " → ".join(vias), style="magenta")
        claims = Text()
        for number, attribution in enumerate(attributions):
            if number:
                claims.append("\n")
            claims.append(f"[{KIND_LABEL[attribution.kind]}", style="dim")
            if attribution.cue:
                claims.append(f": {attribution.cue.text}", style="dim")
            claims.append("] ", style="dim")
            if attribution.stance != "assert":
                claims.append(
                    attribution.stance.upper() + " ", style=STANCE_STYLE[attribution.stance]
                )
            claims.append(attribution.content.text, style=STANCE_STYLE[attribution.stance])
        table.add_row(source_cell, first.source_type, claims)
    summary = Text(
        f"{len(document.attributions)} attributions from {len(group_by_source(document))} sources",
        style="dim",
    )
    parts = [header, summary, table]
    dated = [t for t in document.timexes if t.value and not t.value.endswith("_REF")]
    if dated:
        line = Text("dates: ", style="bold cyan")
        line.append(
            "; ".join(
                f"{t.text} = {t.value}" + (f" ({t.mod.lower()})" if t.mod else "") for t in dated
            )
        )
        parts.append(line)
    if document.quantities:
        line = Text("amounts: ", style="bold cyan")
        line.append("; ".join(describe_quantity(q) for q in document.quantities))
        parts.append(line)
    return Group(*parts)


def describe_quantity(quantity: Quantity) -> str:
    """ "1,3 miljoen dollar = 1,300,000 USD", "North (7) = age 7 years"."""
    value = quantity.value
    number = f"{value:,.0f}" if value is not None and float(value).is_integer() else f"{value}"
    unit = quantity.unit or ""
    if quantity.kind == "age":
        return f"{quantity.text} = age {number} {unit}s"
    if quantity.kind == "percent":
        return f"{quantity.text} = {number}%"
    qualifier = f" ({quantity.qualifier})" if quantity.qualifier else ""
    return f"{quantity.text} = {number} {unit}{qualifier}".rstrip()


def print_report(documents: Iterable[Document], console: Console) -> int:
    count = 0
    for document in documents:
        if not document.attributions:
            console.print(Panel(f"{document.id}: no attributions found", style="dim"))
        else:
            console.print(render_report(document))
        console.print()
        count += 1
    return count
