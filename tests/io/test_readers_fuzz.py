"""Property-based tests of the readers (issue 8): random bytes, random Unicode, mixed
encodings, broken lines and odd CSV never raise, and every input record comes out either as
an article or as a reject with a reason.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hearsay.io.readers import (
    FORMATS,
    DecodeError,
    decode_bytes,
    is_seed_record,
    parse_seed_record,
    read_records,
)
from hearsay.model import Article, Reject

# Fixed examples in the suite, so that CI is reproducible; HEARSAY_FUZZ_EXAMPLES=5000 runs
# many more, freshly drawn, for a deeper search.
DEEP = os.environ.get("HEARSAY_FUZZ_EXAMPLES")
FUZZ = settings(
    max_examples=int(DEEP or 200),
    deadline=None,
    derandomize=not DEEP,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VALID_TEXT = st.characters(codec="utf-8")  # no lone surrogates
LATIN = st.characters(codec="latin-1", exclude_categories=["Cc"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=10,
)
BYTES_FORMATS = st.sampled_from([None, *FORMATS])
SURROGATES = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3)


def read_bytes(tmp_path: Path, name: str, data: bytes, fmt: str | None = None):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_records([path], format=fmt))


def check_records(records: list) -> tuple[list[Article], list[Reject]]:
    """What every reader promises about every record it yields."""
    assert records, "every input shows up in the output or the rejects"
    articles = [record for record in records if isinstance(record, Article)]
    rejects = [record for record in records if isinstance(record, Reject)]
    assert len(articles) + len(rejects) == len(records)
    for article in articles:
        assert isinstance(article.text, str) and article.text.strip()
        article.text.encode("utf-8")  # writable: no lone surrogates
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    for reject in rejects:
        assert reject.origin and reject.reason.strip()
        json.dumps(reject.to_dict(), ensure_ascii=False).encode("utf-8")
    return articles, rejects


@FUZZ
@given(data=st.binary(max_size=600))
def test_readers_fuzz_decode_bytes_decodes_or_says_why(data):
    try:
        text = decode_bytes(data)
    except DecodeError as error:
        assert str(error)
    else:
        assert isinstance(text, str)


@FUZZ
@given(data=st.binary(max_size=600), fmt=BYTES_FORMATS)
def test_readers_fuzz_random_bytes(tmp_path_factory, data, fmt):
    folder = tmp_path_factory.mktemp("bytes")
    check_records(read_bytes(folder, "input.bin", data, fmt))


@FUZZ
@given(text=st.text(VALID_TEXT, max_size=400), fmt=BYTES_FORMATS)
def test_readers_fuzz_random_unicode(tmp_path_factory, text, fmt):
    folder = tmp_path_factory.mktemp("unicode")
    check_records(read_bytes(folder, "input.txt", text.encode("utf-8"), fmt))


@FUZZ
@given(data=st.binary(max_size=400), fmt=st.sampled_from([None, "jsonl", "csv", "txt", "html"]))
def test_readers_fuzz_stdin(data, fmt):
    check_records(list(read_records(["-"], format=fmt, stdin=io.BytesIO(data))))


ENCODINGS = [
    ("cp1252", b""),
    ("latin-1", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-8", b""),
]


@FUZZ
@given(
    words=st.lists(st.text(LATIN, min_size=1, max_size=12), min_size=1, max_size=30),
    encoding=st.sampled_from(ENCODINGS),
)
def test_readers_fuzz_encodings_txt(tmp_path_factory, words, encoding):
    codec, bom = encoding
    text = "Het nieuws: " + " ".join(words) + " é."  # one accent at least: not plain ASCII
    try:
        data = bom + text.encode(codec)
    except UnicodeEncodeError:
        data = bom + text.encode(codec, "replace")
        text = data[len(bom) :].decode(codec)
    folder = tmp_path_factory.mktemp("encodings")
    articles, rejects = check_records(read_bytes(folder, "article.txt", data, "plain"))
    assert len(articles) + len(rejects) == 1
    if bom or codec == "utf-8":
        # A byte-order mark or valid UTF-8 is certain: the text comes back as written
        # (newlines and NFC as the text reader makes them).
        (article,) = articles
        expected = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
        import unicodedata

        assert article.text == unicodedata.normalize("NFC", expected)


@FUZZ
@given(
    lines=st.lists(
        st.one_of(
            st.fixed_dictionaries({"id": st.text(max_size=8), "text": st.text(VALID_TEXT)}),
            st.fixed_dictionaries({"body": JSON_VALUES, "date": JSON_VALUES}),
            # "\ud800" escapes: valid JSON, not valid Unicode (in a value and in a key)
            st.tuples(st.text(min_size=1), SURROGATES, SURROGATES).map(
                lambda v: {"text": v[0], "title": v[1], v[2] or "extra": "x"}
            ),
            JSON_VALUES.map(lambda value: [value]),  # any JSON value, as a one-item array
            # Broken lines: raw text and raw bytes (no newline: each stays one line).
            st.text(VALID_TEXT, min_size=1, max_size=40)
            .filter(lambda t: "\n" not in t)
            .map(lambda t: t.encode("utf-8")),
            st.binary(min_size=1, max_size=40).filter(lambda b: b"\n" not in b),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_readers_fuzz_jsonl_every_line_accounted_for(tmp_path_factory, lines):
    encoded = []
    for line in lines:
        if isinstance(line, bytes):
            encoded.append(line)
        else:
            try:
                encoded.append(json.dumps(line, ensure_ascii=False).encode("utf-8"))
            except UnicodeEncodeError:  # lone surrogates: only writable as escapes
                encoded.append(json.dumps(line).encode("utf-8"))
    # Lines the splitter also splits on ("\r", "\x85", "\u2028") would count twice.
    encoded = [line.replace(b"\r", b" ") for line in encoded]
    folder = tmp_path_factory.mktemp("jsonl")
    records = read_bytes(folder, "input.jsonl", b"\n".join(encoded) + b"\n")
    nonblank = [line for line in encoded if line.strip()]
    if not nonblank:
        assert len(records) == 1 and isinstance(records[0], Reject)
        return
    articles, rejects = check_records(records)
    assert len(records) == len(nonblank)
    for line, record in zip(nonblank, records, strict=True):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            if re.search("[\ud800-\udfff]", json.dumps(value, ensure_ascii=False)):
                assert isinstance(record, Reject)  # for the surrogates, or an empty text
            elif value["text"].strip():
                assert isinstance(record, Article) and record.text == value["text"]
            else:
                assert isinstance(record, Reject)


@FUZZ
@given(
    rows=st.lists(
        st.tuples(
            st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=60),
            st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=10),
        ),
        min_size=1,
        max_size=15,
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_readers_fuzz_csv_with_embedded_newlines(tmp_path_factory, rows, delimiter):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    writer.writerow(["id", "text", "section"])
    for number, (text, section) in enumerate(rows, start=1):
        writer.writerow([f"r{number}", text, section])
    fmt = "tsv" if delimiter == "\t" else "csv"
    folder = tmp_path_factory.mktemp("csv")
    records = read_bytes(folder, f"input.{fmt}", buffer.getvalue().encode("utf-8"))
    articles, rejects = check_records(records)
    assert len(records) == len(rows)
    for (text, _), record in zip(rows, records, strict=True):
        if text.strip():
            assert isinstance(record, Article) and record.text == text
        else:
            assert isinstance(record, Reject) and "empty" in record.reason


@FUZZ
@given(value=JSON_VALUES)
def test_readers_fuzz_json_file(tmp_path_factory, value):
    folder = tmp_path_factory.mktemp("json")
    records = read_bytes(folder, "input.json", json.dumps(value).encode("utf-8"))
    check_records(records)
    if isinstance(value, list) and value:
        assert len(records) == len(value)


@FUZZ
@given(raw=st.text(VALID_TEXT, max_size=200), known=st.lists(st.text(max_size=6), max_size=3))
def test_readers_fuzz_seed_header(raw, known):
    parsed = parse_seed_record(raw, known)
    assert (parsed is not None) == is_seed_record(raw)
    if parsed is not None:
        _, _, body = parsed
        assert body in raw


@pytest.mark.issue(8)
def test_readers_jsonl_broken_line_in_the_middle_of_many(tmp_path):
    good = [{"id": n, "text": f"Bericht {n}"} for n in range(1000)]
    lines = [json.dumps(record) for record in good]
    lines[500] = '{"id": 500, "text": "afgebroken'  # cut off mid-record
    path = tmp_path / "input.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejects = check_records(list(read_records([path])))
    assert len(articles) == 999
    (reject,) = rejects
    assert reject.origin.endswith(":501") and "not valid JSON" in reject.reason


@pytest.mark.issue(8)
@pytest.mark.parametrize("size", [200_000, 10_000_000])
def test_readers_csv_long_field_read(tmp_path, size):
    # Python's csv module refuses fields over 131,072 characters by default: a long article
    # in a CSV file was rejected as "field larger than field limit".
    text = ("Lang verhaal. " * (size // 14 + 1))[:size]
    path = tmp_path / "input.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["lang", text], ["kort", "Kort."]])
    articles, rejects = check_records(list(read_records([path])))
    assert rejects == []
    assert [article.text for article in articles] == [text, "Kort."]


@pytest.mark.issue(8)
def test_readers_10_mb_jsonl_record(tmp_path):
    text = "Een heel lang artikel. " * 450_000
    path = tmp_path / "input.jsonl"
    path.write_text(json.dumps({"id": "groot", "text": text}) + "\n", encoding="utf-8")
    (article,) = check_records(list(read_records([path])))[0]
    assert article.text == text


@pytest.mark.parametrize(
    "content", [b"", b"\n\n", b"   \t \n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xff\xfe \x00\n\x00"]
)
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html"])
def test_readers_empty_and_whitespace_files_rejected(tmp_path, content, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    articles, rejects = check_records(list(read_records([path])))
    assert articles == [] and len(rejects) == 1


@pytest.mark.parametrize("text", ["", " ", "\n", "\t\r\n", "\u00a0", "\u2003\u3000"], ids=repr)
def test_readers_whitespace_records_rejected(tmp_path, text):
    path = tmp_path / "input.jsonl"
    lines = [{"id": "a", "text": "Echt nieuws."}, {"id": "b", "text": text}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    articles, rejects = check_records(list(read_records([path])))
    assert [article.id for article in articles] == ["a"]
    assert len(rejects) == 1 and "empty or whitespace" in rejects[0].reason


@pytest.mark.issue(8)
def test_readers_csv_damaged_header_reason_is_writable(tmp_path):
    # Found by the fuzz test: the reason quoted a header name decoded from damaged UTF-8,
    # lone surrogates included, which no UTF-8 writer can write.
    articles, rejects = check_records(read_bytes(tmp_path, "input.csv", b"\x80\r\xc2\x80"))
    assert articles == []
    assert "no text column" in rejects[0].reason and "\ufffd" in rejects[0].reason


@pytest.mark.issue(8)
@pytest.mark.parametrize(
    "line",
    [
        '{"id": "\\ud800", "text": "Jan zei dat het regent."}',
        '{"text": "Jan zei dat het regent.", "title": "\\udc00"}',
        '{"text": "Jan zei dat het regent.", "tags": [{"\\ud83d": 1}]}',
    ],
)
def test_readers_json_surrogate_escapes_in_any_field_rejected(tmp_path, line):
    # Found by hand after fuzzing the text field: a "\ud800" escape in the id or title made
    # hearsay analyze and hearsay ingest stop on a UnicodeEncodeError when writing.
    path = tmp_path / "input.jsonl"
    path.write_text(line + '\n{"id": "ok", "text": "Piet zei dat het sneeuwt."}\n')
    articles, rejects = check_records(list(read_records([path])))
    assert [article.id for article in articles] == ["ok"]
    assert "surrogates" in rejects[0].reason
