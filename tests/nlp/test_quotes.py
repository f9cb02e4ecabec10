"""Tests for pairing quote marks into quoted stretches (hearsay/nlp/quotes.py).

All strings are made up for these tests. Known gaps are kept as ``xfail(strict=True)``.
"""

from __future__ import annotations

from typing import Any

import pytest

from hearsay.nlp.quotes import Quote, find_quotes, is_title


def gap(reason: str, *values: Any) -> Any:
    """A parametrize case that fails today because of a known gap."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


def contents(text: str, quotes: list[Quote] | None = None) -> list[str]:
    quotes = find_quotes(text) if quotes is None else quotes
    return [text[q.content_start : q.content_end] for q in quotes]


def quote_with(text: str, content: str) -> Quote:
    """The quote of ``text`` whose content is exactly ``content``."""
    found = [q for q in find_quotes(text) if text[q.content_start : q.content_end] == content]
    assert len(found) == 1, contents(text)
    return found[0]


@pytest.mark.parametrize(
    ("opener", "closer"),
    [
        ("“", "”"),
        ("‘", "’"),
        ("„", "”"),
        (",,", "''"),
        (",,", "’’"),
        ('"', '"'),
        ("'", "'"),
        ("«", "»"),
    ],
)
def test_quotes_style(opener: str, closer: str) -> None:
    words = "De brug gaat morgen dicht"
    text = f"De wethouder zei {opener}{words}{closer} tegen de raad."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert text[quote.content_start : quote.content_end] == words
    assert text[quote.start : quote.end] == f"{opener}{words}{closer}"
    assert quote.depth == 0
    assert quote.closed


def test_quotes_several_styles_in_one_text() -> None:
    text = "Ze zei “ja”, hij ‘nee’, de buurman „misschien” en de bakker ,,zeker''."
    assert contents(text) == ["ja", "nee", "misschien", "zeker"]
    assert all(q.depth == 0 for q in find_quotes(text))


@pytest.mark.parametrize(
    ("text", "depths"),
    [
        (
            "“Hij riep ‘brand!’ en rende weg”, zegt de buurman.",
            {"Hij riep ‘brand!’ en rende weg": 0, "brand!": 1},
        ),
        (
            "“Ze zei: ‘Hij schreeuwde “help” tegen mij’ en liep weg.”",
            {
                "Ze zei: ‘Hij schreeuwde “help” tegen mij’ en liep weg.": 0,
                "Hij schreeuwde “help” tegen mij": 1,
                "help": 2,
            },
        ),
        (
            "„De coach zei ‘rustig blijven’ en ‘niet opgeven’”, vertelt de spits.",
            {
                "De coach zei ‘rustig blijven’ en ‘niet opgeven’": 0,
                "rustig blijven": 1,
                "niet opgeven": 1,
            },
        ),
    ],
)
def test_quotes_nesting_depth(text: str, depths: dict[str, int]) -> None:
    quotes = find_quotes(text)
    assert {text[q.content_start : q.content_end]: q.depth for q in quotes} == depths
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)  # outermost first


def test_quotes_stray_opener_dropped_at_paragraph_break() -> None:
    text = "Hij noemde het “vreemd.\n\nDaarna zei hij ‘tot ziens’ en vertrok."
    stray = text.index("“")
    quotes = find_quotes(text)
    assert contents(text, quotes) == ["tot ziens"]
    assert quotes[0].depth == 0
    assert all(q.start != stray for q in quotes)


def test_quotes_stray_opener_does_not_swallow_the_next_paragraph() -> None:
    text = "De actie heet “Schoon Strand.\n\n“Wij ruimen elke week op”, zegt de organisator."
    quote = quote_with(text, "Wij ruimen elke week op")
    assert quote.depth == 0
    assert quote.closed


def test_quotes_inner_quote_of_stray_opener_is_top_level() -> None:
    text = "Het was “chaos en iedereen riep ‘weg hier’ door elkaar.\n\nDe politie kwam later."
    quote = quote_with(text, "weg hier")
    assert quote.depth == 0


def test_quotes_stray_opener_at_end_of_text() -> None:
    text = "Hij noemde het “vreemd en zei ‘tot ziens’ tegen ons."
    assert quote_with(text, "tot ziens").depth == 0


def test_quotes_unclosed_at_end_of_text_is_no_quote() -> None:
    assert find_quotes("Hij schreeuwde “stop en dat was het") == []


@pytest.mark.parametrize("opener", ["“", "„", "‘"])
def test_quotes_multi_paragraph(opener: str) -> None:
    closer = "’" if opener == "‘" else "”"
    text = (
        f"{opener}Eerste alinea van het verhaal.\n\n"
        f"{opener}Tweede alinea van het verhaal.\n\n"
        f"{opener}Derde alinea van het verhaal.{closer}, zegt de verteller."
    )
    quotes = find_quotes(text)
    assert contents(text, quotes) == [
        "Eerste alinea van het verhaal.",
        "Tweede alinea van het verhaal.",
        "Derde alinea van het verhaal.",
    ]
    assert [q.closed for q in quotes] == [False, False, True]
    assert all(q.depth == 0 for q in quotes)
    first = quotes[0]
    assert first.end <= text.index("\n\n")  # an open quote ends before the break, not after


@pytest.mark.parametrize(("opener", "closer"), [("'", "'"), ("‘", "’")])
def test_quotes_multi_paragraph_with_lost_breaks_is_one_quote_per_paragraph(
    opener: str, closer: str
) -> None:
    # Paragraph breaks flattened away: each reopening mark follows a full stop and starts
    # the next paragraph's quote, as it would after a break (the gold marks one per paragraph).
    text = (
        f"Wat vindt u ervan? {opener}Het plan is goed. Maar het is duur. "
        f"{opener}Wij betalen mee. Dat kost tijd.{closer} Hoe nu verder?"
    )
    quotes = find_quotes(text)
    assert contents(text, quotes) == [
        "Het plan is goed. Maar het is duur.",
        "Wij betalen mee. Dat kost tijd.",
    ]
    assert [(quote.depth, quote.closed) for quote in quotes] == [(0, False), (0, True)]


def test_quotes_inner_single_quote_after_full_stop_is_still_nested() -> None:
    # A lower-case word after the mark is a quoted phrase, not a reopened paragraph.
    text = "“Het was een drama. ‘nooit meer’ riep hij.” Zo ging het."
    assert quote_with(text, "nooit meer").depth == 1


def test_quotes_closed_quote_before_paragraph_break() -> None:
    text = "“Dit is het einde.”\n\nHij liep weg."
    quotes = find_quotes(text)
    assert contents(text, quotes) == ["Dit is het einde."]
    assert quotes[0].closed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Het was ’s avonds druk”, zegt ze. 's Avonds is het rustig.", ["Het was ’s avonds druk"]),
        ("'Het is zo'n mooie dag', zegt de boer.", ["Het is zo'n mooie dag"]),
        ("‘Lil’ Kleine is terug’, zegt zijn manager.", ["Lil’ Kleine is terug"]),
        ("Ze las Greta’s boek en zei ‘prima’.", ["prima"]),
        ("Rock 'n' roll is dood. \"Echt waar\", zegt hij.", ["Echt waar"]),
        ("'s Morgens is het stil en 't regent, zegt de boer.", []),
        ("Rapper Lil’ Kleine zei: ‘Ik ben er klaar voor.’", ["Ik ben er klaar voor."]),
        (
            "We gaan naar ‘t Hof. “Het was druk”, zegt ze.",
            ["Het was druk"],
        ),
    ],
)
def test_quotes_apostrophes(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert contents(text, quotes) == expected
    assert all(q.depth == 0 for q in quotes)


def test_quotes_empty_pair_is_no_quote() -> None:
    assert find_quotes("Hij zei “” en liep weg.") == []


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Boer zoekt Vrouw", True),
        ("The Voice of Holland", True),
        ("Keeping Up With the Neighbours", True),
        ("We gaan de kermis niet verplaatsen.", False),
        ("tijdelijke", False),
        ("Dit wordt een lastige wedstrijd", False),
        ("Wie is de Mol", True),
    ],
)
def test_quotes_is_title(content: str, title: bool) -> None:
    assert is_title(content) is title


def test_quotes_straight_double_quote_closed_by_two_single_quotes() -> None:
    text = "\"Het is best een beetje balen.'' De zaal stroomt vol."
    quotes = find_quotes(text)
    assert [text[q.content_start : q.content_end] for q in quotes] == [
        "Het is best een beetje balen."
    ]


def test_quotes_spaced_straight_quote_closes_the_open_one() -> None:
    text = 'Eentje riep: "We worden bestuurd door " De anderen lachten. "Ja," zei hij.'
    quotes = find_quotes(text)
    assert contents(text, quotes) == ["We worden bestuurd door", "Ja,"]
    assert all(q.depth == 0 for q in quotes)


def test_quotes_spaced_straight_quote_without_open_quote_is_ignored() -> None:
    text = 'De maat is 5 " breed. "Mooi," zei hij.'
    assert contents(text, find_quotes(text)) == ["Mooi,"]


def test_quotes_straight_single_opener_closed_by_curly_double() -> None:
    text = "Ze reageerde.\n\n'We zijn verrast.”, zegt de woordvoerder."
    assert contents(text, find_quotes(text)) == ["We zijn verrast."]


def test_quotes_curly_double_closes_its_own_opener_over_a_stray_single() -> None:
    text = "“Dat is 'zo mooi”, zegt hij."
    quotes = find_quotes(text)
    assert contents(text, quotes) == ["Dat is 'zo mooi"]


def test_quotes_curly_quote_reopened_after_a_full_stop_ends_the_open_one() -> None:
    # Paragraph breaks lost: each answer of an interview opens with “ and the last one closes.
    text = (
        "“Met de trein.” “Nee, dat hoeft niet. Ze is een voorbeeld. “Mijn generatie moet het doen.”"
    )
    assert contents(text, find_quotes(text)) == [
        "Met de trein.",
        "Nee, dat hoeft niet. Ze is een voorbeeld.",
        "Mijn generatie moet het doen.",
    ]


def test_quotes_short_heading_in_single_quotes_closes_before_a_capital() -> None:
    text = "'Onterecht' Staatssecretaris Snel verwerpt dat. Later zei hij: 'Het kan beter.'"
    assert contents(text, find_quotes(text)) == ["Onterecht", "Het kan beter."]


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Keeping Up With the Kardashians", True),
        ("Boer zoekt Vrouw", True),
        # a name, then a clause in lower case: speech, not a title
        ("De Green New Deal zal de hamburger verbieden", False),
    ],
)
def test_is_title_tells_a_title_from_a_statement_opening_with_a_name(
    content: str, title: bool
) -> None:
    assert is_title(content) is title


def test_quotes_double_comma_opener_followed_by_a_space() -> None:
    text = 'Clement: ,, Misschien willen afnemers wel betalen." Daarna praten ze verder.'
    assert [q.strip() for q in contents(text)] == ["Misschien willen afnemers wel betalen."]
    # a doubled comma typed in running text opens nothing
    assert contents("Hij kwam,, zag en won.") == []
