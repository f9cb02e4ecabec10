"""The JSON contract of one analysed article (``spec/attribution.md``, ``spec/output.md``).

The schema below is written from the spec, not from the code: it is what a tool reading
``hearsay analyze --format jsonl`` may rely on. Inputs are handmade Dutch sentences and the
bundled example article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import hearsay
from hearsay.model import ATTRIBUTION_KINDS, ENTITY_TYPES, SOURCE_TYPES, STANCES, TextSpan

EXAMPLE = Path(hearsay.__file__).parent / "examples" / "seed-000.txt"

# --------------------------------------------------------------------------- the schema

SPAN = {
    "type": "object",
    "required": ["start", "end", "text"],
    "properties": {
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 1},
        "text": {"type": "string", "minLength": 1},
    },
}
NULLABLE_SPAN = {"oneOf": [{"type": "null"}, SPAN]}
NULLABLE_STRING = {"type": ["string", "null"]}

SPEC_SOURCE_TYPES = [
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
SPEC_KINDS = ["direct", "indirect", "according_to", "reportative", "mixed"]
SPEC_STANCES = ["assert", "deny", "confirm"]
SPEC_ENTITY_TYPES = ["PER", "ORG", "OUTLET", "LOC", "WORK", "EVENT", "MISC"]
SPEC_TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"]
SPEC_TIMEX_MODS = [
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    None,
]
SPEC_QUANTITY_KINDS = ["money", "percent", "age", "count", "measure"]

ATTRIBUTION = {
    "type": "object",
    "required": [
        "content",
        "source",
        "source_name",
        "source_type",
        "cue",
        "kind",
        "stance",
        "via",
    ],
    "properties": {
        "content": SPAN,
        "source": NULLABLE_SPAN,
        "source_name": NULLABLE_STRING,
        "source_type": {"enum": SPEC_SOURCE_TYPES},
        "cue": NULLABLE_SPAN,
        "kind": {"enum": SPEC_KINDS},
        "stance": {"enum": SPEC_STANCES},
        "via": NULLABLE_STRING,
    },
}
ENTITY = {
    "type": "object",
    "required": ["id", "name", "type", "mentions", "attributes"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "name": {"type": "string", "minLength": 1},
        "type": {"enum": SPEC_ENTITY_TYPES},
        "mentions": {"type": "array", "items": SPAN},
        "attributes": {"type": "object"},
    },
}
TIMEX = {
    "type": "object",
    "required": ["start", "end", "text", "type", "value", "mod"],
    "allOf": [SPAN],
    "properties": {
        "type": {"enum": SPEC_TIMEX_TYPES},
        "value": NULLABLE_STRING,
        "mod": {"enum": SPEC_TIMEX_MODS},
    },
}
QUANTITY = {
    "type": "object",
    "required": ["start", "end", "text", "kind", "value", "unit", "qualifier", "same_as"],
    "allOf": [SPAN],
    "properties": {
        "kind": {"enum": SPEC_QUANTITY_KINDS},
        "value": {"type": ["number", "null"]},
        "unit": NULLABLE_STRING,
        "qualifier": NULLABLE_STRING,
        "same_as": {"type": ["integer", "null"], "minimum": 0},
    },
}
#: One output record of ``hearsay analyze --format jsonl``. Extra keys are allowed: the spec
#: says "at least".
RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["id", "text", "attributions", "entities", "timexes", "quantities"],
    "properties": {
        "id": NULLABLE_STRING,
        "text": {"type": "string"},
        "attributions": {"type": "array", "items": ATTRIBUTION},
        "entities": {"type": "array", "items": ENTITY},
        "timexes": {"type": "array", "items": TIMEX},
        "quantities": {"type": "array", "items": QUANTITY},
    },
}

# --------------------------------------------------------------------------- inputs

TEXTS = {
    "according_to": "Volgens de politie is de man gevlucht.",
    "indirect": "Een vertegenwoordiger van de familie zegt dat de geruchten niet kloppen.",
    "direct": '"Hun levens overlappen niet echt", vertelt de bron in Page Six.',
    "curly_quotes": "Kim zei: “Hij is een volwassen man.” Daarna ging ze naar huis.",
    "reportative": "Het koppel zou ondertussen definitief gestopt zijn met hun therapie.",
    "denial": "De woordvoerder ontkent dat de zangeres zwanger is.",
    "amounts_and_dates": (
        "Eind december schreef het Amerikaanse magazine People dat de ring 1,3 miljoen dollar "
        "(1,23 miljoen euro) waard is. Hun dochter North (7) was er ook bij."
    ),
    "no_attribution": "De zon schijnt en het is warm in Amsterdam.",
    "accents_and_paragraphs": (
        "Café De Gouden Leeuw sluit.\n\nVolgens burgemeester Femke Halsema is dat één stap "
        "te ver, aldus Het Parool."
    ),
}


def spans(value: Any) -> Iterator[dict[str, Any]]:
    """Every span object (a dict with ``start``, ``end`` and ``text``) nested in ``value``."""
    if isinstance(value, dict):
        if value.keys() >= {"start", "end", "text"}:
            yield value
        for item in value.values():
            yield from spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans(item)


def output_record(document: hearsay.Document) -> dict[str, Any]:
    """The record as ``--format jsonl`` writes it: through ``json`` and back."""
    return json.loads(json.dumps(document.to_dict(), ensure_ascii=False))


def assert_spans_index_text(record: dict[str, Any]) -> None:
    text = record["text"]
    body = {key: value for key, value in record.items() if key != "text"}
    for span in spans(body):
        assert 0 <= span["start"] < span["end"] <= len(text), span
        assert span["text"] == text[span["start"] : span["end"]], span


@pytest.fixture(scope="module")
def example_record() -> dict[str, Any]:
    (article,) = list(hearsay.read(EXAMPLE))
    return output_record(hearsay.analyze_article(article))


# --------------------------------------------------------------------------- tests


def test_model_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(RECORD_SCHEMA)


def test_model_enums_match_the_spec():
    assert list(SOURCE_TYPES) == SPEC_SOURCE_TYPES
    assert list(ATTRIBUTION_KINDS) == SPEC_KINDS
    assert list(STANCES) == SPEC_STANCES
    assert list(ENTITY_TYPES) == SPEC_ENTITY_TYPES


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_model_analyze_output_validates(text):
    record = output_record(hearsay.analyze(text, date="2021-01-05"))
    jsonschema.validate(record, RECORD_SCHEMA)
    assert record["text"] == text


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_model_spans_index_the_text(text):
    assert_spans_index_text(output_record(hearsay.analyze(text, date="2021-01-05")))


@pytest.mark.parametrize(
    "name",
    ["according_to", "indirect", "direct", "reportative", "denial", "amounts_and_dates"],
)
def test_model_handmade_attribution_is_found(name):
    assert output_record(hearsay.analyze(TEXTS[name]))["attributions"]


def test_model_example_validates(example_record):
    jsonschema.validate(example_record, RECORD_SCHEMA)
    assert example_record["id"] == "seed-000"
    assert example_record["attributions"]


def test_model_example_spans_index_the_text(example_record):
    assert_spans_index_text(example_record)


def test_model_example_source_names_are_entity_names(example_record):
    """spec/output.md: an attribution's source_name is the name of an entity.

    Checked for the named source types only: the analyser also carries an implied source
    such as "geruchten" or "een insider" into ``source_name`` of a reportative ``zou``
    (source null), which names no entity.
    """
    names = {entity["name"] for entity in example_record["entities"]}
    named = [
        attribution
        for attribution in example_record["attributions"]
        if attribution["source_name"] is not None
        and attribution["source_type"] in ("person", "organisation", "outlet")
    ]
    assert named
    for attribution in named:
        assert attribution["source_name"] in names, attribution


def test_model_example_entity_ids_are_unique(example_record):
    ids = [entity["id"] for entity in example_record["entities"]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("given_id", "expected_id"),
    [
        # readers._as_string: a JSON number id is written back as JSON, not as a float.
        (10593548, "10593548"),
        ("abc", "abc"),
        (" abc ", " abc "),  # ids are not stripped
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "Volgens de politie is de man gevlucht.",
        "  Volgens de politie is de man gevlucht.\n\nDe woordvoerder ontkent dat. ",
        "Café “De Leeuw” sluit, zegt de eigenaar.\r\nDat meldt De Telegraaf.",
    ],
    ids=["plain", "surrounding-whitespace", "crlf-and-accents"],
)
def test_model_jsonl_input_keeps_id_and_text(tmp_path, given_id, expected_id, text):
    path = tmp_path / "input.jsonl"
    line = json.dumps({"id": given_id, "text": text, "section": "Binnenland"}, ensure_ascii=False)
    path.write_text(line + "\n", encoding="utf-8")
    (article,) = list(hearsay.read(path))
    record = output_record(hearsay.analyze_article(article))
    assert record["id"] == expected_id
    assert record["text"] == text
    jsonschema.validate(record, RECORD_SCHEMA)
    assert_spans_index_text(record)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Volgens de politie is de man gevlucht.", 0, 7, "Volgens"),
        ("Volgens de politie is de man gevlucht.", 8, 18, "de politie"),
        ("Volgens de politie is de man gevlucht.", 29, 37, "gevlucht"),
        ("Kim zei: “Hij is een man.”", 10, 25, "Hij is een man."),
        ("één café", 4, 8, "café"),
    ],
)
def test_model_textspan_of_slices(text, start, end, expected):
    span = TextSpan.of(text, start, end)
    assert (span.start, span.end, span.text) == (start, end, expected)
    assert len(span) == end - start
    assert span.to_dict() == {"start": start, "end": end, "text": expected}


@pytest.mark.parametrize(
    ("a", "b", "overlaps"),
    [((0, 5), (4, 8), True), ((0, 5), (5, 8), False), ((2, 3), (0, 9), True)],
)
def test_model_textspan_overlaps(a, b, overlaps):
    text = "abcdefghij"
    first, second = TextSpan.of(text, *a), TextSpan.of(text, *b)
    assert first.overlaps(second) is overlaps
    assert second.overlaps(first) is overlaps
