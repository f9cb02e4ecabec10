"""Every lexicon under ``hearsay/lang/<code>/``: it loads, is documented, is well formed, and
its ``# EXAMPLE:`` / ``# COUNTEREXAMPLE:`` sentences behave as the file says.

The EXAMPLE lines are the lexicons' own test cases (``STYLE.md``: "a test loads every
lexicon, checks headers and duplicates, and runs the EXAMPLE lines as test cases").
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import hearsay
import hearsay.lang
from hearsay.errors import UnsupportedLanguageError
from hearsay.lang import LANG_ROOT, LEXICON_FILES, load_language, read_tsv, supported_languages
from hearsay.model import SOURCE_TYPES, STANCES
from hearsay.nlp.timex_lexicon import load_time_lexicon

LEXICONS = sorted(LANG_ROOT.glob("*/*.tsv"))
#: Fields per row of the core lexicons; every other file is checked against the number of
#: fields its own ``# Format:`` line declares.
FIELD_COUNTS = {
    "cue_verbs.tsv": 5,
    "source_nouns.tsv": 2,
    "outlets.tsv": 2,
    "markers.tsv": 2,
    "function_words.tsv": 3,
}
CUE_VERB_CLASSES = {"speech", "belief", "finding", "perception", "tag"}
HEADER_WORDS = ("Purpose", "Source", "Format")
#: Files whose EXAMPLE lines must be there; every file's EXAMPLE lines must yield an
#: attribution, except in function_words.tsv, whose examples illustrate phrase boundaries.
EXAMPLE_FILES = ("cue_verbs.tsv", "markers.tsv", "source_nouns.tsv", "outlets.tsv")
NO_ATTRIBUTION_EXAMPLES = ("function_words.tsv",)
EXAMPLE_LINE = re.compile(r"#\s*(EXAMPLE|COUNTEREXAMPLE):\s*(?P<sentence>\S.*?)\s*$")

#: EXAMPLE lines the analyser does not yet get right, as "code/file:line": reason.
KNOWN_GAPS: dict[str, str] = {}


def lexicon_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def header(path: Path) -> list[str]:
    """The leading ``#`` lines of a file."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def declared_fields(path: Path) -> int | None:
    """How many fields the header's ``# Format:`` line names (``a <TAB> b`` is two)."""
    for line in header(path):
        match = re.match(r"#\s*Format:(.*)", line)
        if match:
            return match.group(1).count("<TAB>") + 1
    return None


def rows(path: Path) -> list[tuple[int, list[str]]]:
    """Data rows as (line number, tab-separated fields), as the loader reads them."""
    return read_tsv(path)


def example_cases(kind: str) -> list:
    cases = []
    for path in LEXICONS:
        if path.name in NO_ATTRIBUTION_EXAMPLES:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = EXAMPLE_LINE.match(line)
            if match is None or match.group(1) != kind:
                continue
            case_id = f"{lexicon_id(path)}:{number}"
            marks = []
            if case_id in KNOWN_GAPS:
                marks.append(
                    pytest.mark.xfail(strict=True, reason=f"analyser gap: {KNOWN_GAPS[case_id]}")
                )
            cases.append(pytest.param(match.group("sentence"), id=case_id, marks=marks))
    return cases


EXAMPLES = example_cases("EXAMPLE")
COUNTEREXAMPLES = example_cases("COUNTEREXAMPLE")
LEXICON_PARAMS = [pytest.param(path, id=lexicon_id(path)) for path in LEXICONS]


def lexicons_named(name: str) -> list:
    return [pytest.param(path, id=lexicon_id(path)) for path in LEXICONS if path.name == name]


# --------------------------------------------------------------------------- loading


def test_lexicons_are_found():
    assert LEXICONS
    assert "nl" in supported_languages()


@pytest.mark.parametrize("code", sorted({path.parent.name for path in LEXICONS}))
def test_lexicons_language_loads(code):
    pack = load_language(code)
    assert pack.code == code
    assert pack.cue_verbs
    assert pack.source_nouns
    assert pack.outlets
    assert pack.markers
    assert pack.word_classes


@pytest.mark.parametrize("code", sorted({path.parent.name for path in LEXICONS}))
def test_lexicons_loader_reads_every_file(code, monkeypatch):
    """A TSV file the loader never opens would silently do nothing."""
    read: list[Path] = []

    def spy(path: Path) -> list[tuple[int, list[str]]]:
        read.append(Path(path))
        return read_tsv(path)

    monkeypatch.setattr(hearsay.lang, "read_tsv", spy)
    load_language.__wrapped__(code)  # uncached, so the files are read again
    # The time and amount words have a loader of their own (hearsay/nlp/timex_lexicon.py).
    load_time_lexicon.__wrapped__(code)
    present = {path for path in LEXICONS if path.parent.name == code}
    assert present <= set(read), sorted(path.name for path in present - set(read))


@pytest.mark.parametrize("code", sorted({path.parent.name for path in LEXICONS}))
def test_lexicons_language_has_every_file(code):
    present = {path.name for path in LEXICONS if path.parent.name == code}
    assert set(LEXICON_FILES) <= present


def test_lexicons_unknown_language_lists_supported():
    with pytest.raises(UnsupportedLanguageError) as raised:
        load_language("xx")
    message = str(raised.value)
    assert "'xx'" in message
    assert "nl" in message
    assert message.startswith(f"[{UnsupportedLanguageError.code}]")


def test_lexicons_analyze_unknown_language_raises():
    with pytest.raises(UnsupportedLanguageError, match="nl"):
        hearsay.analyze("Volgens de politie is de man gevlucht.", lang="xx")


# --------------------------------------------------------------------------- format


@pytest.mark.parametrize("path", LEXICON_PARAMS)
def test_lexicons_header_documents_the_file(path):
    lines = header(path)
    assert lines, f"{path.name} does not start with # header lines"
    text = "\n".join(lines)
    for word in HEADER_WORDS:
        assert re.search(rf"^#\s*{word}:", text, re.MULTILINE), f"no {word}: in the header"


@pytest.mark.parametrize("path", LEXICON_PARAMS)
def test_lexicons_rows_have_the_right_number_of_fields(path):
    expected = declared_fields(path)
    assert expected is not None, f"{path.name} has no # Format: line"
    if path.name in FIELD_COUNTS:
        assert expected == FIELD_COUNTS[path.name]
    data = rows(path)
    assert data, f"{path.name} has no data rows"
    wrong = [number for number, fields in data if len(fields) != expected]
    assert not wrong, f"{path.name}: lines {wrong} do not have {expected} tab-separated fields"


@pytest.mark.parametrize("path", LEXICON_PARAMS)
def test_lexicons_fields_are_not_empty_or_padded(path):
    bad = [
        number
        for number, fields in rows(path)
        if any(not field or field != field.strip() for field in fields)
    ]
    assert not bad, f"{path.name}: lines {bad} have an empty or space-padded field"


@pytest.mark.parametrize("path", LEXICON_PARAMS)
def test_lexicons_no_duplicate_rows(path):
    keys = Counter(tuple(fields[:2]) for _, fields in rows(path))
    duplicates = sorted(key for key, count in keys.items() if count > 1)
    assert not duplicates, f"{path.name}: duplicate rows {duplicates}"


@pytest.mark.parametrize("path", lexicons_named("source_nouns.tsv"))
def test_lexicons_source_nouns_have_spec_source_types(path):
    bad = [(n, f) for n, f in rows(path) if f[1] not in SOURCE_TYPES or f[1] == "unknown"]
    assert not bad


@pytest.mark.parametrize("path", lexicons_named("cue_verbs.tsv"))
def test_lexicons_cue_verbs_stance_and_class(path):
    for number, (_lemma, forms, verb_class, stance, requires) in rows(path):
        assert stance in STANCES, f"line {number}: stance {stance!r}"
        assert verb_class in CUE_VERB_CLASSES, f"line {number}: class {verb_class!r}"
        assert all(form.strip() for form in forms.split(",")), f"line {number}: empty form"
        assert requires == "-" or all(requires.split(",")), f"line {number}: requires"


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("cue_verbs.tsv", 0),
        ("cue_verbs.tsv", 1),
        ("source_nouns.tsv", 0),
        ("markers.tsv", 0),
        ("function_words.tsv", 0),
    ],
)
def test_lexicons_lemmas_are_lower_case(name, column):
    """STYLE.md: match lower case rather than type case variants by hand."""
    for path in (p for p in LEXICONS if p.name == name):
        values = [fields[column] for _, fields in rows(path)]
        upper = [value for value in values if value.lower() != value]
        assert not upper, f"{lexicon_id(path)}: {upper}"


# --------------------------------------------------------------------------- examples


def test_lexicons_have_example_lines():
    files = {param.id.split(":")[0].split("/")[1] for param in EXAMPLES}
    assert set(EXAMPLE_FILES) <= files
    assert COUNTEREXAMPLES


@pytest.mark.parametrize("sentence", EXAMPLES)
def test_lexicons_example_yields_an_attribution(sentence):
    document = hearsay.analyze(sentence)
    assert document.attributions, f"no attribution in {sentence!r}"


@pytest.mark.parametrize("sentence", COUNTEREXAMPLES)
def test_lexicons_counterexample_yields_none(sentence):
    document = hearsay.analyze(sentence)
    found = [(a.kind, a.content.text) for a in document.attributions]
    assert not found, f"unexpected attributions in {sentence!r}: {found}"
