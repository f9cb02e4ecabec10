"""Readers: turn files, folders and standard input into :class:`Article` records.

The contract is ``shared/spec/input.md``. Two promises shape everything here:

* ``Article.text`` is the string that every character offset downstream indexes into, so a
  reader decides once, here, what the text is (newlines, Unicode normalisation, trimming)
  and nothing later changes it. Text given as a field of JSON Lines or CSV input is kept
  exactly as given, because callers line their own offsets up with it.
* A record that cannot be read is never dropped and never stops the run: it becomes a
  :class:`Reject` with its origin (file, line or row) and a one-sentence reason, and reading
  goes on with the next record. :func:`read_records` therefore yields ``Article | Reject``
  and does not raise for bad input; only a bad *argument* (an unknown ``format``) raises.

Formats: the seed's flattened record (``date 2021-01 CelebritiesEr is ...``), plain text,
JSON Lines, JSON, CSV/TSV with a header row, and HTML (through trafilatura). A folder is
read recursively, ``-`` is standard input.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from hearsay.model import Article, Reject

__all__ = [
    "FORMATS",
    "DecodeError",
    "decode_bytes",
    "is_seed_record",
    "parse_seed_record",
    "read_records",
]

logger = logging.getLogger(__name__)

#: Values accepted by ``read_records(format=...)``. ``txt`` is a text file whose seed header
#: is recognised when present (as for a ``.txt`` file); ``plain`` takes the whole content as
#: the body even when it looks like a seed record; ``seed`` requires the seed header.
FORMATS: tuple[str, ...] = ("txt", "plain", "seed", "jsonl", "json", "csv", "tsv", "html")
_FORMAT_ALIASES = {"ndjson": "jsonl", "htm": "html", "text": "txt"}
_EXTENSION_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

STDIN_LABEL = "<stdin>"
_STDIN_STEM = "stdin"

#: Input field names, lower case; the first one present wins (spec: "text (or body/content)").
_TEXT_KEYS = ("text", "body", "content")
_ID_KEYS = ("id",)
_DATE_KEYS = ("date", "published_at")
_SECTION_KEYS = ("category", "section")
_TITLE_KEYS = ("title",)
_LANG_KEYS = ("lang",)

_ASCII_SPACE = " \t\n\r\x0b\x0c"  # what bytes.strip() removes
_RECORD_LIMIT = 500  # characters of a raw record kept in a Reject: enough to find it again
_SNIFF_BYTES = 4096

# ---------------------------------------------------------------------------------------
# The seed's record format
# ---------------------------------------------------------------------------------------

SEED_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}(?:-\d{2}){0,2})[ \t]+")
# Quote marks that may open the body's first word (Showbizz“Ik, Binnenland's Avonds).
_QUOTE_MARKS = frozenset("\"'“”‘’„‚«»‹›`")


def is_seed_record(raw: str) -> bool:
    """Whether ``raw`` starts with the seed header ``date YYYY[-MM[-DD]] `` (after whitespace)."""
    return SEED_HEADER.match(raw) is not None


def parse_seed_record(
    raw: str, known_sections: Collection[str] | None = None
) -> tuple[str | None, str | None, str] | None:
    """Split a seed record into ``(date, section, body)``, or ``None`` when it has no header.

    The section name is glued to the body's first word (``CelebritiesEr``); see
    :func:`_split_glued` for the rule. A name from ``known_sections`` that starts the text
    wins over the rule (longest name first), which is the only way to get multi-word or
    ambiguous names (``TVNOS``) right. The body starts at its first character and has its
    trailing whitespace removed; paragraphs (blank lines) are kept as they are. ``raw`` is
    used as given: callers normalise newlines and Unicode first, so the body returned here is
    already the text that offsets index into.
    """
    match = SEED_HEADER.match(raw)
    if match is None:
        return None
    rest = raw[match.end() :]
    section, body = _split_section(rest, known_sections)
    return match.group(1), section, body.rstrip()


def _split_section(rest: str, known_sections: Collection[str] | None) -> tuple[str | None, str]:
    """Separate the section name from the body in ``rest`` (the text after the date)."""
    if known_sections:
        for name in sorted((n for n in known_sections if n), key=len, reverse=True):
            if rest.startswith(name):
                return name, rest[len(name) :].lstrip()
    token_match = re.match(r"\S+", rest)
    if token_match is None:
        return None, ""
    token = token_match.group()
    cut = _split_glued(token)
    if cut is None:
        # Nothing glued: the section is a word of its own and the body follows a space.
        return token, rest[len(token) :].lstrip()
    return token[:cut], rest[cut:]


def _split_glued(token: str) -> int | None:
    """Where the section ends inside ``token`` (section + body's first word), or ``None``.

    Rule of the spec: split where a lower-case letter is followed by an upper-case letter, a
    digit or a quote mark (``BinnenlandDe``, ``Sport2021``, ``Showbizz“Ik``). For an
    all-capitals section (``TVDe``) split before the last capital of the leading run, the one
    that starts the body's first word; an all-capitals section followed by a digit or quote
    mark (``NOS“Ik``, not in the spec but the same idea) splits before it.
    """
    for i in range(1, len(token)):
        previous, char = token[i - 1], token[i]
        if previous.islower() and (char.isupper() or char.isdigit() or char in _QUOTE_MARKS):
            return i
    capitals = 0
    while capitals < len(token) and token[capitals].isupper():
        capitals += 1
    if capitals < len(token):
        following = token[capitals]
        # At least two capitals must stay with the section, one goes to the body: TV|De.
        if capitals >= 3 and following.islower():
            return capitals - 1
        if capitals >= 2 and (following.isdigit() or following in _QUOTE_MARKS):
            return capitals
    return None


# ---------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------


class DecodeError(ValueError):
    """Bytes that could not be turned into text; the message says which attempts failed."""


_BOMS = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_VALID_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls other than tab, newline, form feed and carriage return: not in any news text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _bom_codec(data: bytes) -> tuple[str, str] | None:
    """The codec and name announced by a byte-order mark at the start of ``data``."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name
    return None


def decode_bytes(data: bytes, *, declared: str | None = None, allow_damaged: bool = False) -> str:
    """Decode ``data`` to text, or raise :class:`DecodeError` saying what was tried.

    Order, from most to least certain: a byte-order mark (UTF-8, UTF-16, UTF-32); strict
    UTF-8; the encoding the document itself declares (``declared``, e.g. an HTML meta
    charset); charset-normalizer's detection, where Windows-1252 wins ties because hearsay
    reads Western European news and the detector cannot tell cp1250 from cp1252 on short
    Dutch text; finally strict Windows-1252 when that yields clean text (the detector gives
    up on very short inputs such as ``Hé!``).

    Bytes that are mostly valid UTF-8 with a few invalid ones are damaged UTF-8, not another
    encoding: guessing one would garble every correct character, so they are refused. With
    ``allow_damaged`` they are decoded with ``surrogateescape`` instead, so that a caller
    reading many records (CSV) can reject just the records holding the bad bytes (lone
    surrogates in the text mark them).
    """
    bom = _bom_codec(data)
    if bom is not None:
        codec, name = bom
        try:
            return data.decode(codec)
        except UnicodeDecodeError as error:
            raise DecodeError(
                f"it starts with a {name} byte-order mark but is not valid {name} ({error.reason})"
            ) from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_failure = f"not UTF-8 (invalid byte 0x{data[error.start]:02x} at {error.start})"
    else:
        if "\x00" not in text:
            return text
        # NUL bytes in valid UTF-8: UTF-16 without a mark, or binary data.
        utf8_failure = "UTF-8 with NUL bytes"
    attempts = [utf8_failure]

    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            attempts.append(f"not the declared {declared}")

    escaped = data.decode("utf-8", "surrogateescape")
    invalid = len(_SURROGATE.findall(escaped))
    if invalid and len(_VALID_UTF8_MULTIBYTE.findall(data)) >= invalid:
        if allow_damaged:
            return escaped
        raise DecodeError(
            f"it is UTF-8 with {invalid} invalid byte(s) ({utf8_failure}), so it looks damaged "
            "and no other encoding was tried"
        )

    detected = _detect_encoding(data)
    if detected is not None:
        return detected
    attempts.append("no encoding detected by charset-normalizer")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        attempts.append("not Windows-1252")
    else:
        if not _CONTROL.search(text):
            return text
        attempts.append("not text as Windows-1252 (control characters)")
    if b"\x00" in data:
        attempts.append("it holds NUL bytes, so it may be binary data")
    raise DecodeError("; ".join(attempts))


def _detect_encoding(data: bytes) -> str | None:
    """Decode with charset-normalizer's best guess, preferring Windows-1252 on a tie."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and western.chaos <= best.chaos:
        best = western
    text = str(best)
    if "\x00" in text or _CONTROL.search(text):
        return None
    if best.encoding.startswith(("utf_16", "utf_32")) and not _mostly_western(text):
        # Without a byte-order mark almost any even-length bytes "are" UTF-16; accept it
        # only when it reads as the Western European text hearsay is made for.
        return None
    logger.debug("decoded as %s (chaos %.3f)", best.encoding, best.chaos)
    return text


def _mostly_western(text: str) -> bool:
    """Whether nine in ten characters are Latin script, punctuation or whitespace."""
    western = sum(1 for char in text if char < "\u0250" or "\u2000" <= char <= "\u206f")
    return western >= 0.9 * len(text)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag, when Python knows it."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


# ---------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    """What the caller fills in where a record has nothing of its own."""

    date: str | None
    section: str | None
    lang: str
    known_sections: Collection[str] | None


@dataclass(frozen=True)
class _Source:
    """Where records come from: ``label`` starts every origin, ``stem`` every default id."""

    label: str
    stem: str


def read_records(
    inputs: Sequence[str | Path],
    *,
    date: str | None = None,
    section: str | None = None,
    lang: str = "nl",
    known_sections: Collection[str] | None = None,
    format: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Reject]:
    """Yield an :class:`Article` or a :class:`Reject` for every record in ``inputs``.

    Each input is a file, a folder (read recursively in sorted order, hidden entries skipped)
    or ``"-"`` for standard input (``stdin``, default ``sys.stdin.buffer``). The format is
    ``format`` when given (one of :data:`FORMATS`), else the file extension, else sniffed
    from the content. In a folder without ``format`` only files with a known extension are
    read; with ``format`` every file is. ``date`` and ``section`` fill in only where a record
    has none; ``known_sections`` helps split seed headers. Records are read lazily, so a
    large JSON Lines file is streamed line by line.

    Raises :class:`ValueError` at once for an unknown ``format``; bad input never raises.
    """
    fmt = _check_format(format)
    options = _Options(date=date, section=section, lang=lang, known_sections=known_sections)
    return _read_inputs(list(inputs), fmt, options, stdin)


def _check_format(format: str | None) -> str | None:
    if format is None:
        return None
    fmt = format.lower().lstrip(".")
    fmt = _FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ValueError(f"unknown input format {format!r}; expected one of {', '.join(FORMATS)}")
    return fmt


def _read_inputs(
    inputs: list[str | Path], fmt: str | None, options: _Options, stdin: BinaryIO | None
) -> Iterator[Article | Reject]:
    for item in inputs:
        if str(item) == "-":
            source = _Source(STDIN_LABEL, _STDIN_STEM)
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded(
                source.label,
                lambda s=stream, o=source: _not_empty(
                    _read_stdin(s, fmt, o, options), o.label, "Standard input holds no records."
                ),
            )
            continue
        path = Path(item)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as error:  # e.g. a parent folder without search permission
            yield Reject(str(path), f"The file could not be read: {error.strerror or error}.")
            continue
        if is_dir:
            for entry in _walk(path, read_all=fmt is not None):
                if isinstance(entry, Reject):
                    yield entry
                else:
                    yield from _guarded(str(entry), lambda p=entry: _read_file(p, fmt, options))
        elif not exists:
            yield Reject(str(path), "The file does not exist.")
        else:
            yield from _guarded(str(path), lambda p=path: _read_file(p, fmt, options))


def _guarded(
    origin: str, read: Callable[[], Iterator[Article | Reject]]
) -> Iterator[Article | Reject]:
    """Run one input's reader; an unexpected error becomes a Reject, not the end of the run.

    Every expected failure is handled where it happens with a precise reason; this is the
    last line of defence for the promise that the run goes on (the traceback is logged).
    """
    try:
        yield from read()
    except Exception as error:
        logger.exception("unexpected error while reading %s", origin)
        message = _SURROGATE.sub("\ufffd", f"{type(error).__name__}: {error}")
        yield Reject(origin, f"Reading stopped on an unexpected error: {message}.")


def _walk(folder: Path, *, read_all: bool, seen: set[str] | None = None) -> Iterator[Path | Reject]:
    """Files of ``folder``, recursively, in sorted order; hidden names and loops skipped."""
    seen = set() if seen is None else seen
    real = os.path.realpath(folder)
    if real in seen:  # a symbolic link back up the tree
        return
    seen.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Reject(str(folder), f"The folder could not be read: {error.strerror or error}.")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as error:
            yield Reject(str(path), f"The entry could not be read: {error.strerror or error}.")
            continue
        if is_dir:
            yield from _walk(path, read_all=read_all, seen=seen)
        elif is_file and (read_all or path.suffix.lower() in _EXTENSION_FORMATS):
            yield path
        else:
            logger.debug("skipped %s: not a file of a known format", path)


def _read_file(path: Path, fmt: str | None, options: _Options) -> Iterator[Article | Reject]:
    """Read one file; a file that yields nothing at all (an empty JSON Lines file) is itself
    a reject, so that every input shows up in the output or the rejects."""
    yield from _not_empty(
        _read_file_records(path, fmt, options), str(path), "The file holds no records."
    )


def _not_empty(
    records: Iterator[Article | Reject], origin: str, reason: str
) -> Iterator[Article | Reject]:
    """``records``, or one reject with ``reason`` when there are none."""
    produced = False
    for record in records:
        produced = True
        yield record
    if not produced:
        yield Reject(origin, reason)


def _read_file_records(
    path: Path, fmt: str | None, options: _Options
) -> Iterator[Article | Reject]:
    """Read one file: by ``fmt``, else by extension, else (a named odd file) by its content."""
    fmt = fmt or _EXTENSION_FORMATS.get(path.suffix.lower())
    source = _Source(str(path), path.stem)
    try:
        if fmt == "jsonl":
            with path.open("rb") as stream:
                yield from _read_jsonl_stream(stream, source, options)
            return
        data = path.read_bytes()
    except OSError as error:
        yield Reject(str(path), f"The file could not be read: {error.strerror or error}.")
        return
    yield from _read_data(data, fmt, source, options)


def _read_stdin(
    stream: BinaryIO, fmt: str | None, source: _Source, options: _Options
) -> Iterator[Article | Reject]:
    # Standard input cannot be rewound, so it is read whole; files are streamed instead.
    try:
        data = stream.read()
    except OSError as error:
        yield Reject(source.label, f"Standard input could not be read: {error.strerror or error}.")
        return
    yield from _read_data(data, fmt, source, options)


def _sniff_format(data: bytes) -> str:
    """Guess the format of content without a telling name (stdin, a file without extension)."""
    head = data[:_SNIFF_BYTES]
    bom = _bom_codec(head)
    text = head.decode(bom[0] if bom else "utf-8", "ignore").lstrip()
    lowered = text[:64].lower()
    if text.startswith("{"):
        return "jsonl"
    if text.startswith("["):
        return "json"
    if lowered.startswith(("<!doctype", "<html", "<?xml")) or "<html" in lowered:
        return "html"
    return "txt"  # the seed header, when present, is recognised by the text reader


def _read_data(
    data: bytes, fmt: str | None, source: _Source, options: _Options
) -> Iterator[Article | Reject]:
    """Read a whole input held in memory, in format ``fmt`` (sniffed when ``None``)."""
    fmt = fmt or _sniff_format(data)
    if fmt == "jsonl":
        yield from _read_jsonl_stream(io.BytesIO(data), source, options)
        return
    try:
        if fmt == "html":
            text = decode_bytes(data, declared=_declared_charset(data))
        else:
            text = decode_bytes(data, allow_damaged=fmt in ("csv", "tsv"))
    except DecodeError as error:
        yield Reject(
            source.label,
            f"Could not decode the file: {error}.",
            _clip(data.decode("utf-8", "replace")),
        )
        return
    if fmt in ("csv", "tsv"):
        yield from _read_delimited(text, fmt, source, options)
    elif fmt == "json":
        yield from _read_json(text, source, options)
    elif fmt == "html":
        yield _read_html(text, source, options)
    else:
        yield _read_text(text, fmt, source, options)


def _clean_text(text: str) -> str:
    """Newlines as ``\\n`` and NFC, for text whose offsets are computed only after reading.

    Safe here (files, HTML) because the output text is what offsets refer to; never applied
    to text given as a JSON Lines or CSV field, which callers may already have offsets into.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _read_text(text: str, fmt: str, source: _Source, options: _Options) -> Article | Reject:
    """A text file as one record: the seed format when it has the header, else plain text."""
    text = _clean_text(text)
    date = section = None
    if fmt == "seed" or (fmt == "txt" and is_seed_record(text)):
        parsed = parse_seed_record(text, options.known_sections)
        if parsed is None:
            return Reject(
                source.label,
                "The text does not start with a seed header (date YYYY[-MM[-DD]] Section...).",
                _clip(text),
            )
        date, section, body = parsed
    else:
        body = text.rstrip()
    if not body.strip():
        return Reject(source.label, "The body is empty.", _clip(text) or None)
    return Article(
        text=body,
        id=source.stem,
        date=date or options.date,
        section=section or options.section,
        lang=options.lang,
        origin=source.label,
    )


# --- JSON Lines and JSON -----------------------------------------------------------------


def _read_jsonl_stream(
    stream: BinaryIO, source: _Source, options: _Options
) -> Iterator[Article | Reject]:
    """JSON Lines, one record per line, each line decoded on its own.

    Decoding per line lets one damaged line be rejected while the rest is read, and lets a
    huge file stream. UTF-16/32 (marked, or recognised by NUL bytes) cannot be split on
    ``\\n`` bytes, so such a file is decoded whole first.
    """
    head = stream.read(_SNIFF_BYTES)
    stream.seek(0)
    bom = _bom_codec(head)
    # UTF-16/32 without a mark is recognised by its many NUL bytes (every other byte for
    # Latin text; no record fits in 16 bytes); a stray NUL in one line of a UTF-8 file makes
    # just that line a reject instead of the whole file.
    if (bom is not None and bom[1] != "UTF-8") or (
        len(head) >= 16 and head.count(b"\x00") * 4 >= len(head)
    ):
        data = stream.read()
        try:
            text = decode_bytes(data)
        except DecodeError as error:
            yield Reject(
                source.label,
                f"Could not decode the file: {error}.",
                _clip(data.decode("utf-8", "replace")),
            )
            return
        for number, line in enumerate(text.split("\n"), start=1):
            yield from _jsonl_line(line, number, source, options)
        return
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        if b"\x00" in raw:
            # One line of a UTF-8 file is no UTF-16 text: decoding it as such would turn
            # b"\x00\n" into a blank line and drop the record without a trace.
            yield Reject(
                f"{source.label}:{number}",
                f"Line {number} holds NUL bytes, so it is binary data, not text.",
                _clip(raw.decode("utf-8", "replace")),
            )
            continue
        try:
            line = decode_bytes(raw)
        except DecodeError as error:
            yield Reject(
                f"{source.label}:{number}",
                f"Could not decode line {number}: {error}.",
                _clip(raw.decode("utf-8", "replace")),
            )
            continue
        yield from _jsonl_line(line, number, source, options)


def _jsonl_line(
    line: str, number: int, source: _Source, options: _Options
) -> Iterator[Article | Reject]:
    """The record on one JSON Lines line; blank lines are not records.

    Blank means ASCII whitespace only, as for the raw bytes: a line of other characters that
    Python counts as space (U+001F, U+00A0, U+2028) is a broken record, kept as a reject.
    """
    if not line.strip(_ASCII_SPACE):
        return
    origin = f"{source.label}:{number}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        yield Reject(
            origin,
            f"Line {number} is not valid JSON: {error.msg} (column {error.colno}).",
            _clip(line),
        )
        return
    if not isinstance(value, dict):
        yield Reject(
            origin, f"Line {number} is a JSON {_json_type(value)}, not an object.", _clip(line)
        )
        return
    yield _article_from_fields(
        value, origin=origin, fallback_id=f"{source.stem}-{number}", options=options, raw=line
    )


def _read_json(text: str, source: _Source, options: _Options) -> Iterator[Article | Reject]:
    """A ``.json`` file: one object, a list of objects, or JSON Lines under the wrong name."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        if error.msg == "Extra data" or (first.startswith("{") and first.endswith("}")):
            for number, line in enumerate(text.split("\n"), start=1):
                yield from _jsonl_line(line, number, source, options)
            return
        yield Reject(
            source.label,
            f"The file is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno}).",
            _clip(text),
        )
        return
    if isinstance(value, dict):
        yield _article_from_fields(
            value, origin=source.label, fallback_id=source.stem, options=options, raw=text
        )
    elif isinstance(value, list):
        for number, item in enumerate(value, start=1):
            origin = f"{source.label}:item {number}"
            raw = json.dumps(item, ensure_ascii=False)
            if isinstance(item, dict):
                yield _article_from_fields(
                    item,
                    origin=origin,
                    fallback_id=f"{source.stem}-{number}",
                    options=options,
                    raw=raw,
                )
            else:
                yield Reject(
                    origin,
                    f"Item {number} is a JSON {_json_type(item)}, not an object.",
                    _clip(raw),
                )
    else:
        yield Reject(
            source.label,
            f"The file holds a JSON {_json_type(value)}, not an object or a list of objects.",
            _clip(text),
        )


# --- CSV and TSV -------------------------------------------------------------------------


def _csv_delimiter(text: str) -> str:
    """Comma, unless the header line clearly uses another delimiter (``;`` from spreadsheets)."""
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > counts[","] else ","


def _read_delimited(
    text: str, fmt: str, source: _Source, options: _Options
) -> Iterator[Article | Reject]:
    """CSV/TSV with a header row; ``row N`` counts data rows from 1, blank rows skipped.

    The csv module reads quoted fields with embedded newlines; ``newline=""`` keeps their
    ``\\r\\n`` as written, so the text stays unchanged.
    """
    delimiter = "\t" if fmt == "tsv" else _csv_delimiter(text)
    # The csv module refuses fields over 131,072 characters, so a long article would be
    # rejected; no field can be longer than the whole text (the limit is process-wide and
    # only ever raised here).
    if len(text) > csv.field_size_limit():
        csv.field_size_limit(len(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    missing_text: str | None = None
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if header is None:
                yield Reject(source.label, f"The header row could not be parsed: {error}.")
                return
            number += 1
            yield Reject(
                f"{source.label}:row {number}", f"Row {number} could not be parsed: {error}."
            )
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [name.strip() for name in row]
            lowered = {name.lower() for name in header}
            if not lowered & set(_TEXT_KEYS):
                missing_text = (
                    "The header has no text column (expected text, body or content); "
                    # Names from damaged UTF-8 hold surrogates: shown as U+FFFD.
                    f"it has {_SURROGATE.sub(chr(0xFFFD), ', '.join(header))}."
                )
            continue
        number += 1
        origin = f"{source.label}:row {number}"
        raw = delimiter.join(row)
        if missing_text:
            yield Reject(origin, missing_text, _clip(raw))
            continue
        if any(_SURROGATE.search(cell) for cell in row):
            yield Reject(
                origin, f"Row {number} contains bytes that are not valid UTF-8.", _clip(raw)
            )
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            yield Reject(
                origin,
                f"Row {number} has {len(row)} fields but the header has {len(header)}.",
                _clip(raw),
            )
            continue
        fields: dict[str, Any] = {}
        for name, cell in zip(header, row, strict=False):
            fields.setdefault(name, cell)
        yield _article_from_fields(
            fields, origin=origin, fallback_id=f"{source.stem}-{number}", options=options, raw=raw
        )


# --- Fields to Article -------------------------------------------------------------------


def _article_from_fields(
    fields: Mapping[str, Any], *, origin: str, fallback_id: str, options: _Options, raw: str
) -> Article | Reject:
    """Build an Article from one JSON object or CSV row (field names case-insensitive).

    ``text`` and ``id`` are kept exactly as given (spec: unchanged in every output); empty
    metadata counts as absent so that the options can fill it in; fields hearsay does not
    use are passed through in ``Article.extra`` under their own names.
    """
    keys: dict[str, str] = {}
    for key in fields:
        keys.setdefault(str(key).lower(), key)

    def pick(aliases: Sequence[str]) -> tuple[str | None, Any]:
        present = [keys[alias] for alias in aliases if alias in keys]
        for key in present:
            if fields[key] is not None:
                return key, fields[key]
        return (present[0], None) if present else (None, None)

    text_key, text = pick(_TEXT_KEYS)
    if text_key is None:
        return Reject(origin, "The record has no text field (text, body or content).", _clip(raw))
    if text is None:
        return Reject(origin, f"The {text_key} field is null.", _clip(raw))
    if not isinstance(text, str):
        return Reject(
            origin, f"The {text_key} field is a {_json_type(text)}, not a string.", _clip(raw)
        )
    if not text.strip():
        return Reject(origin, f"The {text_key} field is empty or whitespace only.", _clip(raw))
    if _SURROGATE.search(text):
        return Reject(origin, f"The {text_key} field holds unpaired UTF-16 surrogates.", _clip(raw))
    # A JSON escape such as "\ud800" in any other field (id, title, a passed-through field)
    # would make the article impossible to write as UTF-8 later, ending the whole run.
    for key, value in fields.items():
        if _has_surrogate(key) or _has_surrogate(value):
            name = _SURROGATE.sub("\ufffd", str(key))
            return Reject(origin, f"The {name} field holds unpaired UTF-16 surrogates.", _clip(raw))

    used = {text_key}
    values: dict[str, str | None] = {}
    for name, aliases in (
        ("id", _ID_KEYS),
        ("date", _DATE_KEYS),
        ("section", _SECTION_KEYS),
        ("title", _TITLE_KEYS),
        ("lang", _LANG_KEYS),
    ):
        key, value = pick(aliases)
        if key is not None:
            used.add(key)
        values[name] = _as_string(value, strip=name != "id")
    extra = {key: value for key, value in fields.items() if key not in used}
    return Article(
        text=text,
        id=values["id"] if values["id"] is not None else fallback_id,
        date=values["date"] or options.date,
        section=values["section"] or options.section,
        title=values["title"],
        lang=values["lang"] or options.lang,
        origin=origin,
        extra=extra,
    )


def _has_surrogate(value: Any) -> bool:
    """Whether a string in ``value`` (a JSON value: nested lists and objects too) holds a
    lone surrogate."""
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_surrogate(key) or _has_surrogate(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(item) for item in value)
    return False


def _as_string(value: Any, *, strip: bool) -> str | None:
    """A field value as a string; ``None`` for absent, empty or whitespace-only values.

    Strings are kept as written (stripped only for metadata). Other JSON values are written
    back as JSON, so an id given as the number 10593548 becomes "10593548" (not "10593548.0"
    or a Python repr) and ``true`` stays "true". A float id like 1e3 comes back as "1000.0":
    ids should be strings or integers.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        return value.strip() if strip else value
    return json.dumps(value, ensure_ascii=False)


def _json_type(value: Any) -> str:
    """The JSON name of a Python value's type, for reasons readers of the input understand."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


# --- HTML --------------------------------------------------------------------------------


def _read_html(html: str, source: _Source, options: _Options) -> Article | Reject:
    """An HTML page as one record: trafilatura finds the article body and its metadata."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=False,
        # Only dates the page states: guessing from the body would invent publication dates.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return Reject(
            source.label, "No article text could be extracted from the HTML page.", _clip(html)
        )
    title = (document.title or "").strip() or None
    body = _html_body(document.body, title) if document.body is not None else ""
    if not body.strip() and document.text:
        body = "\n\n".join(line.strip() for line in document.text.split("\n") if line.strip())
    body = _clean_text(body).strip()
    if not body:
        return Reject(
            source.label, "No article text could be extracted from the HTML page.", _clip(html)
        )
    categories = [c.strip() for c in (document.categories or []) if c and c.strip()]
    extra = {
        key: value
        for key in ("url", "sitename", "author")
        if (value := getattr(document, key, None))
    }
    return Article(
        text=body,
        id=source.stem,
        date=document.date or options.date,
        section=categories[0] if categories else options.section,
        title=title,
        lang=options.lang,
        origin=source.label,
        extra=extra,
    )


def _html_body(body: Any, title: str | None) -> str:
    """Paragraphs of trafilatura's body tree, separated by blank lines like the seed.

    Each top-level element (paragraph, heading, quote, list) is a paragraph; ``<lb/>`` line
    breaks stay single newlines. A leading heading equal to the title is dropped: the title
    has its own field and is not part of the article body.
    """
    paragraphs: list[str] = []
    for element in body:
        if element.tag == "list":
            text = "\n".join(_element_text(item).strip() for item in element)
        else:
            text = _element_text(element)
        text = "\n".join(line.strip() for line in text.strip().split("\n"))
        if text:
            paragraphs.append(text)
    if paragraphs and title and paragraphs[0] == title:
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _element_text(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


# --- Helpers -----------------------------------------------------------------------------


def _clip(raw: str | None) -> str | None:
    """The start of a raw record for a Reject, writable as UTF-8 (bad bytes as U+FFFD)."""
    if raw is None:
        return None
    raw = _SURROGATE.sub("\ufffd", raw)
    raw = raw.rstrip("\r\n")
    return raw if len(raw) <= _RECORD_LIMIT else raw[:_RECORD_LIMIT] + "…"
