"""Tests of the input readers (``shared/spec/input.md``) and the rejects file.

Inputs are built by hand in ``tmp_path``; only the seed test reads a shared file, and it is
skipped when the file is absent.
"""

from __future__ import annotations

import codecs
import io
import json
import unicodedata
from pathlib import Path

import pytest

from hearsay.io.readers import (
    DecodeError,
    decode_bytes,
    is_seed_record,
    parse_seed_record,
    read_records,
)
from hearsay.io.rejects import RejectsWriter, write_rejects
from hearsay.model import Article, Reject

SEED = Path(__file__).resolve().parents[2] / "../shared/data/seed/000_a4295f98c8a8ca36.txt"


def read_all(*inputs: str | Path, **options) -> tuple[list[Article], list[Reject]]:
    records = list(read_records([str(item) for item in inputs], **options))
    articles = [record for record in records if isinstance(record, Article)]
    rejects = [record for record in records if isinstance(record, Reject)]
    assert len(articles) + len(rejects) == len(records)
    return articles, rejects


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def jsonl(*objects: object) -> str:
    return "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects)


# --- The seed's record format ------------------------------------------------------------


def test_readers_seed_file():
    if not SEED.exists():
        pytest.skip("the shared seed is not present")
    articles, rejects = read_all(SEED)
    assert rejects == []
    (article,) = articles
    assert article.id == "000_a4295f98c8a8ca36"
    assert article.date == "2021-01"
    assert article.section == "Celebrities"
    assert article.text.startswith("Er is de laatste tijd")
    assert "\n\nKorte verzoening\n\n" in article.text
    assert article.text == article.text.rstrip()
    assert article.text.endswith("Psalm (20 maanden).")
    assert article.origin == str(SEED)
    assert "Quote " in article.text  # the pull quote stays in the text


@pytest.mark.parametrize(
    ("raw", "date", "section", "body"),
    [
        (
            "date 2020-05-03 BinnenlandDe minister zei",
            "2020-05-03",
            "Binnenland",
            "De minister zei",
        ),
        ("date 2019 Sport2021 was een goed jaar", "2019", "Sport", "2021 was een goed jaar"),
        ("date 2019-02 Showbizz“Ik ben blij”", "2019-02", "Showbizz", "“Ik ben blij”"),
        ("date 2019 TVDe serie", "2019", "TV", "De serie"),
        ("date 2019 NOS“Ik ga”", "2019", "NOS", "“Ik ga”"),
        ("date 2021 Binnenland's Avonds", "2021", "Binnenland", "'s Avonds"),
        (
            "  \n date 2021-01 CelebritiesEr is\n\nmeer.  \n\n",
            "2021-01",
            "Celebrities",
            "Er is\n\nmeer.",
        ),
        ("date 2021 Sport De wedstrijd", "2021", "Sport", "De wedstrijd"),
        ("date 2021 Sport", "2021", "Sport", ""),
    ],
)
def test_readers_parse_seed_header(raw, date, section, body):
    assert parse_seed_record(raw) == (date, section, body)


@pytest.mark.parametrize(
    ("raw", "known", "section", "body"),
    [
        ("date 2019 TVNOS meldt", ["TV"], "TV", "NOS meldt"),
        (
            "date 2019 Media en CultuurDe film",
            ["Media en Cultuur", "Media"],
            "Media en Cultuur",
            "De film",
        ),
        ("date 2019 TechiPhone verkoopt", ["Tech"], "Tech", "iPhone verkoopt"),
        ("date 2019 BinnenlandDe minister", ["Sport"], "Binnenland", "De minister"),
    ],
)
def test_readers_parse_seed_known_sections_win(raw, known, section, body):
    assert parse_seed_record(raw, known_sections=known) == ("2019", section, body)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("date 2021-01 CelebritiesEr", True),
        ("  \ndate 2021 SportDe", True),
        ("date 2021-01-05 X", True),
        ("Date 2021 SportDe", False),
        ("date 20210 SportDe", False),
        ("date 2021-1 SportDe", False),
        ("Er is de laatste tijd", False),
        ("De date 2021 SportDe", False),
    ],
)
def test_readers_is_seed_record(raw, expected):
    assert is_seed_record(raw) is expected
    assert (parse_seed_record(raw) is not None) is expected


def test_readers_seed_txt_and_plain_txt(tmp_path):
    write(tmp_path / "seed.txt", "date 2020 BinnenlandDe minister zei het.\r\n\r\nTweede.\r\n")
    write(tmp_path / "plain.txt", "Volgens de minister is het goed.\n\nTweede alinea.\n\n  ")
    articles, rejects = read_all(tmp_path / "seed.txt", tmp_path / "plain.txt", date="2022-02-02")
    assert rejects == []
    seed, plain = articles
    assert (seed.id, seed.date, seed.section) == ("seed", "2020", "Binnenland")
    assert seed.text == "De minister zei het.\n\nTweede."
    assert (plain.id, plain.date, plain.section) == ("plain", "2022-02-02", None)
    assert plain.text == "Volgens de minister is het goed.\n\nTweede alinea."


@pytest.mark.parametrize(
    ("fmt", "expected_section", "expected_text"),
    [
        (None, "Sport", "De wedstrijd."),
        ("txt", "Sport", "De wedstrijd."),
        ("seed", "Sport", "De wedstrijd."),
        ("plain", "Opt", "date 2020 SportDe wedstrijd."),
    ],
)
def test_readers_txt_format_option(tmp_path, fmt, expected_section, expected_text):
    path = write(tmp_path / "a.txt", "date 2020 SportDe wedstrijd.\n")
    (article,), _ = read_all(path, format=fmt, section="Opt")
    assert article.section == expected_section
    assert article.text == expected_text


def test_readers_seed_format_requires_header(tmp_path):
    path = write(tmp_path / "a.txt", "Geen kop hier.")
    articles, (reject,) = read_all(path, format="seed")
    assert articles == []
    assert "seed header" in reject.reason


def test_readers_txt_nfc_normalised(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Zoë en René")
    path = write(tmp_path / "a.txt", decomposed)
    (article,), _ = read_all(path)
    assert article.text == "Zoë en René"
    assert unicodedata.is_normalized("NFC", article.text)


@pytest.mark.parametrize("content", ["", "   \n\n\t", "date 2021 Sport   \n"])
def test_readers_txt_empty_body_rejected(tmp_path, content):
    path = write(tmp_path / "empty.txt", content)
    articles, (reject,) = read_all(path)
    assert articles == []
    assert reject.origin == str(path)
    assert "empty" in reject.reason


# --- JSON Lines and JSON -----------------------------------------------------------------


def test_readers_jsonl_fields(tmp_path):
    text = "  Hij zei: “Nee.”\r\n\n Cafe\u0301 ligt hier. "  # unchanged: not stripped, not NFC
    path = write(
        tmp_path / "news.jsonl",
        jsonl(
            {
                "id": 10593548,
                "text": text,
                "published_at": "2021-01-06",
                "category": "Showbizz",
                "title": "Kop",
                "lang": "nl",
                "outlet": "HLN",
                "url": "https://example.org/1",
            },
            {"body": "Tweede.", "Section": "Sport"},
            {"id": "a/7 ", "content": "Derde.", "date": ""},
        ),
    )
    articles, rejects = read_all(path, date="2000", section="Optie", lang="en")
    assert rejects == []
    first, second, third = articles
    assert first.id == "10593548"
    assert first.text == text
    assert (first.date, first.section, first.title, first.lang) == (
        "2021-01-06",
        "Showbizz",
        "Kop",
        "nl",
    )
    assert first.extra == {"outlet": "HLN", "url": "https://example.org/1"}
    assert first.origin == f"{path}:1"
    assert (second.id, second.text, second.section, second.date, second.lang) == (
        "news-2",
        "Tweede.",
        "Sport",
        "2000",
        "en",
    )
    assert (third.id, third.date, third.section) == ("a/7 ", "2000", "Optie")


def test_readers_jsonl_broken_line_in_middle(tmp_path):
    path = write(
        tmp_path / "a.jsonl",
        '{"id": "1", "text": "Een."}\n{"id": "2", "text": "Twee.\n\n{"id": "3", "text": "Drie."}\n',
    )
    articles, rejects = read_all(path)
    assert [article.id for article in articles] == ["1", "3"]
    (reject,) = rejects
    assert reject.origin == f"{path}:2"
    assert "Line 2 is not valid JSON" in reject.reason
    assert reject.record == '{"id": "2", "text": "Twee.'
    assert [article.origin for article in articles] == [f"{path}:1", f"{path}:4"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "JSON array, not an object"),
        ('"a string"', "JSON string, not an object"),
        ('{"id": "x", "title": "Kop"}', "no text field"),
        ('{"text": 12}', "number, not a string"),
        ('{"text": ["a"]}', "array, not a string"),
        ('{"text": null}', "null"),
        ('{"text": ""}', "empty"),
        ('{"text": " \\n\\t "}', "empty"),
        ('{"text": "a \\ud800 b"}', "surrogates"),
    ],
)
def test_readers_jsonl_rejects(tmp_path, line, reason):
    path = write(tmp_path / "a.jsonl", f'{{"text": "Voor."}}\n{line}\n{{"text": "Na."}}\n')
    articles, (reject,) = read_all(path)
    assert [article.text for article in articles] == ["Voor.", "Na."]
    assert reject.origin == f"{path}:2"
    assert reason in reject.reason
    assert reject.record == line


def test_readers_jsonl_long_record_truncated(tmp_path):
    line = '{"text": 1, "pad": "' + "x" * 2000 + '"}'
    path = write(tmp_path / "a.jsonl", line + "\n")
    _, (reject,) = read_all(path)
    assert reject.record is not None
    assert len(reject.record) <= 501
    assert line.startswith(reject.record.rstrip("…"))


def test_readers_jsonl_encodings_per_line(tmp_path):
    good = '{"text": "Zoë zei “ja”."}\n'.encode()
    western = '{"text": "Café “De Zwaan” is dicht, zegt de eigenaar."}\n'.encode("cp1252")
    damaged = '{"text": "Één “goed” en één '.encode() + b"\xff" + b'"}\n'
    path = write(tmp_path / "a.jsonl", codecs.BOM_UTF8 + good + western + damaged)
    articles, (reject,) = read_all(path)
    assert [article.text for article in articles] == [
        "Zoë zei “ja”.",
        "Café “De Zwaan” is dicht, zegt de eigenaar.",
    ]
    assert reject.origin == f"{path}:3"
    assert "Could not decode line 3" in reject.reason
    assert "UTF-8" in reject.reason


def test_readers_jsonl_utf16(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"text": "Zoë"}, {"text": "René"}).encode("utf-16"))
    articles, rejects = read_all(path)
    assert rejects == []
    assert [article.text for article in articles] == ["Zoë", "René"]


@pytest.mark.parametrize(
    ("content", "texts", "origins"),
    [
        ('{"id": 5, "text": "Een."}', ["Een."], ["a.json"]),
        (
            '[{"text": "Een."}, {"text": "Twee."}]',
            ["Een.", "Twee."],
            ["a.json:item 1", "a.json:item 2"],
        ),
        ('{"text": "Een."}\n{"text": "Twee."}\n', ["Een.", "Twee."], ["a.json:1", "a.json:2"]),
    ],
)
def test_readers_json_file(tmp_path, content, texts, origins):
    path = write(tmp_path / "a.json", content)
    articles, rejects = read_all(path)
    assert rejects == []
    assert [article.text for article in articles] == texts
    assert [article.origin for article in articles] == [str(tmp_path / o) for o in origins]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"text": "Een.",', "not valid JSON"),
        ("42", "JSON number, not an object or a list"),
        ('[{"text": "Een."}, 7]', "Item 2 is a JSON number"),
    ],
)
def test_readers_json_file_rejects(tmp_path, content, reason):
    path = write(tmp_path / "a.json", content)
    _, (reject,) = read_all(path)
    assert reason in reject.reason


# --- CSV and TSV -------------------------------------------------------------------------


def test_readers_csv(tmp_path):
    path = write(
        tmp_path / "news.csv",
        "ID,Title,TEXT,Published_At,Category,Outlet\r\n"
        '17,Kop,"Hij zei: ""Nee.""\r\n\r\nTweede alinea.",2021-01-06,Sport,NOS\r\n'
        ",,Zonder id.,,,AD\r\n"
        "\r\n"
        "19,Leeg,,,,\r\n",
    )
    articles, rejects = read_all(path, section="Optie")
    first, second = articles
    assert first.id == "17"
    assert first.text == 'Hij zei: "Nee."\r\n\r\nTweede alinea.'
    assert (first.title, first.date, first.section) == ("Kop", "2021-01-06", "Sport")
    assert first.extra == {"Outlet": "NOS"}
    assert first.origin == f"{path}:row 1"
    assert (second.id, second.section, second.origin) == ("news-2", "Optie", f"{path}:row 2")
    (reject,) = rejects
    assert reject.origin == f"{path}:row 3"
    assert "empty" in reject.reason


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.tsv", "id\ttext\n1\tEen, twee.\n"),
        ("a.csv", "id;text\n1;Een, twee.\n"),
        ("a.csv", 'id,text\n1,"Een, twee."\n'),
    ],
)
def test_readers_csv_delimiters(tmp_path, name, content):
    path = write(tmp_path / name, content)
    (article,), rejects = read_all(path)
    assert rejects == []
    assert (article.id, article.text) == ("1", "Een, twee.")


def test_readers_csv_without_text_column(tmp_path):
    path = write(tmp_path / "a.csv", "id,titel\n1,Kop\n2,Kop\n")
    articles, rejects = read_all(path)
    assert articles == []
    assert [reject.origin for reject in rejects] == [f"{path}:row 1", f"{path}:row 2"]
    assert all("no text column" in reject.reason for reject in rejects)


def test_readers_csv_bad_rows_rejected_rest_read(tmp_path):
    content = (
        b"id,text\n" + "1,Één.\n".encode() + b"2,Kapot \xff.\n" + b"3,Drie,extra\n" + b"4,Vier.,\n"
    )
    path = write(tmp_path / "a.csv", content)
    articles, rejects = read_all(path)
    assert [article.id for article in articles] == ["1", "4"]
    assert [reject.origin for reject in rejects] == [f"{path}:row 2", f"{path}:row 3"]
    assert "not valid UTF-8" in rejects[0].reason
    assert rejects[0].record == "2,Kapot \ufffd."
    assert "3 fields but the header has 2" in rejects[1].reason


def test_readers_csv_windows_1252(tmp_path):
    path = write(tmp_path / "a.csv", "id,text\n1,Café “De Zwaan” is dicht.\n".encode("cp1252"))
    (article,), rejects = read_all(path)
    assert rejects == []
    assert article.text == "Café “De Zwaan” is dicht."


# --- HTML --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Kim en Kanye</title>
<meta property="article:published_time" content="2021-01-06">
<meta property="article:section" content="Celebrities"></head>
<body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav>
<article><h1>Kim en Kanye uit elkaar</h1>
<p>Er is de laatste tijd veel te doen rond Kim Kardashian en Kanye West, schrijft Page Six.</p>
<p>“Hij is een volwassen man,” zei Kim tegen het blad.<br>Meer wilde ze niet kwijt.</p>
<h2>Korte verzoening</h2>
<p>Heel eventjes leek het weer de goede richting uit te gaan, aldus een bron.</p>
</article><footer>© 2021 Voorbeeld</footer></body></html>
"""


def test_readers_html(tmp_path):
    path = write(tmp_path / "kim.html", PAGE)
    (article,), rejects = read_all(path, section="Optie")
    assert rejects == []
    assert article.id == "kim"
    assert article.title == "Kim en Kanye uit elkaar"
    assert article.date == "2021-01-06"
    assert article.section == "Celebrities"
    assert article.text.startswith("Er is de laatste tijd")
    assert "\n\nKorte verzoening\n\n" in article.text
    assert "zei Kim tegen het blad.\nMeer wilde" in article.text
    assert "Home" not in article.text and "©" not in article.text


def test_readers_html_without_body_rejected(tmp_path):
    path = write(
        tmp_path / "leeg.htm", "<html><head><title>Niets</title></head><body></body></html>"
    )
    articles, (reject,) = read_all(path)
    assert articles == []
    assert reject.origin == str(path)
    assert "No article text" in reject.reason


def test_readers_html_declared_charset(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Kim Kardashian", "Zoë"
    )
    path = write(tmp_path / "a.html", page.encode("cp1252"))
    (article,), _ = read_all(path)
    assert "rond Zoë en Kanye" in article.text


# --- Folders, stdin, files ---------------------------------------------------------------


def test_readers_folder_recursive_sorted(tmp_path):
    write(tmp_path / "b.txt", "Bee.")
    write(tmp_path / "a" / "z.jsonl", jsonl({"text": "Zed."}))
    write(tmp_path / "a" / "deep" / "c.csv", "text\nCee.\n")
    write(tmp_path / "c.html", PAGE)
    write(tmp_path / ".hidden.txt", "Verborgen.")
    write(tmp_path / ".git" / "x.txt", "Verborgen.")
    write(tmp_path / "plaatje.png", b"\x89PNG\r\n\x1a\n\x00\x00\xff")
    write(tmp_path / "notes.md", "Geen invoer.")
    write(tmp_path / "kapot.txt", b"\x00\x01\x02\xff\xfe\x00\x9d\x81")
    articles, rejects = read_all(tmp_path)
    assert [article.origin for article in articles] == [
        str(tmp_path / "a" / "deep" / "c.csv") + ":row 1",
        str(tmp_path / "a" / "z.jsonl") + ":1",
        str(tmp_path / "b.txt"),
        str(tmp_path / "c.html"),
    ]
    (reject,) = rejects
    assert reject.origin == str(tmp_path / "kapot.txt")
    assert reject.reason.startswith("Could not decode the file")
    assert "UTF-8" in reject.reason


def test_readers_folder_with_format_reads_every_file(tmp_path):
    write(tmp_path / "a.dat", jsonl({"text": "Een."}))
    write(tmp_path / "b.log", jsonl({"text": "Twee."}))
    articles, rejects = read_all(tmp_path, format="jsonl")
    assert rejects == []
    assert [article.text for article in articles] == ["Een.", "Twee."]


@pytest.mark.parametrize(
    ("data", "fmt", "texts", "origins"),
    [
        (
            jsonl({"text": "Een."}, {"text": "Twee."}).encode(),
            None,
            ["Een.", "Twee."],
            ["<stdin>:1", "<stdin>:2"],
        ),
        (b"date 2021 SportDe wedstrijd.\n", None, ["De wedstrijd."], ["<stdin>"]),
        (
            "Gewoon tekst, “met” quotes.\n".encode(),
            None,
            ["Gewoon tekst, “met” quotes."],
            ["<stdin>"],
        ),
        (PAGE.encode(), None, None, ["<stdin>"]),
        (b"id,text\n1,Een.\n", "csv", ["Een."], ["<stdin>:row 1"]),
        (b'[{"text": "Een."}]', None, ["Een."], ["<stdin>:item 1"]),
    ],
)
def test_readers_stdin(data, fmt, texts, origins):
    articles, rejects = read_all("-", stdin=io.BytesIO(data), format=fmt)
    assert rejects == []
    assert [article.origin for article in articles] == origins
    if texts is not None:
        assert [article.text for article in articles] == texts
    assert all(article.id and article.id.startswith(("stdin", "1")) for article in articles)


def test_readers_stdin_ids():
    data = jsonl({"text": "Een."}, {"id": "x", "text": "Twee."}).encode()
    articles, _ = read_all("-", stdin=io.BytesIO(data))
    assert [article.id for article in articles] == ["stdin-1", "x"]


def test_readers_missing_file_rejected(tmp_path):
    write(tmp_path / "ok.txt", "Goed.")
    articles, (reject,) = read_all(tmp_path / "weg.jsonl", tmp_path / "ok.txt")
    assert [article.text for article in articles] == ["Goed."]
    assert reject.origin == str(tmp_path / "weg.jsonl")
    assert "does not exist" in reject.reason


def test_readers_unreadable_file_rejected(tmp_path, monkeypatch):
    path = write(tmp_path / "geheim.txt", "Geheim.")
    write(tmp_path / "open.txt", "Open.")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "geheim.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, (reject,) = read_all(tmp_path)
    assert [article.text for article in articles] == ["Open."]
    assert reject.origin == str(path)
    assert reject.reason == "The file could not be read: Permission denied."


def test_readers_unknown_format_raises_at_once():
    with pytest.raises(ValueError, match="unknown input format"):
        read_records(["x"], format="docx")


# --- Encodings ---------------------------------------------------------------------------

DUTCH = (
    "Kim kon het alleen maar met lede ogen aanzien: “Hij is een volwassen man.” "
    "Één ding is zeker: de ruïne blijft."
)


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (DUTCH.encode("utf-8"), DUTCH),
        ("\ufeff".encode() + DUTCH.encode("utf-8"), DUTCH),
        (DUTCH.encode("cp1252"), DUTCH),
        ("Hé!".encode("cp1252"), "Hé!"),
        ("naïef".encode("latin-1"), "naïef"),
        (DUTCH.encode("utf-16"), DUTCH),
        (DUTCH.encode("utf-16-be").join([b"\xfe\xff", b""]), DUTCH),
        (DUTCH.encode("utf-32"), DUTCH),
    ],
)
def test_readers_decode_bytes(encoded, expected):
    assert decode_bytes(encoded) == expected


@pytest.mark.parametrize(
    ("encoded", "reason"),
    [
        ("Één “goed” woord en ".encode() + b"\xff", "invalid byte"),
        (b"\x00\x01\x02\x9d\x81\x00", "NUL"),
        (b"\xff\xfe\x00\xd8", "UTF-16 byte-order mark"),
    ],
)
def test_readers_decode_bytes_refuses(encoded, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(encoded)


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("cp1252", "w.txt"), ("utf-16", "u.txt"), ("utf-8-sig", "b.txt")],
)
def test_readers_txt_encodings(tmp_path, encoding, name):
    path = write(tmp_path / name, ("date 2021 ShowbizzZoë: " + DUTCH).encode(encoding))
    (article,), rejects = read_all(path)
    assert rejects == []
    assert article.section == "Showbizz"
    assert article.text == "Zoë: " + DUTCH


def test_readers_damaged_utf8_txt_rejected(tmp_path):
    path = write(tmp_path / "kapot.txt", "Één “goed” woord en ".encode() + b"\xff\xfe kapot")
    articles, (reject,) = read_all(path)
    assert articles == []
    assert "UTF-8" in reject.reason and "damaged" in reject.reason
    assert reject.record is not None and "\ufffd" in reject.record


# --- Rejects file ------------------------------------------------------------------------


def test_readers_rejects_writer_lazy_and_appending(tmp_path):
    path = tmp_path / "out" / "rejects.jsonl"
    with RejectsWriter(path) as writer:
        pass
    assert writer.count == 0
    assert not path.exists()
    rejects = [Reject("a.jsonl:2", "Line 2 is not valid JSON.", "{x"), Reject("b.txt", "Leeg.")]
    assert write_rejects(rejects, path) == 2
    assert write_rejects(iter([Reject("c.csv:row 1", "Zoë \ud800")]), path) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["origin"] for line in lines] == ["a.jsonl:2", "b.txt", "c.csv:row 1"]
    assert json.loads(lines[0]) == {
        "origin": "a.jsonl:2",
        "reason": "Line 2 is not valid JSON.",
        "record": "{x",
    }


def test_readers_rejects_written_from_a_run(tmp_path):
    source = write(tmp_path / "a.jsonl", '{"text": "Een."}\n{kapot\n{"text": ""}\n')
    target = tmp_path / "rejects.jsonl"
    with RejectsWriter(target) as writer:
        articles = []
        for record in read_records([source]):
            if isinstance(record, Reject):
                writer.write(record)
            else:
                articles.append(record)
    assert len(articles) == 1
    assert writer.count == 2
    origins = [json.loads(line)["origin"] for line in target.read_text().splitlines()]
    assert origins == [f"{source}:2", f"{source}:3"]


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (jsonl({"text": "Een."}, {"text": "Twee."}), ["Een.", "Twee."]),
        ("date 2021 SportDe wedstrijd.", ["De wedstrijd."]),
        ("Gewoon tekst.", ["Gewoon tekst."]),
    ],
)
def test_readers_named_file_without_extension_sniffed(tmp_path, content, texts):
    path = write(tmp_path / "artikel", content)
    articles, rejects = read_all(path)
    assert rejects == []
    assert [article.text for article in articles] == texts
