"""Phrase finding without a parser: noun phrases, clauses and verbs from word classes.

Dutch word order does most of the work: the finite verb is second in a main clause
("Page Six schrijft ...", "Eerder vertelde een insider ...") and last in a subordinate one.
These helpers read a spaCy ``Doc`` through the language pack's word classes; every function
takes token indices and returns token indices (``[start, end)``), never characters.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from hearsay.lang import LanguagePack

PUNCT_STOP = {",", ".", "!", "?", ";", ":", "(", ")", "—", "–", "-", "\n", "\n\n"}
# Lower-case name particles that may sit inside a person's name: "Rob van Bree".
NAME_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "het",
    "'t",
    "la",
    "le",
    "da",
    "di",
    "von",
    "du",
    "op",
    "in",
}
SUBJECT_PRONOUNS = {"hij", "zij", "ze", "ik", "wij", "we", "jij", "je", "u", "men"}
MAX_PHRASE = 14


def is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and (
        text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))
    )


def is_word(token: Token) -> bool:
    return any(character.isalnum() for character in token.text)


def is_quote_mark(token: Token) -> bool:
    return all(character in "\"'“”‘’„«»,`" for character in token.text) and token.text != ","


class Phrases:
    """Noun-phrase and clause finding over one document, with one language pack."""

    def __init__(self, doc: Doc, pack: LanguagePack) -> None:
        self.doc = doc
        self.pack = pack

    # -- word classes -------------------------------------------------------------------
    def is_(self, token: Token, word_class: str) -> bool:
        return self.pack.is_class(token.lower_, word_class)

    def is_verb_like(self, token: Token) -> bool:
        """A finite verb that ends a phrase: frequent verbs and every cue verb form."""
        if token.is_title and token.i > token.sent.start:
            return False  # a capitalised word mid-sentence is a name, not a verb
        return self.is_(token, "verb") or token.lower_ in self.pack.cue_verbs

    def is_boundary(self, token: Token) -> bool:
        """A token that cannot be inside a source phrase."""
        return (
            token.text in PUNCT_STOP
            or token.is_space
            or is_quote_mark(token)
            or token.lower_ in {"dat", "of", "hoe", "waarom", "omdat", "want", "maar", "als"}
        )

    # -- noun phrases ---------------------------------------------------------------------
    def noun_phrase_at(self, start: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase that begins at token ``start`` (before ``limit``), or None.

        Covers pronouns ("hij"), names ("Kim Kardashian", "Rob van Bree"), definite and
        indefinite phrases ("het Amerikaanse magazine People", "een vertegenwoordiger van
        de familie", "bronnen uit de omgeving van de zangeres") and bare plurals ("critici").
        """
        doc = self.doc
        if start >= limit or start >= len(doc):
            return None
        first = doc[start]
        if self.is_boundary(first) or not is_word(first):
            return None
        if first.lower_ in SUBJECT_PRONOUNS or first.lower_ in {"hem", "haar", "hen", "hun"}:
            if self.is_(first, "pronoun") and not (
                first.lower_ in {"haar", "hun"}
                and start + 1 < limit
                and is_word(doc[start + 1])
                and not self.is_(doc[start + 1], "adverb")
                and not self.is_(doc[start + 1], "preposition")
                and not self.is_verb_like(doc[start + 1])
            ):
                return (start, start + 1)
        end = start
        has_head = False
        previous_capitalised = False
        while end < limit and end - start < MAX_PHRASE:
            token = doc[end]
            lower = token.lower_
            if self.is_boundary(token) and not (lower == "en" and has_head):
                break
            if is_capitalised(token) and not (
                end == token.sent.start and self._is_common_word(token)
            ):
                has_head = True
                previous_capitalised = True
                end += 1
                continue
            if (
                lower in NAME_PARTICLES
                and previous_capitalised
                and end + 1 < limit
                and is_capitalised(doc[end + 1])
            ):
                end += 1  # "Rob van Bree", "Jaap van der Laan"
                continue
            if lower == "en" and has_head and end + 1 < limit and is_capitalised(doc[end + 1]):
                end += 1  # "Kim en Kanye", "CPB en PBL"
                continue
            if lower in {"&", "'s"} and has_head:
                end += 1
                continue
            previous_capitalised = False
            if self.is_(token, "determiner") and not has_head:
                end += 1
                continue
            if self.is_(token, "np_preposition") and has_head:
                nested = self.noun_phrase_at(end + 1, limit)
                if nested is None:
                    break
                end = nested[1]
                continue
            if (
                lower == "met"
                and has_head
                and self.pack.source_nouns.get(doc[end - 1].lower_) == "anonymous"
            ):
                nested = self.noun_phrase_at(end + 1, limit)  # "een bron met kennis over de show"
                if nested is None:
                    break
                end = nested[1]
                if end < limit and doc[end].lower_ == "over":
                    nested = self.noun_phrase_at(end + 1, limit)
                    if nested:
                        end = nested[1]
                continue
            if (
                self.is_(token, "preposition")
                or self.is_(token, "adverb")
                or self.is_(token, "coordinator")
                or self.is_(token, "subordinator")
                or self.is_verb_like(token)
                or (self.is_(token, "pronoun") and token.lower_ in SUBJECT_PRONOUNS)
                or token.like_num
                and has_head
            ):
                break
            if has_head and not self._may_extend(start, end):
                break
            has_head = True
            end += 1
        if not has_head or end == start:
            return None
        return (start, end)

    def _may_extend(self, start: int, end: int) -> bool:
        """After a head, a lower-case word continues the phrase only after a determiner run
        ("het Amerikaanse magazine"), not after a bare plural ("critici vinden")."""
        words = [self.doc[i] for i in range(start, end)]
        if not words:
            return True
        if is_capitalised(words[-1]) and not self.is_(words[0], "determiner"):
            return False
        return self.is_(words[0], "determiner") and len(words) < 5 and not is_capitalised(words[-1])

    def _is_common_word(self, token: Token) -> bool:
        """A sentence-initial capitalised word that is an ordinary word, not a name."""
        lower = token.lower_
        return (
            lower in self.pack.word_classes
            or lower in self.pack.cue_verbs
            or lower in self.pack.source_nouns
            or token.is_stop
            or lower in self.pack.marker_words("according_to")
        )

    def subject_before(self, clause_start: int, verb: int) -> tuple[int, int] | None:
        """The subject in front of a finite verb ("Page Six schrijft"), or None when the
        material before the verb is an adverbial ("Eerder vertelde ...")."""
        start = clause_start
        doc = self.doc
        while start < verb and (
            self.is_(doc[start], "coordinator")
            or self.is_(doc[start], "subordinator")
            or doc[start].lower_ in {"ook", "zelf", "zo", "nu", "dan", "toen", "al"}
            and start + 1 < verb
            and not self.is_(doc[start + 1], "adverb")
            and self.noun_phrase_at(start + 1, verb) is not None
            or doc[start].text in {",", "(", '"', "“", "‘"}
        ):
            start += 1
        if start >= verb:
            return None
        first = doc[start]
        if self.is_(first, "preposition") or (
            self.is_(first, "adverb") and first.lower_ not in {"ook", "zelf"}
        ):
            return None
        if (
            first.lower_ in {"dat", "dit", "het", "die", "er", "daar", "hier", "wat"}
            and verb - start == 1
        ):
            return None
        if first.lower_ in {"die", "dat"} and verb - start == 1:
            return None
        phrase = self.noun_phrase_at(start, verb)
        if phrase is None:
            return None
        # Trailing adverbs between subject and verb ("De bank zegt", "Kim zelf zegt") are fine;
        # anything else left over means this was not a subject.
        rest = [doc[i] for i in range(phrase[1], verb)]
        if any(not (self.is_(token, "adverb") or token.text == ",") for token in rest):
            return None
        return phrase

    def subject_after(self, verb_end: int, limit: int) -> tuple[int, int] | None:
        """The subject after a finite verb in inverted order ("vertelde een insider al dat")."""
        start = verb_end
        doc = self.doc
        while start < limit and doc[start].lower_ in {"nu", "nog", "toen", "dan", "ook", "zo"}:
            start += 1
        if start >= limit:
            return None
        return self.noun_phrase_at(start, limit)

    # -- clauses --------------------------------------------------------------------------
    def clause_bounds(self, sentence: Span, index: int) -> tuple[int, int]:
        """The clause of the sentence that holds token ``index``.

        Clauses end at ``;``, at ``, maar``/``, want``, and at ``en``/``maar`` + a new subject
        ("... op springen en het koppel zou ..."); good enough to scope ``volgens`` and ``zou``.
        """
        doc = self.doc
        starts = [sentence.start]
        for token in sentence:
            i = token.i
            if (
                token.text == ";"
                or token.text == ":"
                and i + 1 < sentence.end
                and not is_quote_mark(doc[i + 1])
            ):
                starts.append(i + 1)
            elif token.lower_ in {"maar", "want"} and i > sentence.start:
                starts.append(i)
            elif token.lower_ == "en" and i + 1 < sentence.end and i > sentence.start:
                after = doc[i + 1]
                if (
                    (
                        self.is_(after, "determiner")
                        and after.lower_ in {"de", "het", "een", "hun", "zijn", "haar"}
                    )
                    or after.lower_ in SUBJECT_PRONOUNS
                    or after.lower_ in {"volgens", "ook"}
                ) and not self._inside_noun_list(i):
                    starts.append(i)
        starts = sorted(set(starts))
        clause_start = max(s for s in starts if s <= index)
        later = [s for s in starts if s > index]
        clause_end = later[0] if later else sentence.end
        return clause_start, clause_end

    def _inside_noun_list(self, i: int) -> bool:
        """``en`` between two names or nouns ("Kim en Kanye") does not start a clause."""
        doc = self.doc
        return (
            i > 0 and is_capitalised(doc[i - 1]) and i + 1 < len(doc) and is_capitalised(doc[i + 1])
        )

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Drop punctuation, spaces and quote marks at both ends of a token range."""
        doc = self.doc
        while start < end and (not is_word(doc[start]) or doc[start].is_space):
            start += 1
        while end > start and (not is_word(doc[end - 1]) or doc[end - 1].is_space):
            if doc[end - 1].text in {")", "’", "”", "'", '"'} and any(
                doc[i].text in {"(", "‘", "“", "'", '"'} for i in range(start, end - 1)
            ):
                break
            end -= 1
        return start, end
