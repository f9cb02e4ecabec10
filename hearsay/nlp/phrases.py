"""Phrase finding without a parser: noun phrases, clauses and verbs from word classes.

Dutch word order does most of the work: the finite verb is second in a main clause
("Page Six schrijft ...", "Eerder vertelde een insider ...") and last in a subordinate one.
These helpers read a spaCy ``Doc`` through the language pack's word classes; every function
takes token indices and returns token indices (``[start, end)``), never characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from hearsay.lang import LanguagePack, noun_type

# Capitalised adjectives of origin, which modify a noun rather than name something.
DEMONYM = re.compile(r"^[A-Z][a-zë]+(?:se|sche|aanse|iaanse|ische)$")
NEUTER_DEMONYM = re.compile(r"^[A-Z][a-zë]+(?:s|sch)$")

# Words that open a relative clause after a comma ("de clausule, die ...").
RELATIVE_OPENERS = frozenset({"die", "dat", "waar", "waarin", "waarop", "waarmee", "waardoor"})
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
}
SUBJECT_PRONOUNS = {"hij", "zij", "ze", "ik", "wij", "we", "jij", "je", "u", "men"}
# Adverbs that are no adverbial before an inverted subject but the subject itself or its
# stand-in ("zegt niemand", "meldt er niemand"), or the negation of the report.
NOT_SKIPPED_BEFORE_SUBJECT = frozenset({"niet", "niets", "niemand", "er", "daar", "hier"})
MAX_PHRASE = 14
# Endings of the adjectives in a title before a name ("provinciaal voorman", "juridisch
# adviseur", "nieuwe minister"); other words there are role nouns from the lexicon.
TITLE_WORD_ENDINGS = ("e", "aal", "ief", "isch", "iek", "eel", "air", "ig", "lijk", "s")
# Word classes of words that cannot be a finite verb.
NOT_VERB_CLASSES = (
    "determiner",
    "preposition",
    "np_preposition",
    "coordinator",
    "subordinator",
    "pronoun",
    "adverb",
)
CLAUSE_TRIGGERS = {";", ":", ",", "maar", "want", "en"}
# Conjunctions and question words that cannot be inside a source phrase ("hoezo" included:
# "(hoezo: '...')" names no speaker).
BOUNDARY_WORDS = frozenset(
    {"dat", "of", "hoe", "hoezo", "waarom", "omdat", "want", "maar", "als", "wie", "wat", "welke"}
)
# Words after which "maar" means "only" ("maar een kwartier", "maar twee keer"), no "but".
ONLY_AMOUNTS = frozenset(
    {"een", "één", "twee", "drie", "vier", "vijf", "tien", "weinig", "enkele", "half", "even"}
)
# Determiners that can stand alone as the head of a phrase ("de twee lieten weten").
# Prepositions of a place that may follow a subject before its verb ("de arts in Nijmegen zegt").
PLACE_PREPOSITIONS = frozenset({"in", "uit", "bij"})
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NUMERAL_HEADS = {"twee", "drie", "vier", "vijf", "beide", "allebei", "sommigen", "velen"}

# Prepositions that continue a phrase headed by a source noun (not any noun: "de minister in
# Den Haag" is rare, "hij zei in een interview" common).
SOURCE_PLACE_PREPOSITIONS = frozenset({"in", "op", "bij", "voor"})


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, computed once: spaCy rebuilds ``doc.sents`` and
    ``token.sent`` on every access, which dominated the analyser's time."""
    cached = doc.user_data.get("hearsay_sentences")
    if cached is None:
        starts = doc.user_data.get("sentence_starts")
        if starts:  # recorded by the sentence stage's single pass over the tokens
            bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True))
        else:
            bounds = [(sentence.start, sentence.end) for sentence in doc.sents]
        cached = []
        index: list[int] = []
        texts = doc.user_data.get("texts") or [token.text for token in doc]
        for number, (start, end) in enumerate(bounds):
            index += [number] * (end - start)
            # A sentence starts at its first word, not at the spaces before it ("schema.  SIA").
            while start < end - 1 and texts[start].isspace():
                start += 1
            cached.append(Span(doc, start, end))  # not doc[start:end]: no slice checks
        doc.user_data["hearsay_sentences"] = cached
        doc.user_data["hearsay_sentence_index"] = index
    return cached


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence that holds token ``i``."""
    user_data = doc.user_data
    index = user_data.get("hearsay_sentence_index")
    if index is None:
        sentences(doc)
        index = user_data["hearsay_sentence_index"]
    return user_data["hearsay_sentences"][index[i]]


def token_index(doc: Doc, char: int) -> int:
    """The index of the token that starts at (or holds) character ``char``: a binary search
    over the offsets recorded by the sentence stage (``Doc.char_span`` scans every token)."""
    starts = doc.user_data.get("token_starts")
    if starts is None:
        starts = [token.idx for token in doc]
        doc.user_data["token_starts"] = starts
    return max(0, bisect_right(starts, char) - 1)


def is_plural_noun(word: str) -> bool:
    """A Dutch plural by its ending ("vrouwen", "sceptici", "Amsterdammers"), without a
    lemmatiser: good enough to tell a group of people from an unknown source."""
    if word.endswith("a's"):
        return len(word) > 5 and word[:-3].isalpha()  # "collega's"
    return len(word) > 4 and word.isalpha() and word.endswith(PLURAL_ENDINGS)


# "vrouwen", "kenners", "Amsterdammers", "sceptici", "chauffeurs" (-eur takes -s).
PLURAL_ENDINGS = ("en", "ers", "ërs", "ici", "ijnen", "eurs")


def is_hyphenated_plural(text: str) -> bool:
    """A lower-case plural after a hyphen ("Fidesz-getrouwen", "PVV-stemmers"): people of a
    kind, not a name, however the word is capitalised."""
    tail = text.rsplit("-", 1)[-1]
    return "-" in text and tail[:1].islower() and is_plural_noun(tail)


def is_capitalised(token: Token) -> bool:
    return is_capitalised_text(token.text)


def is_capitalised_text(text: str) -> bool:
    return bool(text) and (
        text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))
    )


ALNUM = re.compile(r"[^\W_]")


def is_word(token: Token) -> bool:
    """Whether the token holds a letter or digit (a regex: this runs for every token)."""
    return ALNUM.search(token.text) is not None


# Closing marks (and brackets) that a trimmed range keeps when it holds their opening mark.
CLOSING_MARKS = frozenset({")", "’", "”", "'", '"', "''"})
OPENING_MARKS = frozenset({"(", "‘", "“", "'", '"', ",,", "„"})
# The characters quote marks are written with (",," opens a Dutch quote; "," alone is a comma).
QUOTE_MARK_STRING = "\"'“”‘’„«»,`"
QUOTE_MARK_CHARACTERS = frozenset(QUOTE_MARK_STRING)


def is_quote_text(text: str) -> bool:
    # strip() removes every quote-mark character in one C call: nothing is left of a mark.
    return text != "," and not text.strip(QUOTE_MARK_STRING)


def is_quote_mark(token: Token) -> bool:
    return is_quote_text(token.text)


class Phrases:
    """Noun-phrase and clause finding over one document, with one language pack."""

    def __init__(self, doc: Doc, pack: LanguagePack) -> None:
        self.doc = doc
        self.pack = pack
        self._clause_starts: dict[tuple[int, bool], list[int]] = {}
        # Per-token answers of the two tests every phrase rule asks, each computed once.
        self._stops_phrase: dict[int, bool] = {}
        self._looks_capitalised: dict[int, bool] = {}
        # Lower-case forms kept by the sentence stage: token.lower_ is a string-store lookup.
        self.lowers: list[str] = doc.user_data.get("lowers") or [t.lower_ for t in doc]
        self.texts: list[str] = doc.user_data.get("texts") or [t.text for t in doc]
        self.word_classes = pack.word_classes

    # -- word classes -------------------------------------------------------------------
    def is_(self, token: Token, word_class: str) -> bool:
        return self.is_at(token.i, word_class)

    def is_at(self, index: int, *word_classes: str) -> bool:
        """Whether the word at token ``index`` has one of ``word_classes``, read from the
        kept lower-case forms without building a spaCy token."""
        classes = self.word_classes.get(self.lowers[index])
        if classes is None:
            return False
        if len(word_classes) == 1:
            return word_classes[0] in classes
        return not classes.keys().isdisjoint(word_classes)

    def is_verb_like(self, token: Token) -> bool:
        """A finite verb that ends a phrase: frequent verbs and every cue verb form."""
        if token.is_title and not token.is_sent_start:
            return False  # a capitalised word mid-sentence is a name, not a verb
        return self.is_(token, "verb") or token.lower_ in self.pack.cue_verbs

    def is_boundary(self, token: Token) -> bool:
        """A token that cannot be inside a source phrase."""
        return (
            token.text in PUNCT_STOP
            or token.is_space
            or is_quote_mark(token)
            or token.lower_ in BOUNDARY_WORDS
        )

    # -- noun phrases ---------------------------------------------------------------------
    def noun_phrase_at(self, start: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase that begins at token ``start`` (before ``limit``), or None.

        Grammar, without a tagger: pronoun | determiner* (modifier | name)* [van/uit ... NP].
        Covers "hij", "Kim Kardashian", "Rob van Bree", "het Amerikaanse magazine People",
        "een vertegenwoordiger van de familie", "bronnen uit de omgeving van de zangeres",
        and bare plurals ("critici"), which take one word only.
        """
        doc = self.doc
        lowers, texts = self.lowers, self.texts
        if start >= limit or start >= len(doc):
            return None
        first = doc[start]
        if self.is_boundary(first) or not is_word(first):
            return None
        if first.lower_ in SUBJECT_PRONOUNS or first.lower_ in {"hem", "hen"}:
            return (start, start + 1) if self.is_(first, "pronoun") else None
        if first.lower_ in {"haar", "hun"} and not self._modifies_next(start, limit):
            return (start, start + 1)
        if lowers[start] in {"een", "één"} and lowers[start + 1 : start + 2] == ["van"]:
            # "een van de organisatoren", "één van de fractievoorzitters"
            nested = self.noun_phrase_at(start + 2, limit)
            return (start, nested[1]) if nested else None
        quantity = self.quantity_phrase_at(start, limit)
        if quantity is not None:
            return quantity
        if lowers[start] == "zowel":
            # "zowel Harry als Meghan": both phrases, one subject
            left = self.noun_phrase_at(start + 1, limit)
            if left is not None and left[1] < limit and lowers[left[1]] == "als":
                right = self.noun_phrase_at(left[1] + 1, limit)
                if right is not None:
                    return (start, right[1])
            return None
        if (
            lowers[start] in {"die", "dat"}
            and start + 1 < limit
            and self.looks_capitalised_at(start + 1)
            and not first.is_sent_start
        ):
            return None  # "het resultaat, die Hoekstra dacht te hebben": a relative pronoun
        i = start
        has_determiner = False
        while i < limit and self.is_at(i, "determiner") and not self.looks_capitalised_at(i):
            i += 1
            has_determiner = True
        if i < limit and has_determiner is False and self.is_at(i, "determiner"):
            i += 1  # a capitalised determiner opening a sentence: "De bank zegt"
            has_determiner = True
        if (
            i + 1 < limit
            and self._is_number(i)
            and is_plural_noun(texts[i + 1])
            and not self.stops_phrase_at(i + 1)
        ):
            i += 1  # "zeven partijen", "de drie agenten": a number before a plural counts
            has_determiner = True
        words = 0
        while i < limit and words < 6:
            at = i  # the word this pass looks at (i moves on below)
            if (
                lowers[i] == "en"
                and words >= 1
                and i + 2 < limit
                and noun_type(self.pack, lowers[i - 1]) is not None
                and noun_type(self.pack, lowers[i + 1]) is not None
                and self.looks_capitalised_at(i + 2)
            ):
                i += 2  # "schrijver en columnist Tommy Wieringa": two roles before one name
                continue
            if (
                lowers[i].endswith("-")
                and len(lowers[i]) > 2
                and i + 2 < limit
                and lowers[i + 1] in {"en", "of"}
            ):
                i += 2  # "accountants- en adviesbureau BDO": one noun, two compounds
                continue
            if self.stops_phrase_at(at):
                break
            if self.looks_capitalised_at(at):
                run_end = self.name_run(i, limit)
                adjective = (
                    (
                        run_end == i + 1
                        and lowers[at].endswith("e")
                        and run_end < limit
                        and texts[run_end][:1].islower()
                        and not self.stops_phrase_at(run_end)
                        and has_determiner
                    )
                    or (
                        # "een Nederlands onderzoek", "een Belgisch bedrijf": a neuter demonym
                        run_end == i + 1
                        and (
                            (i > start and lowers[i - 1] == "een")
                            # "citeerde Russisch persbureau TASS": no article before a source noun
                            or (
                                i == start
                                and run_end < limit
                                and noun_type(self.pack, lowers[run_end]) is not None
                            )
                        )
                        and NEUTER_DEMONYM.match(texts[at]) is not None
                        and run_end < limit
                        and texts[run_end][:1].islower()
                    )
                )
                if (DEMONYM.match(texts[at]) or adjective) and run_end == i + 1:
                    i = run_end  # "het Amerikaanse magazine", "Duitse media": a modifier
                    words += 1
                    has_determiner = True
                    continue
                if self.is_possessive(run_end - 1) or (
                    # "Jamies advocaat", "Depps talentmanager": a genitive s on the name
                    run_end < limit
                    and texts[run_end - 1].endswith("s")
                    and not texts[run_end - 1].endswith("ss")
                    and texts[run_end][:1].islower()
                    and noun_type(self.pack, lowers[run_end]) is not None
                ):
                    i = run_end  # "Greta's vader": the possessive acts as a determiner
                    if i < limit and texts[i] in {"'s", "’s", "'", "’"}:
                        i += 1
                    has_determiner = True
                    continue
                i = run_end
                words += 1
                break  # a name ends the phrase
            if (
                not has_determiner
                and words >= 1
                and not (words == 1 and lowers[i - 1].endswith("e") and not doc[i - 1].is_stop)
                # "Nieuw onderzoek toont aan": an uninflected adjective before a source noun
                and not (
                    words == 1
                    and noun_type(self.pack, lowers[i - 1]) is None
                    and noun_type(self.pack, lowers[i]) is not None
                    and not doc[i - 1].is_stop
                )
                and not self._title_before_name(i, limit)
            ):
                break  # a bare noun takes one word ("critici vinden"), or two after an
                # inflected adjective ("Toegewijde fans", "Nieuwe documenten")
            i += 1
            words += 1
            if (
                has_determiner
                # an "-e" word is an inflected adjective unless the lexicon knows it as a
                # source noun ("de politie | lid van ...")
                and (not lowers[at].endswith("e") or noun_type(self.pack, lowers[at]))
                and i < limit
                and texts[i][:1].islower()
                and not self.is_at(i, "np_preposition")
                and not (
                    self._title_before_name(i, limit)
                    # "volgens de recherche schiet Hosseini": after a role noun, a word
                    # that is neither a role nor an adjective is a verb, not a title
                    and not (
                        # "de nieuwe resultaten behaalde X": a plural head too
                        (noun_type(self.pack, lowers[at]) or is_plural_noun(lowers[at]))
                        and noun_type(self.pack, lowers[i]) is None
                        and not lowers[i].endswith(TITLE_WORD_ENDINGS)
                    )
                )
                # "de juridisch adviseur": an uninflected adjective before a source noun
                and not (
                    noun_type(self.pack, lowers[at]) is None
                    and noun_type(self.pack, lowers[i]) is not None
                    and not self.stops_phrase_at(i)
                )
            ):
                break  # the noun after its adjectives ends it: "de strandgangers | bedaarden"
        if words == 0:
            if i > start and lowers[i - 1] in NUMERAL_HEADS:
                return (start, i)  # "de twee", "alle drie": the numeral is the head
            return None
        # "van de familie", "uit de omgeving van de zangeres": the phrase goes on.
        if i < limit and (
            self.is_at(i, "np_preposition")
            or (
                # "mensen in de omgeving van Marco", "bronnen bij de politie", "fans op
                # sociale media": after a source noun, a place of the source goes on.
                lowers[i] in SOURCE_PLACE_PREPOSITIONS
                and lowers[i - 1] in self.pack.source_nouns
                and i + 1 < limit
                and not self.looks_capitalised_at(i + 1)
            )
        ):
            nested = self.noun_phrase_at(i + 1, limit)
            place = lowers[i] in SOURCE_PLACE_PREPOSITIONS
            if nested is not None and not (
                place
                and (
                    # "de bron in het magazine": an outlet that relays the source (via)
                    any(
                        self.pack.source_nouns.get(t.lower_) == "outlet"
                        for t in doc[nested[0] : nested[1]]
                    )
                    # "volgens geruchten op springen": one bare word is no place
                    or (nested[1] - nested[0] == 1 and not self.is_(doc[nested[0]], "determiner"))
                )
            ):
                i = nested[1]
        elif (
            i < limit
            and lowers[i] == "met"
            and self.pack.source_nouns.get(lowers[i - 1]) == "anonymous"
        ):
            # "een bron met heel wat kennis over de show"
            for j in range(i + 1, min(limit, i + 6)):
                if lowers[j] == "over":
                    nested = self.noun_phrase_at(j + 1, limit)
                    if nested is not None:
                        i = nested[1]
                    break
        return (start, i)

    def quantity_phrase_at(self, start: int, limit: int) -> tuple[int, int] | None:
        """A share of people as a subject: "Ruim 80 procent (van de ondervraagden)",
        "Negen op de tien respondenten", "ruim de helft", "43 procent van de Nederlanders"."""
        doc = self.doc
        lowers = self.lowers
        i = start
        first = lowers[i]
        # Most phrases open with a determiner or a name: out before any token is built.
        one_in = first in {"een", "één", "eén"} and i + 1 < limit and lowers[i + 1] == "op"
        if not (first[:1].isdigit() or one_in or self.is_at(i, "approximator", "numeral")):
            return None
        if self.is_at(i, "approximator"):
            i += 1
            if i < limit and lowers[i] in {"de", "een"}:
                # "ruim de helft", "bijna een derde": the approximator before a plain phrase
                nested = self.noun_phrase_at(i, limit)
                return (start, nested[1]) if nested is not None else None
        if i >= limit or not (self._is_number(i) or one_in):
            return None
        i += 1
        if i < limit and lowers[i] in {"procent", "%"}:
            i += 1
        elif (
            i + 1 < limit
            and lowers[i] == "op"
            and self._is_number(i + 2 if lowers[i + 1] == "de" and i + 2 < limit else i + 1)
        ):
            i += 3 if lowers[i + 1] == "de" else 2  # "negen op de tien", "één op vijf"
            if (
                i < limit
                and is_word(doc[i])  # "respondenten", "VVD'ers"
                and not (
                    self.stops_phrase(doc[i])
                    or self.is_verb_like(doc[i])
                    or self.is_boundary(doc[i])
                )
            ):
                i += 1  # "negen op de tien respondenten"
        else:
            return None
        if i + 1 < limit and lowers[i] == "van":
            nested = self.noun_phrase_at(i + 1, limit)
            if nested is not None:
                i = nested[1]
        return (start, i)

    def _is_number(self, index: int) -> bool:
        text = self.lowers[index]
        return (text[:1].isdigit() and NUMBER.fullmatch(text) is not None) or self.is_at(
            index, "numeral"
        )

    def _title_before_name(self, i: int, limit: int) -> bool:
        """Lower-case title words before a name ("provinciaal voorman Berend Potjer")."""
        for j in range(i, min(limit, i + 3)):
            token = self.doc[j]
            if self.looks_capitalised(token):
                return True
            if self.stops_phrase(token):
                return False
        return False

    def _modifies_next(self, start: int, limit: int) -> bool:
        """ "haar", "hun" as a possessive determiner ("haar woordvoerder") or as a pronoun."""
        if start + 1 >= limit:
            return False
        nxt = self.doc[start + 1]
        if self.lowers[start + 1] in {"geen", "de", "het", "een", "niet", "nooit"}:
            return False  # "volgens haar geen centrale rol": no possessive before these
        return is_word(nxt) and not self.stops_phrase(nxt)

    def stops_phrase(self, token: Token) -> bool:
        """A word that cannot be inside a noun phrase (outside a name)."""
        return self.stops_phrase_at(token.i)

    def stops_phrase_at(self, index: int) -> bool:
        """``stops_phrase`` by token index: memoised, and no spaCy token built when known."""
        known = self._stops_phrase.get(index)
        if known is None:
            known = self._stops_phrase[index] = self._stops_phrase_uncached(self.doc[index])
        return known

    def _stops_phrase_uncached(self, token: Token) -> bool:
        if self.looks_capitalised(token):
            return False
        return (
            self.is_boundary(token)
            or self.is_(token, "preposition")
            or self.is_(token, "np_preposition")
            or self.is_(token, "adverb")
            or self.is_(token, "coordinator")
            or self.is_(token, "subordinator")
            or self.is_(token, "determiner")
            or (
                self.is_verb_like(token)
                # "De staat verwacht", "het besluit": after an article a verb form is a noun
                and not (
                    token.i > 0
                    and self.lowers[token.i - 1] in {"de", "het", "een"}
                    and token.lower_ not in self.pack.cue_verbs
                )
            )
            or token.lower_ in SUBJECT_PRONOUNS
            # a number stops it; an ordinal is an adjective ("de eerste resultaten")
            or (token.like_num and not (token.is_alpha and token.lower_.endswith(("de", "ste"))))
        )

    def looks_capitalised(self, token: Token) -> bool:
        """Capitalised as a name is: not merely because it opens a sentence."""
        return self.looks_capitalised_at(token.i)

    def looks_capitalised_at(self, index: int) -> bool:
        """``looks_capitalised`` by token index: memoised, and no spaCy token built when known."""
        known = self._looks_capitalised.get(index)
        if known is None:
            known = self._looks_capitalised[index] = self._looks_capitalised_uncached(
                self.doc[index]
            )
        return known

    def _looks_capitalised_uncached(self, token: Token) -> bool:
        if not is_capitalised(token):
            return False
        if not self.opens_sentence(token):
            return True
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if token.lower_ in NAME_PARTICLES:
            j = token.i + 1
            while j < len(self.doc) and self.doc[j].lower_ in NAME_PARTICLES:
                j += 1
            if j < len(self.doc) and j > token.i + 1 or (nxt is not None and is_capitalised(nxt)):
                return j < len(self.doc) and is_capitalised(self.doc[j])  # "Van der Laan zegt"
        if (
            nxt is not None
            and nxt.text[:1].islower()
            and not self.stops_phrase(nxt)
            and (
                token.lower_.endswith("e")
                # "Financieel directeur Clifford Abrahams": an uninflected adjective before
                # a role noun ("Jamies advocaat" has a name's genitive s)
                or (
                    noun_type(self.pack, nxt.lower_) is not None
                    and token.text.isalpha()
                    and (not token.text.endswith("s") or token.text.endswith("isch"))
                )
            )
        ):
            return False  # an adjective opening the sentence: "Nieuwe documenten bevestigen"
        # "Lang hield vol ..." after "Jack Lang": a surname that is also a common word
        return not self._is_common_word(token) or self.is_name_elsewhere(token.text)

    def opens_sentence(self, token: Token) -> bool:
        """First word of a sentence, or of a quote or colon clause inside one."""
        if token.is_sent_start or token.i == 0:
            return True
        previous = self.doc[token.i - 1]
        return is_quote_mark(previous) or previous.text in {":", "(", "-", "–", "—"}

    def is_possessive(self, index: int) -> bool:
        text = self.doc[index].text
        nxt = self.doc[index + 1].text if index + 1 < len(self.doc) else ""
        if text.endswith(("'s", "’s")) or nxt in {"'s", "’s"}:
            return True
        # "Bolsius' woordvoerder": a name ending in a sibilant takes the apostrophe alone,
        # here only before a source noun (an apostrophe may also close a quote).
        return (
            nxt in {"'", "’"}
            and text.endswith(("s", "x", "z"))
            and index + 2 < len(self.doc)
            and noun_type(self.pack, self.lowers[index + 2]) is not None
        )

    def name_run(self, start: int, limit: int) -> int:
        """End of the run of name words from ``start``: capitalised words, with particles
        ("Rob van Bree"), "&" and "en" between names ("Kim en Kanye", "CPB en PBL")."""
        doc = self.doc
        end = start + 1
        while end < limit:
            token = doc[end]
            if (
                is_capitalised(token)
                and not token.is_sent_start
                or (
                    (
                        token.lower_ in NAME_PARTICLES
                        or token.text in {"&", "'s", "’s"}
                        or token.lower_ == "en"
                        # "Luitenant-generaal b.d. Benny Gantz", "directeur a.i. Jan Smit"
                        or token.lower_ in self.pack.abbreviations
                    )
                    and end + 1 < limit
                    and is_capitalised(doc[end + 1])
                )
            ):
                end += 1
            else:
                break
        return end

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
            self.is_at(start, "coordinator")
            or self.is_at(start, "subordinator")
            or self.lowers[start] in {"ook", "zelf", "zo", "nu", "dan", "toen", "al"}
            and start + 1 < verb
            and not self.is_at(start + 1, "adverb")
            and self.noun_phrase_at(start + 1, verb) is not None
            or self.texts[start] in {",", "(", '"', "“", "‘"}
        ):
            start += 1
        if start >= verb:
            return None
        if self.is_at(start, "preposition") or (
            self.is_at(start, "adverb")
            and self.lowers[start] not in {"ook", "zelf"}
            # "Lang hield zijn vijanden voor dat ..." after "Jack Lang": a surname
            and not self.is_name_elsewhere(self.texts[start])
        ):
            return None
        if (
            self.lowers[start] in {"dat", "dit", "het", "die", "er", "daar", "hier", "wat", "wie"}
            and verb - start == 1
        ):
            return None
        if self.lowers[start] in {"die", "dat"} and verb - start == 1:
            return None
        phrase = self.noun_phrase_at(start, verb)
        if (
            phrase is None
            or self.is_(doc[phrase[1] - 1], "time")
            # "(kop) Vorig jaar nog bleek ...": a time phrase, whatever runs into it
            or self.lowers[phrase[1] - 1] in {"vorige", "vorig", "afgelopen"}
        ):
            return None  # "Een paar weken later bevestigt Meis ...": an adverbial
        if start >= 1 and (
            self.lowers[start - 1] == "evenals"
            or (self.lowers[start - 1] == "als" and start >= 2 and self.lowers[start - 2] == "net")
        ):
            return None  # "Net als de Oeso vindt die voorzitter ...": a comparison
        # Between subject and verb may stand adverbs ("Kim zelf zegt"), a parenthesis
        # ("Pierre Moscovici (Begroting) erkende") and auxiliaries before a participle
        # ("De Commissie heeft toegezegd"); anything else means this was not a subject.
        rest = doc[phrase[1] : verb]
        if self.relative_clause_between(phrase[1], verb):
            return phrase  # "Een passerend echtpaar dat in het hotel logeerde, dacht dat ..."
        if len(rest) and self.is_(rest[0], "verb") and not self.is_(doc[verb], "verb"):
            # "Haar familie heeft tegen het persbureau DPA gezegd", "VRT heeft me duidelijk
            # laten weten": an auxiliary right after the subject, the cue at the end.
            return phrase
        if (
            len(rest) >= 2
            and self.is_(rest[0], "preposition")
            and self.noun_phrase_at(phrase[1] + 1, verb) == (phrase[1] + 1, verb)
            and any(self.looks_capitalised(t) for t in doc[phrase[0] : phrase[1]])
        ):
            # "Lijsttrekker Henk Otten voor de Eerste Kamer laat weten": a name, then a
            # phrase saying what for, right before the verb.
            return phrase
        depth = 0
        dashes = 0
        stranded = False  # "er ... voor": a preposition stranded by "er" belongs to the verb
        for token in rest:
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                depth -= 1
            elif token.text in {"-", "–", "—"} and (dashes or token.i == phrase[1]):
                # "De Gezondheidsraad - een adviesorgaan voor het kabinet - laat weten"
                dashes += 1
                depth += 1 if dashes % 2 else -1
            elif (
                depth == 0
                and token.lower_ in PLACE_PREPOSITIONS
                and token.i + 1 < verb
                and self.looks_capitalised(doc[token.i + 1])
                and all(self.looks_capitalised(t) for t in doc[token.i + 1 : verb])
            ) or (
                depth == 0
                and self.looks_capitalised(token)
                and doc[token.i - 1].lower_ in PLACE_PREPOSITIONS
            ):
                continue  # "De arts van het ziekenhuis in Nijmegen vermoedt ..."
            elif not (
                depth > 0
                or self.is_(token, "adverb")
                # "premier Rutte vorige week bekendmaakte": a time phrase before the verb
                or self.is_(token, "time")
                and self.lowers[token.i - 1] in {"vorige", "vorig", "deze", "dit", "afgelopen"}
                or token.lower_ in {"vorige", "vorig", "deze", "dit"}
                and token.i + 1 < verb
                and self.is_(doc[token.i + 1], "time")
                or token.text == ","
                or self.is_(token, "verb")
                or (stranded and self.is_(token, "preposition"))
            ):
                return None
            if token.lower_ in {"er", "daar", "hier"}:
                stranded = True
        return phrase

    def subject_after(self, verb_end: int, limit: int) -> tuple[int, int] | None:
        """The subject after a finite verb in inverted order ("vertelde een insider al dat")."""
        start = verb_end
        doc = self.doc
        lowers = self.lowers
        # "meldde vandaag de politie", "zei gisteravond ook de minister": adverbs of time and
        # manner between the verb and its subject; not words that are the subject or take
        # its place ("zegt niemand", "meldt er").
        adverbials = False
        while start < limit:
            if lowers[start] in {"nu", "nog", "toen", "dan", "ook", "zo", "weer"}:
                start += 1
            elif (
                lowers[start] not in NOT_SKIPPED_BEFORE_SUBJECT
                and not lowers[start].startswith("waar")  # "tweet waarin hij": a relative
                and (self.is_(doc[start], "adverb") or self.is_(doc[start], "time"))
                and start + 1 < limit
                and is_word(doc[start + 1])
            ):
                start += 1
                adverbials = True
            else:
                break
        if start >= limit:
            return None
        phrase = self.noun_phrase_at(start, limit)
        if adverbials and phrase is not None and not self.names_a_source(phrase):
            return None  # "ontdekte afgelopen donderdag de miljoenenblunder": an object
        if (
            phrase is not None
            and phrase[1] - phrase[0] == 1
            and not self.could_be_bare_subject(doc[start])
        ):
            return None  # "zei volmondig 'ja'": an adverb, not a subject
        if phrase is not None and self.is_(doc[phrase[1] - 1], "time"):
            return None  # "schrijft deze week dat": a time adverbial, not a subject
        if phrase is not None and self.lowers[phrase[1] - 1] == "volgende":
            return None  # "zei toen het volgende: ...": the object that announces the quote
        if (
            phrase is not None
            and phrase[1] + 1 < limit
            and lowers[phrase[1]] == "en"
            and lowers[verb_end - 1].endswith("en")
            and self.names_a_source(phrase)
        ):
            # "Dat zeggen de AIVD en de NCTV", "..., zeggen sommige politici en politicologen":
            # a plural verb before two coordinated phrases has them both as its subject.
            second = self.noun_phrase_at(phrase[1] + 1, limit)
            if second is not None:
                phrase = (phrase[0], second[1])
        return phrase

    def is_name_elsewhere(self, word: str) -> bool:
        """Whether the article writes ``word`` capitalised after another word of a name
        ("Jack Lang"), so that it is a name where it opens a sentence too."""
        # Built once per document (several stages ask), in one pass over the kept forms.
        names = self.doc.user_data.get("names_inside")
        if names is None:
            names = set()
            previous = ""
            for text in self.doc.user_data.get("texts") or [t.text for t in self.doc]:
                if (
                    text[:1].isupper()
                    and previous[:1].isupper()
                    and previous.isalpha()
                    # not "In Het Parool", "Volgens Lang": a capitalised function word
                    and previous.lower() not in self.word_classes
                ):
                    names.add(text)
                previous = text
            self.doc.user_data["names_inside"] = names
        return word in names

    def names_a_source(self, phrase: tuple[int, int]) -> bool:
        """Whether a phrase can be a speaker: a pronoun, a name or a source noun at its head.
        Phrases has no entity index, so capitalisation stands in for a name here; the
        attribution finder's ``names_a_speaker`` asks the entities."""
        head = self.doc[phrase[1] - 1]
        return (
            self.looks_capitalised(head)
            or head.lower_ in SUBJECT_PRONOUNS
            or noun_type(self.pack, head.lower_) is not None
        )

    def could_be_bare_subject(self, token: Token) -> bool:
        """A one-word subject after the verb: a pronoun, a name, a source noun ("critici")
        or a plural ("onderzoekers"); not an adverb the lexicon lacks ("volmondig")."""
        lower = token.lower_
        return (
            self.looks_capitalised(token)
            or lower in SUBJECT_PRONOUNS
            or lower in self.pack.source_nouns
            or lower.endswith(("en", "ers", "s", "ici"))
        )

    # -- clauses --------------------------------------------------------------------------
    def clause_bounds(
        self, sentence: Span, index: int, *, comma_verbs: bool = True
    ) -> tuple[int, int]:
        """The clause of the sentence that holds token ``index``.

        Clauses end at ``;``, at ``, maar``/``, want``, and at ``en``/``maar`` + a new subject
        ("... op springen en het koppel zou ..."); good enough to scope ``volgens`` and ``zou``.
        """
        key = (sentence.start, comma_verbs)
        starts = self._clause_starts.get(key)
        if starts is None:
            starts = self._clause_starts[key] = self._find_clause_starts(sentence, comma_verbs)
        clause_start = max(s for s in starts if s <= index)
        later = [s for s in starts if s > index]
        clause_end = later[0] if later else sentence.end
        return clause_start, clause_end

    def _find_clause_starts(self, sentence: Span, comma_verbs: bool) -> list[int]:
        """Where the clauses of a sentence start (computed once per sentence)."""
        doc = self.doc
        lowers = doc.user_data.get("lowers") or [t.lower_ for t in doc]
        starts = [sentence.start]
        for i in range(sentence.start, sentence.end):
            if lowers[i] not in CLAUSE_TRIGGERS:
                continue  # only these words can end a clause: skip building the token
            token = doc[i]
            if (
                token.text == ";"
                or token.text == ":"
                and i + 1 < sentence.end
                and not is_quote_mark(doc[i + 1])
            ):
                starts.append(i + 1)
            elif (
                token.lower_ in {"maar", "want"}
                and i > sentence.start
                # "heeft maar een kwartier geduurd": "only", an adverb before an amount
                and not (
                    token.lower_ == "maar"
                    and doc[i - 1].text != ","
                    and i + 1 < sentence.end
                    and (lowers[i + 1] in ONLY_AMOUNTS or lowers[i + 1][:1].isdigit())
                )
                # "niet alleen A, maar ook B": one clause in two parts
                and not (
                    token.lower_ == "maar"
                    and (
                        self.lowers[i - 2 : i] == ["niet", "alleen"]  # "niet alleen maar"
                        or self._after_niet_alleen(sentence.start, i)
                    )
                )
            ):
                starts.append(i)
            elif (
                comma_verbs
                and token.text == ","
                and i + 1 < sentence.end
                and self.is_(doc[i + 1], "verb")
                and doc[i + 1].text[:1].islower()
                and not self._closes_relative_clause(i, sentence.start)
            ):
                starts.append(i + 1)  # "Nadat ze bekendmaakten dat ..., kwamen er ...": main clause
            elif (
                token.text == ","
                and i + 2 < sentence.end
                and lowers[i + 1] == "al"
                and self.is_verb_like(doc[i + 2])
            ):
                starts.append(i + 1)  # ", al ging het niet van harte": a concession of its own
            elif token.text == "," and self._inverted_clause_at(i + 1, sentence.end):
                starts.append(i + 1)  # "nu X dat ..., trekken we ...": verb, subject: main clause
            elif (
                token.lower_ == "en"
                and i > sentence.start
                and doc[i - 1].text == ","
                and self._subject_and_verb_follow(i + 1, sentence.end)
            ):
                starts.append(i)  # ", en het koppel ...": a new clause, not ", en daarom ..."
            elif token.lower_ == "en" and i + 1 < sentence.end and i > sentence.start:
                after = doc[i + 1]
                if (
                    self._inverted_clause_at(i + 1, sentence.end)
                    or (
                        (
                            (
                                self.is_(after, "determiner")
                                and after.lower_ in {"de", "het", "een", "hun", "zijn", "haar"}
                            )
                            or after.lower_ in SUBJECT_PRONOUNS
                            or after.lower_ in {"volgens", "ook"}
                            or (
                                self.looks_capitalised(after)
                                # "aardgasvrij en CO2-neutraal maken": a compound on a lower-case
                                # word is no name that could start a clause
                                and not after.text.rsplit("-", 1)[-1][:1].islower()
                            )
                        )
                        and not self._inside_noun_list(i)
                        and self._verb_follows(i + 1, sentence.end)
                    )
                ):
                    starts.append(i)
        return sorted(set(starts))

    def _after_niet_alleen(self, start: int, i: int) -> bool:
        """Whether "niet alleen" stands between ``start`` and ``i`` and "ook" follows ``i``."""
        lowers = self.lowers
        return "ook" in lowers[i + 1 : i + 3] and any(
            lowers[k] == "niet" and lowers[k + 1] == "alleen" for k in range(start, i - 1)
        )

    def _closes_relative_clause(self, comma: int, limit: int) -> bool:
        """Whether the comma at ``comma`` closes a relative clause set off by commas ("dat
        de clausule, die veel commotie veroorzaakte, was opgesteld ..."): the verb after it
        goes on with the clause of the relative's antecedent, no main clause begins."""
        for k in range(comma - 1, max(limit, comma - 20) - 1, -1):
            if self.lowers[k] == ",":
                return k + 1 < comma and self.lowers[k + 1] in RELATIVE_OPENERS
        return False

    def _inverted_clause_at(self, i: int, end: int) -> bool:
        """A lower-case word that can be a finite verb, then a subject pronoun: a main
        clause in inverted order ("..., trekken we ...", "... en sloot hij zich aan")."""
        if i + 1 >= end:
            return False
        verb = self.doc[i]
        subject = self.doc[i + 1]
        return (
            (
                self.lowers[i + 1] in SUBJECT_PRONOUNS
                # "... en zei Katja Herbers dat ...": a name as the inverted subject
                or (subject.text[:1].isupper() and self.lowers[i] in self.pack.cue_verbs)
            )
            and verb.text[:1].islower()
            and is_word(verb)
            and not any(self.is_(verb, word_class) for word_class in NOT_VERB_CLASSES)
        )

    def _subject_and_verb_follow(self, start: int, end: int) -> bool:
        """After ", en": adverbs, then a subject and a finite verb (a new main clause)."""
        doc = self.doc
        first = start
        while start < end and self.is_(doc[start], "adverb"):
            start += 1
        if start < end and self.is_verb_like(doc[start]):
            return start + 1 < end and doc[start + 1].lower_ in SUBJECT_PRONOUNS
        if start > first:
            # A main clause inverts after an adverb (", en daarom hebben ze ..."); adverb,
            # object, verb is the verb-final order of the same subordinate clause
            # ("dat ze rijker zijn, en daarom de verantwoordelijkheid hebben ...").
            return False
        return start < end and self._verb_follows(start, end)

    def _verb_follows(self, start: int, end: int) -> bool:
        """A finite verb right after the subject that follows "en" makes it join main
        clauses ("... en het koppel zou ..."), not noun phrases or subordinate clauses
        ("... en de dingen die hij deed ...")."""
        if self.doc[start].lower_ in SUBJECT_PRONOUNS:
            return start + 1 < end and self.is_verb_like(self.doc[start + 1])
        phrase = self.noun_phrase_at(start, end)
        after = phrase[1] if phrase else start + 1
        return after < end and self.is_verb_like(self.doc[after])

    def _inside_noun_list(self, i: int) -> bool:
        """``en`` between two names or nouns ("Kim en Kanye") does not start a clause."""
        doc = self.doc
        return (
            i > 0 and is_capitalised(doc[i - 1]) and i + 1 < len(doc) and is_capitalised(doc[i + 1])
        )

    def relative_clause_between(self, start: int, verb: int) -> bool:
        """Whether tokens ``[start, verb)`` are one relative clause closed by a comma: "dat
        in het hotel logeerde ,", "met wie Het Parool sprak ,". Its verb stands last."""
        lowers = self.lowers
        opener = start + 1 if start < verb and self.is_at(start, "preposition") else start
        if (
            verb - start < 3
            or lowers[opener] not in {"die", "dat", "wie"}
            or lowers[verb - 1] != ","
            or "," in lowers[start : verb - 1]
            or any(not ALNUM.search(self.texts[k]) for k in range(start, verb - 1))
        ):
            return False
        return self.is_verb_like(self.doc[verb - 2]) or lowers[verb - 2].endswith(
            ("de", "te", "den", "ten", "d", "t")
        )

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Drop punctuation, spaces and quote marks at both ends of a token range."""
        texts = self.texts  # read from the kept texts: no spaCy tokens built

        def no_word(k: int) -> bool:
            return ALNUM.search(texts[k]) is None or texts[k].isspace()

        while start < end and no_word(start):
            start += 1
        while end > start and no_word(end - 1):
            # A closing mark whose opening mark is inside stays ("een ,,giftige ideologie''").
            if texts[end - 1] in CLOSING_MARKS and any(
                texts[i] in OPENING_MARKS for i in range(start, end - 1)
            ):
                break
            end -= 1
        return start, end
