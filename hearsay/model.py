"""The one data model every stage reads and writes.

An :class:`Article` goes into the analyser, a :class:`Document` comes out. Every span in a
document is a character range ``[start, end)`` into ``Document.text`` (Python string
indices), and ``to_dict()`` produces exactly the output contract of
``shared/spec/attribution.md`` and ``shared/spec/output.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

AttributionKind = Literal["direct", "indirect", "according_to", "reportative", "mixed"]
Stance = Literal["assert", "deny", "confirm"]
SourceType = Literal[
    "person",
    "organisation",
    "outlet",
    "anonymous",
    "representative",
    "group",
    "document",
    "rumour",
    "unknown",
]
EntityType = Literal["PER", "ORG", "OUTLET", "LOC", "WORK", "EVENT", "MISC"]

ATTRIBUTION_KINDS: tuple[str, ...] = ("direct", "indirect", "according_to", "reportative", "mixed")
STANCES: tuple[str, ...] = ("assert", "deny", "confirm")
SOURCE_TYPES: tuple[str, ...] = (
    "person",
    "organisation",
    "outlet",
    "anonymous",
    "representative",
    "group",
    "document",
    "rumour",
    "unknown",
)
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "OUTLET", "LOC", "WORK", "EVENT", "MISC")


@dataclass
class TextSpan:
    """A character range into the document text, with the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> TextSpan:
        """The span ``text[start:end]``; the single way spans are made, so text always matches."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def overlaps(self, other: TextSpan) -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass
class Article:
    """One input record: what a reader yields and the analyser consumes."""

    text: str
    id: str | None = None
    date: str | None = None
    section: str | None = None
    title: str | None = None
    lang: str = "nl"
    origin: str | None = None  # where it was read: "file.jsonl:12", "stdin", ...
    extra: dict[str, Any] = field(default_factory=dict)  # other input fields, passed through

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "category": self.section,
            "title": self.title,
            "lang": self.lang,
            "text": self.text,
            "origin": self.origin,
        }


@dataclass
class Reject:
    """An input record that could not be read, kept with the reason instead of dropped."""

    origin: str
    reason: str
    record: str | None = None  # the raw record (or its start) when there is one

    def to_dict(self) -> dict[str, Any]:
        return {"origin": self.origin, "reason": self.reason, "record": self.record}


@dataclass
class Mention(TextSpan):
    """One mention of an entity: a name, a pronoun or a role noun."""

    kind: Literal["name", "pronoun", "role"] = "name"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    """One referent of the article after in-article coreference."""

    id: str
    name: str
    type: EntityType
    mentions: list[Mention] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [mention.to_dict() for mention in self.mentions],
            "attributes": dict(self.attributes),
        }


@dataclass
class Attribution:
    """Content that the article presents as coming from someone other than the writer."""

    content: TextSpan
    kind: AttributionKind
    source: TextSpan | None = None
    source_name: str | None = None  # the source resolved to a named entity
    source_type: SourceType = "unknown"
    cue: TextSpan | None = None
    stance: Stance = "assert"
    via: str | None = None  # outlet relaying an anonymous or second-hand source
    entity_id: str | None = None  # the Entity the source resolves to, when there is one

    def to_dict(self) -> dict[str, Any]:
        return {
            "content": self.content.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "source_name": self.source_name,
            "source_type": self.source_type,
            "cue": self.cue.to_dict() if self.cue else None,
            "kind": self.kind,
            "stance": self.stance,
            "via": self.via,
        }


@dataclass
class Timex(TextSpan):
    """A time expression normalised against the publication date (TIMEX3-like)."""

    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = None
    mod: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }


@dataclass
class Quantity(TextSpan):
    """An amount: money, percentage, age, count or measure."""

    kind: Literal["money", "percent", "age", "count", "measure"] = "count"
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    same_as: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "same_as": self.same_as,
        }


@dataclass
class Document:
    """The analysis of one article: everything hearsay found, as spans into ``text``."""

    article: Article
    attributions: list[Attribution] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def id(self) -> str | None:
        return self.article.id

    def entity(self, entity_id: str) -> Entity | None:
        return next((entity for entity in self.entities if entity.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        from hearsay import __version__

        record = self.article.to_dict()
        record.update(
            {
                "attributions": [attribution.to_dict() for attribution in self.attributions],
                "entities": [entity.to_dict() for entity in self.entities],
                "timexes": [timex.to_dict() for timex in self.timexes],
                "quantities": [quantity.to_dict() for quantity in self.quantities],
                "meta": {"analyser": "hearsay", "version": __version__},
            }
        )
        return record
