"""Quote marks: pair openers and closers into quoted stretches.

Dutch news uses every quote style: “ ” ‘ ’ „ ” ,, ’’ « » and straight " and '. Straight single
quotes and ’ double as apostrophes (``zo'n``, ``Greta’s``, ``Lil’ Kleine``), so a mark only
opens before a non-space after a space or an opening bracket, and only closes after a
non-space when no letter follows. A quote left open at a paragraph break closes there: in
Dutch style a quote running over paragraphs reopens each paragraph without closing the last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Opening mark -> the closing marks that may end it (pairs seen in Dutch and Flemish news).
CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", "“", '"'),  # "“Ik wist dat het filmpje rondging\", vertelt ze" mixes styles
    "„": ("”", "“", '"'),
    "''": ("''", "’’", "”"),
    "``": ("''", "´´", "”"),
    ",,": ("’’", "''", "”", "“", "’", "'", '"'),
    "‘": ("’", "'", "‘", "”"),  # "‘Ze zijn uit elkaar”, zegt een bron" mixes styles
    "«": ("»",),
    "»": ("«",),
    '"': ('"', "”", "''", "’’"),  # '"Het is best balen.\'\'' mixes styles
    "'": ("'", "’", "”", '"'),  # "'We stellen vast ...”, reageert" mixes styles
}
OPENERS = tuple(sorted(CLOSERS, key=len, reverse=True))
ALL_CLOSERS = tuple(sorted({c for cs in CLOSERS.values() for c in cs}, key=len, reverse=True))
APOSTROPHE_WORDS = re.compile(r"(?:s|t|n|k|r|m)\b", re.IGNORECASE)  # 's avonds, 't, zo'n


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: ``start``/``end`` include the marks, ``content_*`` exclude them."""

    start: int
    end: int
    content_start: int
    content_end: int
    depth: int  # 0 for a top-level quote, 1 for a quote inside a quote, ...
    closed: bool  # False when closed by a paragraph break rather than a mark


def _promote_inner(quotes: list[Quote], position: int) -> None:
    """The opener at ``position`` was a stray mark: the quotes inside it move up a level."""
    quotes[:] = [
        Quote(q.start, q.end, q.content_start, q.content_end, q.depth - 1, q.closed)
        if q.start > position and q.depth > 0
        else q
        for q in quotes
    ]


def _opens_here(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark == ",," and after == " " and before in " :" and text[i + 3 : i + 4].isupper():
        return True  # "Clement: ,, Misschien ...": a space typed after the opening mark
    if after.isspace():
        return False
    if mark in ("'", "‘") and APOSTROPHE_WORDS.match(text, i + 1):
        return False  # 's avonds, 't is, ‘t Hof
    if mark == ",,":
        return True  # ,, never occurs otherwise in running text
    return (
        before.isspace()
        or before in "([{-—–/:;"
        or (mark not in ("'", '"') and not before.isalnum())
    )


def _closes_here(text: str, i: int, mark: str, opened_at: int = -1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if before.isspace():
        return False
    if mark in ("’", "'") and after.isalpha():
        return False  # an apostrophe inside a word
    if mark in ("’", "'") and before.isalpha() and text[i + 1 : i + 3][-1:].isupper():
        # "Lil’ Kleine": a name's apostrophe, unless no other closer follows in the paragraph;
        # after one or two words just opened ("'Onterecht' Staatssecretaris Snel ..."), a
        # closer only further than this sentence does not count: the heading ends here.
        paragraph_end = text.find("\n\n", i)
        end = paragraph_end if paragraph_end >= 0 else len(text)
        if opened_at >= 0 and len(text[opened_at:i].split()) <= 2:
            sentence_end = SENTENCE_END_AFTER.search(text, i + 1, end)
            end = sentence_end.start() if sentence_end else end
        if re.search(r"[^\s][’'](?![A-Za-z])", text[i + 1 : end]):
            return False
    return True


def _end_before_space(text: str, start: int, end: int) -> int:
    """``end`` moved back over whitespace, no further than ``start``: where a quote closed
    by something other than its mark ends."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _close_unmarked(quotes: list[Quote], stack: list[tuple[str, int]], text: str, at: int) -> None:
    """Close the innermost open quote without a mark, before the space before ``at``."""
    mark, position = stack.pop()
    end = _end_before_space(text, position, at)
    quotes.append(Quote(position, end, position + len(mark), end, len(stack), False))


# The places where something can happen: quote marks and paragraph breaks. Scanning only
# these keeps the pass linear and fast on long texts with few quotes.
MARK_OR_BREAK = re.compile(r"\n\n|\n\Z|,,|``|''|’’|[“”„‘’«»\"']")
NEXT_PARAGRAPH = re.compile(r"\s*")
SENTENCE_END_AFTER = re.compile(r"[.!?](?=\s)")
SENTENCE_END_BEFORE = re.compile(r"[.!?]\s+$")
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n)$")


def find_quotes(text: str) -> list[Quote]:
    """All quoted stretches of ``text``, outermost first in order of their start."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    position_from = 0
    while True:
        found = MARK_OR_BREAK.search(text, position_from)
        if found is None:
            break
        i = found.start()
        if text[i] == "\n":
            # A paragraph break closes what is still open when the next paragraph opens a
            # quote again (Dutch multi-paragraph quotes); otherwise the opener was a stray
            # mark: drop it, and the quotes inside it are top-level after all.
            after = NEXT_PARAGRAPH.match(text, i).end()
            continues = after < len(text) and text.startswith(OPENERS, after)
            while stack:
                mark, position = stack.pop()
                opens_sentence = SENTENCE_START_BEFORE.search(text, 0, position) is not None
                words = len(text[position:i].split())
                if not continues and not (opens_sentence and not stack and words >= 5):
                    _promote_inner(quotes, position)
                    continue
                # A quote that opens a sentence and runs to the paragraph's end was left
                # unclosed (or continues in the next paragraph): it ends here.
                content_end = _end_before_space(text, position, i)
                if content_end - (position + len(mark)) > 0:
                    quotes.append(
                        Quote(
                            position,
                            content_end,
                            position + len(mark),
                            content_end,
                            len(stack),
                            False,
                        )
                    )
            position_from = i + 1
            continue
        closed = False
        for level in range(len(stack) - 1, -1, -1):
            mark, position = stack[level]
            closer = next((c for c in CLOSERS[mark] if text.startswith(c, i)), None)
            if closer == "”" and mark == "'" and any(m in ("“", "„") for m, _ in stack[:level]):
                closer = None  # the ” belongs to the “ below; the ' was an apostrophe
            if closer and _closes_here(text, i, closer, position):
                # Openers above this level were never closed: stray marks, dropped.
                for _, stray in stack[level + 1 :]:
                    _promote_inner(quotes, stray)
                mark, position = stack[level]
                del stack[level:]
                quotes.append(
                    Quote(position, i + len(closer), position + len(mark), i, len(stack), True)
                )
                position_from = i + len(closer)
                closed = True
                break
            if mark in ("“", "„", ",,", "«") or level < len(stack) - 1:
                break  # only a stray single-quote opener is skipped over
        if closed:
            continue
        if (
            text[i] == '"'
            and stack
            and stack[-1][0] == '"'
            and text[i - 1 : i].isspace()
            and text[i + 1 : i + 2].isspace()
        ):
            # 'geregeerd door " Ze antwoorden': a straight quote between spaces can open
            # nothing; with a straight quote open it is that quote's (sloppy) closer.
            mark, position = stack.pop()
            end = _end_before_space(text, position, i)
            quotes.append(Quote(position, i + 1, position + len(mark), end, len(stack), True))
            position_from = i + 1
            continue
        opener = next((o for o in OPENERS if text.startswith(o, i)), None)
        if opener and _opens_here(text, i, opener):
            if stack and stack[-1][0] == opener == '"' and SENTENCE_END_BEFORE.search(text, 0, i):
                # '"Of ze is blind ... tussen ons. "Ik kan ...': a straight quote that opens
                # after a finished sentence inside an open one means the writer forgot to
                # close the first: close it at that sentence's end.
                _close_unmarked(quotes, stack, text, i)
            if (
                stack
                and stack[-1][0] == opener
                and opener in ("'", "‘", "“", "„")
                and SENTENCE_END_BEFORE.search(text, 0, i)
                and text[i + len(opener) : i + len(opener) + 1].isupper()
            ):
                # "... te pakken. 'Op die manier ...": in Dutch style every paragraph of a
                # long quote reopens it; with the paragraph breaks lost, the reopening mark
                # follows a full stop inside the quote that is still open: that quote's
                # paragraph ended at the full stop.
                _close_unmarked(quotes, stack, text, i)
            stack.append((opener, i))
            position_from = i + len(opener)
            continue
        position_from = i + 1
    # Whatever is open at the end of the text was not a quote we can trust: drop it, and
    # the quotes inside it are top-level after all.
    for _, position in stack:
        _promote_inner(quotes, position)
    quotes.sort(key=lambda quote: (quote.start, -quote.end))
    return [quote for quote in quotes if quote.content_end > quote.content_start]


TITLE_WORD = re.compile(r"\w[\w'’-]*")


@lru_cache(maxsize=8192)  # the same quote is tested by several stages
def is_title(content: str) -> bool:
    """A quoted title ("‘Keeping Up With the Kardashians’"), not speech: mostly capitalised
    words, no sentence punctuation at the end."""
    words = TITLE_WORD.findall(content)
    if len(words) < 2 or len(words) > 10 or re.search(r"[.!?…,]\s*$", content):
        return False
    capitalised = sum(word[0].isupper() for word in words)
    # "De Green New Deal zal de hamburger verbieden": a name, then a clause in lower case; a
    # title has its lower-case words between capitalised ones ("Keeping Up With the ...").
    lower_run = longest = 0
    for word in words:
        lower_run = lower_run + 1 if word[0].islower() else 0
        longest = max(longest, lower_run)
    return capitalised >= 2 and capitalised / len(words) >= 0.5 and longest < 4
