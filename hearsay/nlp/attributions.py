"""Attributions: who says what, found by rules over tokens, quotes and the lexicons.

Finders, one per construction, each returning candidates; then overlaps are settled and
sources resolved in reading order (so a quote that continues a speaker inherits them):

- direct quotes: ``“...”, zegt X``, ``X zegt: “...”``, ``“...”, aldus X``, ``klinkt het``,
  continuation quotes with no tag, and pull quotes (``Quote <text> <Source>``)
- indirect reports: ``X zegt/vindt/ontkent ... dat ...`` (mixed when the clause quotes)
- sentence-final tags on unquoted content: ``..., redeneert de bank.``
- ``volgens X``, ``naar verluidt``, ``naar eigen zeggen``
- reportative ``zou/zouden`` in a clause with no source of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from hearsay.lang import CueVerb, LanguagePack
from hearsay.model import Attribution, Entity, TextSpan
from hearsay.nlp.entities import EntityIndex, token_texts
from hearsay.nlp.intervals import CoveredRanges
from hearsay.nlp.phrases import (
    ALNUM,
    SUBJECT_PRONOUNS,
    Phrases,
    is_capitalised,
    is_quote_mark,
    is_quote_text,
    is_word,
    sentence_at,
    sentences,
)
from hearsay.nlp.quotes import Quote, is_title
from hearsay.nlp.sources import ResolvedSource, SourceResolver

TERMINAL = re.compile(r"[.!?…]['\"”’]*\s*$")
KLINKT_HET = {"klinkt", "klonk", "luidt", "luidde", "echoot", "echode", "heet"}
# Auxiliaries of a passive between a relative adverb and its verb ("waarin wordt gesteld").
PASSIVE_AUXILIARIES = frozenset({"wordt", "werd", "worden", "werden", "is"})
# Infinitives after "zou" that make a perfect ("zou hebben gezegd", "zou zijn vertrokken").
ZOU_PERFECT_INFINITIVES = frozenset({"hebben", "zijn", "geweest", "gehad"})
QUESTION_WORDS = {"hoe", "hoezeer", "waarom", "wat", "wie", "welke", "waar", "wanneer"}
# Cue verbs whose content may be an embedded question ("legt uit waarom", "beschrijft hoe").
QUESTION_CUES = frozenset({"vertellen", "uitleggen", "weten", "beschrijven", "onthullen"})
# Modals before an infinitive cue make it no report ("moeten benadrukken"); "zou zeggen"
# is hearsay and stays.
MODALS = {
    "moet",
    "moeten",
    "moest",
    "moesten",
    "kan",
    "kunnen",
    "kon",
    "konden",
    "zal",
    "zullen",
    "mag",
    "mogen",
    "wil",
    "willen",
    "wilde",
    "wilden",
    "hoeft",
    "hoeven",
}
WILL = {"wil", "wilde", "willen", "wilden"}
# "hoor van X dat": hearing from someone makes them the source (not a cue verb: "ik hoor
# dat" alone is the speaker's own perception).
WEET_FORMS = frozenset({"weet", "wist", "wisten"})
HEAR_FORMS = frozenset(
    {
        "hoor",
        "hoort",
        "horen",
        "hoorde",
        "hoorden",
        "gehoord",
        "vernam",
        "vernamen",
        "vernomen",
        # "heeft van intimi begrepen dat ...": understood from
        "begreep",
        "begrepen",
    }
)
MARKER_GAP = "…"  # in a marker: up to this many words may stand between its parts
MARKER_GAP_WORDS = 5


TRIGGER_NAMES = ("weet", "hear", "rumour", "believe_if")


# Subordinators of a clause saying when a tag's words were said ("zei hij toen ...").
TAG_WHEN = frozenset({"toen", "nadat", "terwijl", "voordat", "zodra"})
# Subordinators of a clause whose verdict verb comes last and is reported ("omdat hij het
# te slap vond"); not "als"/"wanneer" (a condition) nor "dat" (the clause of a report).
VERB_LAST_VERDICT_OPENERS = frozenset(
    {"omdat", "doordat", "toen", "hoewel", "terwijl", "aangezien", "nadat", "zodat"}
)
# One-word subjects that name no source of a finding ("Het blijkt dat", "Dat toont aan dat").
IMPERSONAL_SUBJECTS = frozenset({"het", "dat", "dit", "er"})
# Subjects that show "als" after "zou" opens a condition ("zou mooi zijn als hij ..."), not a
# role ("zou als jurylid ...").
CONDITION_SUBJECTS = frozenset(
    {"hij", "zij", "ze", "het", "er", "je", "we", "wij", "men", "ik", "u", "dit", "dat", "alleen"}
)
# "Volgens X niet." / "Volgens X wel.": an elliptic answer, and the stance it takes.
ELLIPTIC_ANSWERS = {"niet": "deny", "wel": "confirm"}
# Subordinators of a condition: a cue in their clause reports nothing ("Als X vindt dat").
CONDITION_OPENERS = frozenset({"indien", "mocht", "mochten", "tenzij"})
# Auxiliaries of the perfect that open a final tag ("..., heeft de minister gezegd").
PERFECT_AUXILIARIES = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})
# Finite auxiliaries that put the cue verb last ("moesten ... bekennen", "heeft ... gezegd").
AUXILIARIES = PERFECT_AUXILIARIES | {"moest", "moesten", "wilde", "kon", "konden"}
# Subordinators after which "die" is a demonstrative subject ("toen die had geopperd dat"),
# not a relative pronoun.
DEMONSTRATIVE_SUBORDINATORS = frozenset({"toen", "omdat", "nadat", "terwijl", "zodat", "hoewel"})


@cache
def trigger_table(pack: LanguagePack) -> dict[str, tuple[str, ...]]:
    """Word -> the rare finders it triggers (names as used with ``positions_in``)."""
    sets = {
        "weet": WEET_FORMS,
        "hear": HEAR_FORMS,
        "rumour": rumour_nouns(pack),
        "believe_if": frozenset(marker[0] for marker in pack.markers.get("believe_if", [])),
    }
    table: dict[str, tuple[str, ...]] = {}
    for name in TRIGGER_NAMES:
        for word in sets[name]:
            table[word] = (*table.get(word, ()), name)
    return table


@cache
def scan_words(pack: LanguagePack) -> dict[str, frozenset[str]]:
    """The words each scanning finder looks for, by finder (``positions_of``)."""
    rumours = pack.markers.get("rumour", [])
    phrases = [marker for marker in pack.markers.get("according_to", []) if len(marker) > 1]
    return {
        "cue": frozenset(pack.cue_verbs),
        "aldus": frozenset({"aldus"}),
        "zoals": frozenset({"zoals"}),
        # Only these words can open a volgens-like marker: every other token is passed over.
        "according_to": frozenset(marker[0] for marker in rumours)
        | frozenset(marker[0] for marker in phrases)
        | {"volgens", "naar", "wat"},
        "reportative": pack.marker_words("reportative"),
        "condition": CONDITION_OPENERS,
    }


@cache
def scan_table(pack: LanguagePack) -> dict[str, tuple[str, ...]]:
    """Word -> the scanning finders that look for it (``scan_words`` inverted)."""
    table: dict[str, tuple[str, ...]] = {}
    for name, words in scan_words(pack).items():
        for word in words:
            table[word] = (*table.get(word, ()), name)
    return table


@cache
def scanned_words(pack: LanguagePack) -> frozenset[str]:
    """Every word a scanning finder or a rare finder's trigger looks for."""
    return frozenset().union(*scan_words(pack).values(), trigger_table(pack))


# Prepositions after which "dat" is a determiner ("over dat gebouw"), never "that"; not the
# particles of separable cue verbs ("geeft aan dat", "schat in dat", "wijst er op dat").
DETERMINER_DAT_AFTER = frozenset({"over", "met", "van", "bij", "naar"})
# Verbs that report through one finder only: a call to act ("roept X op om te ...") with the
# te-clause that says what is asked, blame ("wijt X aan 'fraude'") with the source's quoted
# words.
ONE_FINDER_VERBS = {"oproepen": "infinitive_report", "wijten": "quoted_report"}


@cache
def particle_forms(pack: LanguagePack) -> dict[str, frozenset[str]]:
    """Cue forms all of whose verbs need a particle ("is ... van mening", "ziet ... in"),
    with the particles: a quick test before the full check on frequent forms."""
    return {
        form: frozenset(word for verb in verbs for word in verb.requires)
        for form, verbs in pack.cue_verbs.items()
        if all(verb.requires for verb in verbs)
    }


def rumour_nouns(pack: LanguagePack) -> frozenset[str]:
    return frozenset(noun for noun, kind in pack.source_nouns.items() if kind == "rumour")


# Particles of separable verbs, before the "ge" of their participle ("toe-ge-laten").
SEPARABLE_PREFIXES = ("toe", "na", "op", "af", "aan", "uit", "in", "mee", "over", "door", "om")
SEPARABLE_PARTICIPLE_STARTS = tuple(prefix + "ge" for prefix in SEPARABLE_PREFIXES)
EXISTENTIAL_VERBS = frozenset(
    {"is", "zijn", "was", "waren", "worden", "werden", "zit", "zitten", "zat", "zaten"}
)


def existential_denial(words: list[str]) -> bool:
    """ "Er is geen zwarte lijst", "er zaten geen bijbedoelingen achter": a clause that
    opens by saying something does not exist denies the claim that it does."""
    if "gebrek" in words[:6]:
        return False  # "Er is geen gebrek aan ...": there is plenty
    return (
        len(words) >= 3
        and words[0] == "er"
        and words[1] in EXISTENTIAL_VERBS
        and "geen" in words[2:4]
    ) or (
        # subordinate order: "dat er geen bijbedoelingen zaten achter de ingreep"
        len(words) >= 4
        and words[0] == "er"
        and words[1] == "geen"
        and any(word in EXISTENTIAL_VERBS for word in words[3:8])
    )


@cache
def marker_pattern(pack: LanguagePack, kind: str) -> re.Pattern[str]:
    """One regex for the markers of ``kind``, matched on lower-case text padded and split by
    single spaces; "niet … herkent" allows a few words between "niet" and "herkent"."""
    alternatives = []
    for phrase in pack.markers.get(kind, []):
        parts = " ".join(phrase).split(MARKER_GAP)
        gap = rf" (?:\S+ ){{0,{MARKER_GAP_WORDS}}}"
        alternatives.append(gap.join(re.escape(part.strip()) for part in parts))
    if not alternatives:
        return re.compile(r"(?!x)x")
    return re.compile(r" (?:" + "|".join(alternatives) + r") ")


@cache
def marker_first_words(pack: LanguagePack, kind: str) -> frozenset[str]:
    """The words the markers of ``kind`` begin with: a text without any of them holds none
    of the markers (``marker_pattern`` matches whole words between single spaces)."""
    return frozenset(
        " ".join(phrase).split(MARKER_GAP)[0].split()[0] for phrase in pack.markers.get(kind, [])
    )


# Infinitives of "zegt ... te zijn/hebben": a report whose content is the infinitive clause.
TE_INFINITIVES = {"zijn", "hebben", "worden", "willen", "kunnen", "gaan", "komen"}
PRIORITY = {"direct": 0, "mixed": 1, "indirect": 1, "according_to": 2, "reportative": 3}

# Where a second "dat" clause joins the first under one cue: "dat A, maar dat B".
# Punctuation and quote marks, blanked out before the marker phrases are looked up.
PUNCTUATION = re.compile(r"[.,;:!?'\"“”‘’]")
# Verbs before "te" + a cue that still make a report ("schijnt te denken dat ...").
RAISING_VERBS = frozenset(
    {"schijnt", "schijnen", "scheen", "schenen", "lijkt", "lijken", "leek", "leken"}
)
# Verbs right after "dat"/"dit" that make it a demonstrative subject, not "that": "en dat zou
# de theorie onderuit halen" is a main clause, no further reported clause.
# Forms of "staan" that say what a text holds ("In de brief staat dat ...").
STAND = frozenset({"staat", "stond", "stonden", "staan"})
# The most words of a bare denial ("Niks van waar", "Er is helemaal niets van waar") that
# the quote after it goes on.
BARE_DENIAL_WORDS = 6
# Words that open a clause inside a claim ("het feit dat ...", "problemen die ...", "als ..."):
# a negated deed after one is not what the source denies.
SUBORDINATORS = frozenset({"dat", "die", "wat", "als", "omdat", "waardoor", "waarmee"})
DEMONSTRATIVE_VERBS = frozenset({"zou", "zal", "is", "was", "kan", "moet"})
MAIN_CLAUSE_PRONOUNS = frozenset({"hij", "zij", "ze", "ik", "we", "wij"})
# Pronominal adverbs that stand for the sentence before as what a warning or plea is for.
WARNED_FOR = frozenset({"daarvoor", "hiervoor"})
# The words negated_deed needs: a content without any of them can only deny by a phrase.
NEGATOR = re.compile(r"\b(?:niet|nooit|niemand|niets|geen)\b")
# A full stop after a single capital is an initial ("Ali B."), not a sentence end.
SENTENCE_END = re.compile(r"(?<![\s(][A-Za-z]\.)(?<=[.!?])\s+")
# Where a content's clauses start for the stance: a coordinated "dat" ("dat A, maar dat B")
# and a colon ("Voor iedereen die er druk mee is: nee, we zijn beslist niet ...").
COORDINATED_DAT = re.compile(r",?\s+(?:en|maar|of)\s+(?:ook\s+)?dat\s+|:\s+")


@dataclass
class Candidate:
    """An attribution before its source is resolved (token ranges for the source)."""

    content: tuple[int, int]  # characters
    kind: str
    cue: tuple[int, int] | None = None  # characters
    source: tuple[int, int] | None = None  # tokens
    stance: str = "assert"
    source_type: str | None = None  # set when the construction decides it (rumour, document)
    inherit: str | None = None  # "previous" or "next": take the source of a neighbour
    via: str | None = None
    # "zegt dat A, maar dat B": the token ranges of B (and more), reports of their own
    coordinated: list[tuple[int, int]] = field(default_factory=list)


# Prepositions that open a verb's adjunct, not a report: "reageert op het voornemen".
ADJUNCT_PREPOSITIONS = frozenset(
    {"op", "over", "in", "zonder", "door", "met", "voor", "naar", "bij", "aan", "tot", "onder"}
)
# Adverbs of time or focus between a cue and its infinitive report: not the report's words.
LEADING_ADVERBS = frozenset({"eerder", "al", "nog", "toen", "nu", "gisteren", "vandaag"})
# Subordinators of a reason, whose clause may hold hearsay: "omdat hij zou hebben gelekt".
CAUSAL_SUBORDINATORS = frozenset({"omdat", "doordat", "aangezien", "want"})
DASHES = frozenset({"-", "–", "—"})
# Verbs that report a verdict as object + predicate ("noemt het onacceptabel"); "als" marks
# the verbs whose predicate follows "als" ("ziet het besluit als een aanval").
VERDICT_VERBS = {
    "noemen": "-",
    "vinden": "-",
    "achten": "-",
    "beschouwen": "als",
    "zien_als": "als",
    "omschrijven": "als",
    "bestempelen": "als",
    "typeren": "als",
}
# Words that open a verdict's predicate: "een drama", "geen reden", "te licht", "niet nodig".
VERDICT_PREDICATE_OPENERS = frozenset(
    {"een", "geen", "te", "niet", "heel", "erg", "zeer", "best", "nogal", "zo", "veel", "minder"}
)
OBJECT_PRONOUNS = frozenset({"het", "dit", "dat", "hem", "haar", "ze", "hen", "hun", "die"})
# Pronouns of the writer or the person interviewed: their verdicts are their own words.
# Verbs that name something, after a quoted name for it: "de 'heksenjacht', zoals X het noemt".
NAMING_VERBS = frozenset({"noemen", "omschrijven", "betitelen", "zeggen"})
# Pronouns that can only be (or nearly always are) the subject when they follow a verb.
INVERTED_PRONOUN_SUBJECTS = MAIN_CLAUSE_PRONOUNS | {"jij"}
SPEAKER_PRONOUNS = frozenset({"ik", "we", "wij", "je", "jij", "u", "men"})


class AttributionFinder:
    """Find the attributions of one document."""

    def __init__(
        self, doc: Doc, pack: LanguagePack, quotes: list[Quote], entities: EntityIndex
    ) -> None:
        self.doc = doc
        self.pack = pack
        self.text = doc.user_data.get("text") or doc.text
        self.quotes = [quote for quote in quotes if quote.depth == 0]
        self.inner_quotes = [quote for quote in quotes if quote.depth == 1]
        self.phrases = Phrases(doc, pack)
        self.resolver = SourceResolver(doc, pack, entities)
        self.entities = entities
        self.quoted_chars = [(quote.start, quote.end) for quote in self.quotes]
        self._quotes_by_start: list[Quote] | None = None
        self._condition_words: list[int] | None = None  # positions of "indien", "mocht", ...
        self._quote_starts: list[int] = []
        # Per-token lookups computed once: is it inside a quote, where does it start.
        self.token_starts = doc.user_data.get("token_starts") or [token.idx for token in doc]
        self.lowers = doc.user_data.get("lowers") or [token.lower_ for token in doc]
        self.texts = token_texts(doc)
        self._scanned: list[int] | None = None
        self._buckets: dict[str, dict[int, list[int]]] | None = None
        self._stances: dict[tuple[int, int], str] = {}
        self.quoted_tokens = [False] * len(doc)
        for start, end in self.quoted_chars:
            for i in range(
                bisect_left(self.token_starts, start), bisect_left(self.token_starts, end)
            ):
                self.quoted_tokens[i] = True

        self._positions: dict[str, list[int]] = {}

    # -- helpers -------------------------------------------------------------------------
    def positions_in(self, sentence: Span, name: str) -> list[int]:
        """The tokens of ``sentence`` holding a trigger word of the rare finder ``name``
        (found for the whole document in one pass by ``triggered_sentences``)."""
        found = self._positions.get(name, [])
        return found[bisect_left(found, sentence.start) : bisect_left(found, sentence.end)]

    def scanned(self) -> list[int]:
        """The tokens holding a word some finder looks for (``scanned_words``), found in one
        pass over the document: the finders then visit only these, not every token."""
        if self._scanned is None:
            words = scanned_words(self.pack)
            self._scanned = [i for i, word in enumerate(self.lowers) if word in words]
        return self._scanned

    def positions_of(self, finder: str, sentence: Span) -> list[int]:
        """The tokens of ``sentence`` holding a word of ``scan_words(pack)[finder]``."""
        if self._buckets is None:
            self._buckets = self._bucket_scanned()
        return self._buckets[finder].get(sentence.start, [])

    def _bucket_scanned(self) -> dict[str, dict[int, list[int]]]:
        """finder -> sentence start -> the scanned tokens of that sentence it looks at."""
        finders_of = scan_table(self.pack)
        buckets: dict[str, dict[int, list[int]]] = {name: {} for name in scan_words(self.pack)}
        lowers = self.lowers
        all_sentences = sentences(self.doc)  # also records each token's sentence number
        sentence_starts = [sentence.start for sentence in all_sentences]
        sentence_number = self.doc.user_data["hearsay_sentence_index"]
        for i in self.scanned():
            names = finders_of.get(lowers[i])
            if names:
                start = sentence_starts[sentence_number[i]]
                for name in names:
                    buckets[name].setdefault(start, []).append(i)
        return buckets

    def word_lowers(self, start: int, end: int) -> list[str]:
        """The lower-case forms of the tokens in ``[start, end)`` that hold a letter or
        digit (``is_word``), read from the kept forms."""
        texts, lowers = self.texts, self.lowers
        return [lowers[k] for k in range(start, end) if ALNUM.search(texts[k])]

    def in_quote(self, token: Token) -> bool:
        return self.quoted_tokens[token.i]

    def token_at(self, char: int) -> int:
        """Index of the token that holds (or first follows) character ``char``."""
        index = bisect_right(self.token_starts, char) - 1
        if index >= 0 and char < self.token_starts[index] + len(self.texts[index]):
            return index
        return index + 1

    def chars(self, start: int, end: int) -> tuple[int, int]:
        start, end = self.phrases.trim(start, end)
        if start >= end:
            return (0, 0)
        return self.cue_chars(start, end)

    def cue_verb(self, token: Token, limit: int, *, tags: bool = False):
        """The cue verb entry for ``token`` whose particle requirement is met, and the index
        of the cue's last token ("wist te vertellen" ends at "vertellen"). Verbs of the class
        "tag" ("besluit") count only with ``tags``: in a quote tag, never before a clause."""
        if is_capitalised(token) and not token.is_sent_start:
            return None
        verbs = self.pack.cue_verbs.get(token.lower_) or (
            self.pack.tag_verbs.get(token.lower_) if tags else None
        )
        if not verbs:
            return None
        window = range(token.i + 1, min(limit, token.i + 12))
        # Of several separable verbs on one form ("gaf ... toe aan People": toegeven, not
        # aangeven), the one whose particle comes first wins.
        best = None
        for verb in verbs:
            if verb.blocked and self.particle_in_clause(window, verb.blocked):
                continue  # "roept herinneringen op": another verb
            if not verb.requires:
                return verb, token.i
            found = self.particle_of(token, verb, window)
            if found is not None and (best is None or found[0] < best[0]):
                best = (found[0], verb, found[1])
        return (best[1], best[2]) if best else None

    def particle_of(self, token: Token, verb, window: range) -> tuple[int, int] | None:
        """(distance, cue end) of the particle ``verb`` requires, before or after the verb."""
        for i in range(token.i - 1, max(-1, token.i - 4), -1):
            # Verb-final order: "... bekend maakte dat", "... aan gaf", "had er
            # rekening mee gehouden dat": the particle a few words before the verb.
            if self.lowers[i] in verb.requires:
                return token.i - i, token.i
            if not is_word(self.doc[i]) or self.lowers[i] in {"dat", "en", "maar"}:
                break
        for i in window:
            if self.lowers[i] in verb.requires:
                return i - token.i, i
            if (
                i == token.i + 1
                and self.lowers[i] in {"dat", "dit"}
                and i + 1 in window
                and self.lowers[i + 1] in verb.requires
            ):
                return 2, i + 1  # "laat dat weten": "dat" is the object, not a clause
            if self.lowers[i] in {"dat", ":"} and verb.lemma != "weten":
                break
            if self.lowers[i] == "maar" and self.lowers[i - 1] == ",":
                break  # "... is in de maatschappij, maar blijft van mening": another verb's
        return None

    def particle_in_clause(self, window: range, particles: tuple[str, ...]) -> bool:
        for i in window:
            if self.lowers[i] in {"dat", ":", "."}:
                return False
            if self.lowers[i] in particles:
                return True
        return False

    def sentence_of(self, token_index: int) -> Span:
        return sentence_at(self.doc, token_index)

    # -- finders -------------------------------------------------------------------------
    def find(self) -> list[Candidate]:
        candidates: list[Candidate] = []
        candidates += self.pull_quotes()
        candidates += self.direct_quotes(candidates)
        candidates += self.inner_speech()
        candidates += self.reports()
        candidates += self.according_to()
        candidates += self.written_in()
        candidates = self.settle(candidates)
        candidates += self.reportatives(candidates)
        candidates += self.quoted_fragments(candidates)
        candidates = [c for c in candidates if not self.opens_with_adjunct(c)]
        teasers = self.teaser_sentences()
        if teasers:
            candidates = [
                c
                for c in candidates
                if sentence_at(self.doc, self.token_at(c.content[0])).start not in teasers
            ]
        return self.settle(candidates)

    def written_in(self) -> list[Candidate]:
        """``In de brief staat (inderdaad) dat ...`` / ``Op de borden stond dat ...``: what
        a text says, its place as the source (a document)."""
        found = []
        lowers = self.lowers
        for sentence in sentences(self.doc):
            start = self.skip_conjunctions(sentence.start, sentence.end)
            if (
                start >= sentence.end - 3  # only conjunctions or spaces: no such sentence
                or lowers[start] not in {"in", "op"}
                or self.quoted_tokens[start]
            ):
                continue
            verb = next(
                (k for k in range(start + 2, min(sentence.end, start + 12)) if lowers[k] in STAND),
                None,
            )
            if verb is None:
                continue
            phrase = self.phrases.noun_phrase_at(start + 1, verb)
            if phrase is None or (
                phrase[1] != verb and not self.phrases.is_at(phrase[1], "np_preposition")
            ):
                continue  # "In de brief van het schoolbestuur staat ...": with its "van"
            phrase = (phrase[0], verb)
            that = verb + 1
            while that < sentence.end - 1 and (
                lowers[that] in {"vermeld", "geschreven"}
                or self.phrases.is_at(that, "adverb", "time")
            ):
                that += 1  # "staat inderdaad dat", "staat wel vermeld dat"
            if lowers[that] != "dat" or that + 2 >= sentence.end:
                continue
            _, clause_end = self.phrases.clause_bounds(sentence, that + 1)
            content = self.chars(that + 1, clause_end)
            if content[1] - content[0] < 8:
                continue
            found.append(
                Candidate(
                    content=content,
                    kind="indirect",
                    cue=self.cue_chars(verb, that),
                    source=phrase,
                    source_type="document",
                )
            )
        return found

    def opens_with_adjunct(self, candidate: Candidate) -> bool:
        """An indirect report whose content opens with a preposition right after the cue or
        its subject ("reageert op het voornemen", "zegt de zangeres zonder een reden te
        noemen", "sprak over een open brief") reports no words: the phrase is the verb's
        adjunct. After "dat", a colon or a quote a clause may open with one."""
        if candidate.kind not in {"indirect", "mixed"}:
            return False
        first = self.token_at(candidate.content[0])
        opening = first
        while opening < len(self.lowers) - 1 and self.phrases.is_at(opening, "time", "adverb"):
            opening += 1  # "reageerde donderdag door aangifte te doen"
        if first == 0 or self.lowers[opening] not in ADJUNCT_PREPOSITIONS:
            return False
        before = self.doc[first - 1]
        first = opening
        if first + 1 < len(self.doc) and self.lowers[first + 1] in {"om", "dat", "te"}:
            return False  # "stelt voor om ...": the cue's particle, then the report
        if not before.is_alpha or before.lower_ in {"dat", "of", "en", "maar", "want"}:
            # a sentence or clause that opens with a phrase: "In detentie zou ...", "En met
            # deze kennis kunnen ..."
            return False
        last = self.token_at(candidate.content[1] - 1)
        # "laten weten onder de indruk te zijn": a te-infinitive report may open with one
        words = self.lowers[first : last + 1]
        if (
            words[0] in {"door", "zonder"}
            and "te" in words[:-1]
            and words[words.index("te") + 1] not in {"zijn", "worden", "hebben"}
        ):
            # "reageerde door aangifte te doen": how, not what; but "zegt door de medewerkers
            # aangevallen te zijn" reports a passive
            return True
        infinitive = "te" in words and "om" not in words[: words.index("te")]
        return not infinitive

    def teaser_sentences(self) -> set[int]:
        """The starts of the sentences that link to another article ("Lees ook: ..."): a
        headline from elsewhere, whose quotes and reports are not this article's."""
        starts = set()
        sequences = self.pack.markers.get("teaser", [])
        first_words = {sequence[0] for sequence in sequences}
        for sentence in sentences(self.doc):
            i = sentence.start
            if self.lowers[i] in first_words and any(
                tuple(self.lowers[i : i + len(sequence)]) == sequence for sequence in sequences
            ):
                starts.add(i)
        return starts

    def quoted_fragments(self, existing: list[Candidate]) -> list[Candidate]:
        """``Baudet koppelde 'het beleid van open grenzen' aan de aanslag``: a quoted phrase
        of several words inside a sentence whose subject is a named person is that person's
        wording (kind mixed), even when the verb is no speech verb."""
        found = []
        covered = CoveredRanges(c.content for c in existing)
        for quote in self.quotes:
            words = self.text[quote.content_start : quote.content_end].split()
            if len(words) < 3 or is_title(self.text[quote.content_start : quote.content_end]):
                continue
            if covered.covers(quote.content_start):
                continue
            first = self.token_at(quote.start)
            sentence = sentence_at(self.doc, first)
            if first <= sentence.start + 1:
                continue  # a quote opening the sentence is a direct quote, handled elsewhere
            verb = self.finite_verb(sentence.start, first)
            if verb is None:
                continue
            subject = self.phrases.subject_before(
                sentence.start, verb
            ) or self.phrases.subject_after(verb + 1, first)
            if subject is None:
                continue
            entity = self.entities.entity_at(*subject)
            if entity is None or entity.type != "PER" or not self.resolver.is_reliable(entity):
                continue
            _, clause_end = self.phrases.clause_bounds(sentence, first)
            content = self.chars(
                max(verb + 1, subject[1]) if subject[0] > verb else verb + 1, clause_end
            )
            if content[1] - content[0] < 10:
                continue
            found.append(self.claim(content, "mixed", self.cue_chars(verb, verb + 1), subject))
            covered.add(*content)
        return found

    def pull_quotes(self) -> list[Candidate]:
        """``Quote <text> <Source>`` on a line of its own (the seed corpus's pull quotes)."""
        found = []
        for match in re.finditer(r"(?m)^Quote (.+)$", self.text):
            line_start, line_end = match.start(1), match.end(1)
            first = self.token_at(line_start)
            last = self.token_at(line_end - 1)
            source_start = last + 1
            while source_start - 1 > first and is_capitalised(self.doc[source_start - 1]):
                source_start -= 1
            if source_start > last or source_start <= first + 2:
                continue
            content = self.chars(first, source_start)
            found.append(Candidate(content=content, kind="direct", source=(source_start, last + 1)))
        return found

    def direct_quotes(self, existing: list[Candidate]) -> list[Candidate]:
        found = []
        taken = [c.content for c in existing]
        for quote in self.quotes:
            start, end = quote.content_start, quote.content_end
            while start < end and self.text[start].isspace():
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
            if any(s <= start < e for s, e in taken) or end <= start:
                continue
            content_text = self.text[start:end]
            words = content_text.split()
            if self.is_heading(quote, content_text):
                continue
            candidate = self.quote_tag_after(quote, (start, end))
            if is_title(content_text) and (
                candidate is None
                or candidate.cue is None
                or not self.text[quote.end : quote.end + 2].lstrip().startswith(",")
            ):
                # "‘Keeping Up With the Kardashians’": a title; but '"Dit is Montessori",
                # zegt een vriend' is speech, whatever its capitals
                continue
            if (candidate is None or candidate.cue is None) and self.titled_by_noun(quote):
                continue  # "de campagne 'Aardige mensen'": a title the noun names, no speech
            if candidate is not None:
                candidate = self.with_lead_in(quote, candidate)
            candidate = (
                candidate
                or self.quote_colon_before(quote, (start, end))
                or self.quote_tag_next_sentence(quote, (start, end))
                or self.quote_after_speech_verb(quote, (start, end))
            )
            previous = found[-1] if found else None
            if candidate is None and previous is not None and previous.source is not None:
                # "„Dit is walgelijk", zegt een ander, „heel groots ...": a quote broken by
                # its tag goes on with the same source.
                between = self.text[previous.content[1] : quote.start]
                if previous.cue and len(between) < 80 and between.rstrip().endswith(","):
                    candidate = Candidate(
                        content=(start, end),
                        kind="direct",
                        cue=previous.cue,
                        source=previous.source,
                        stance=previous.stance,
                        via=previous.via,
                    )
            if candidate is None:
                if not self.stands_alone(quote, content_text):
                    continue  # a scare quote or a quoted fragment: part of a mixed report, if any
                candidate = Candidate(content=(start, end), kind="direct", inherit="previous")
            if len(words) < 2 and candidate.inherit and not content_text.endswith(("!", ".", "?")):
                continue  # a one-word quote is a scare quote, unless it is a sentence ("Briljant.")
            found.append(candidate)
        return found

    def titled_by_noun(self, quote: Quote) -> bool:
        """Whether the word before the quote (past "als" or "getiteld") is a noun of the
        lexicon role ``title_noun``: "de campagne '...'", "met als titel '...'"; not after a
        colon ("zocht de auteur van het artikel: '...'" introduces someone's words)."""
        words = self.text[max(0, quote.start - 60) : quote.start].split()
        while words and words[-1].lower() in {"als", "getiteld", "genaamd", "luidt"}:
            words.pop()
        if not words:
            return False
        last = words[-1].lower().rsplit("-", 1)[-1]
        return last in self.pack.marker_words("title_noun")

    def with_lead_in(self, quote: Quote, candidate: Candidate) -> Candidate:
        """``Van der Vliet ziet de resultaten als 'een stapje vooruit', zegt hij``: unquoted
        words of the tagged sentence before the quote are part of what the tag reports, a
        mixed report."""
        if (
            not self.text[quote.end : candidate.cue[0] if candidate.cue else quote.end]
            .strip(" ")
            .startswith(",")
        ):
            return candidate  # 'Toen ze "trauma's" deelde in ...': no tag, the clause goes on
        sentence = sentence_at(self.doc, self.token_at(quote.start))
        lead_start = sentence.start_char
        prefix = self.text[lead_start : quote.start]
        # The splitter may run the sentence before on into a quote: start after its end.
        cut = max(prefix.rfind(mark) for mark in ".!?:;")
        if cut >= 0:
            lead_start += cut + 1
            prefix = prefix[cut + 1 :]
        if any(c in '"“”‘’„«»' for c in prefix) or ",," in prefix or " '" in prefix:
            return candidate  # another quote in the sentence: '"A", zegt X, "B", ...'
        words = [w for w in prefix.split() if any(c.isalnum() for c in w)]
        if len(words) < 2:
            return candidate
        lowered = [w.lower().strip(",") for w in words]
        if any(
            word in self.pack.cue_verbs and following in {"dat", "of"}
            for word, following in zip(lowered, lowered[1:], strict=False)
        ):
            return candidate  # "Uit het rapport blijkt dat ..., ,,omdat ...'', aldus X"
        lead_start += len(prefix) - len(prefix.lstrip())
        candidate.content = (lead_start, candidate.content[1])
        candidate.kind = "mixed"
        return candidate

    def inner_speech(self) -> list[Candidate]:
        """``"Hij zei: 'Nee hoor, ik kom niet.'"``: words a speaker quotes inside a quote,
        introduced by a speech verb and a colon, are an attribution of their own."""
        found = []
        for quote in self.inner_quotes:
            before = self.text[: quote.start].rstrip()
            if not before.endswith(":"):
                continue
            colon = self.token_at(len(before) - 1)
            clause_start = colon
            while clause_start > 0 and not (
                is_quote_mark(self.doc[clause_start - 1])
                or self.lowers[clause_start - 1] in {".", "!", "?", ";"}
            ):
                clause_start -= 1
            report = self.report_in(clause_start, colon)
            if report is None or report[0].verb_class != "speech" or report[3] is None:
                continue
            verb, cue_start, cue_end, subject = report
            if self.lowers[subject[0]] in {"ik", "we", "wij"}:
                continue  # the speaker quoting their own words: their quote already counts
            found.append(
                Candidate(
                    content=(quote.content_start, quote.content_end),
                    kind="direct",
                    cue=self.cue_chars(cue_start, cue_end),
                    source=subject,
                    stance=verb.stance,
                )
            )
        return found

    def is_heading(self, quote: Quote, content: str) -> bool:
        """A quoted line on its own without sentence punctuation ("'Misschien iets te
        impulsief'" between paragraphs) is a heading: headings are no attributions."""
        before = self.text[max(0, quote.start - 1) : quote.start]
        after = self.text[quote.end : quote.end + 1]
        on_own_line = before in {"", "\n"} and after in {"", "\n"}
        return on_own_line and not TERMINAL.search(content) and len(content.split()) <= 10

    def stands_alone(self, quote: Quote, content: str) -> bool:
        """A quote that is a statement of its own: it starts a sentence or paragraph, follows
        a colon, or ends with sentence punctuation."""
        before = self.text[: quote.start].rstrip()
        if (
            not before
            or before[-1] in ".!?:”’\"'\n"
            or self.text[quote.start - 1 : quote.start] == "\n"
        ):
            return True
        head, _, last_word = before.rpartition(" ")
        if last_word in {"Maar", "En", "Want"} and head.rstrip()[-1:] in {".", "!", "?"}:
            return True  # "Volgens het OM is het smakeloos. Maar '...'": a sentence of its own
        return bool(TERMINAL.search(content)) and len(content.split()) >= 3

    def quote_tag_after(self, quote: Quote, content: tuple[int, int]) -> Candidate | None:
        """``“...”, zegt X`` / ``, aldus X`` / ``, klinkt het (in People)``."""
        i = self.token_at(quote.end)
        doc = self.doc
        if i < len(doc) and self.texts[i] == ",":
            i += 1
        if i < len(doc) and self.lowers[i] == "zo":
            i += 1
        if i >= len(doc):
            return None
        token = doc[i]
        sentence_end = sentence_at(self.doc, token.i).end
        if token.lower_ == "aldus":
            phrase = self.phrases.noun_phrase_at(i + 1, sentence_end)
            return Candidate(
                content=content,
                kind="direct",
                cue=self.cue_chars(i, i + 1),
                source=phrase,
                via=self.resolver.via_after(phrase[1], sentence_end) if phrase else None,
            )
        if token.lower_ in KLINKT_HET and i + 1 < len(doc) and self.lowers[i + 1] == "het":
            after = i + 2
            while after < sentence_end and self.phrases.is_(doc[after], "adverb"):
                after += 1
            phrase = None
            if after < sentence_end and self.lowers[after] in {"in", "bij", "van"}:
                phrase = self.phrases.noun_phrase_at(after + 1, sentence_end)
            return Candidate(
                content=content,
                kind="direct",
                cue=self.cue_chars(i, i + 2),
                source=phrase,
                inherit=None if phrase else "previous",
            )
        if token.lower_ in {"staat", "stond"} and i + 1 < len(doc) and self.lowers[i + 1] == "er":
            # "'...', stond er in de brief": the document it stands in is the source
            after = i + 2
            while after < sentence_end and self.phrases.is_(doc[after], "adverb"):
                after += 1
            if after < sentence_end and self.lowers[after] in {"in", "op"}:
                phrase = self.phrases.noun_phrase_at(after + 1, sentence_end)
                if phrase is not None:
                    return Candidate(
                        content=content, kind="direct", cue=self.cue_chars(i, i + 2), source=phrase
                    )
            return None
        if (
            token.lower_ in {"was", "is", "luidde", "luidt"}
            and i + 3 < sentence_end
            and self.lowers[i + 1] in {"het", "de"}
            and self.lowers[i + 2] in self.pack.marker_words("words_of")
            and self.lowers[i + 3] == "van"
        ):
            # "'Ik geloof u niet', was het weerwoord van de rechter": whose words they were
            phrase = self.phrases.noun_phrase_at(i + 4, sentence_end)
            if phrase is not None:
                return Candidate(
                    content=content, kind="direct", cue=self.cue_chars(i, i + 3), source=phrase
                )
        if token.lower_ in {"weet", "wist"}:
            # "'...', weet chirurg Daan van der Vliet": "weten" as a tag gives its source
            subject = self.phrases.subject_after(i + 1, sentence_end)
            if subject is not None and not self.tail_too_long(subject[1], sentence_end):
                return Candidate(
                    content=content, kind="direct", cue=self.cue_chars(i, i + 1), source=subject
                )
        entry = self.cue_verb(token, sentence_end, tags=True)
        if entry is None or entry[0].verb_class == "finding":
            return None  # "'Het wondermiddel' bleek nep": no speaker
        verb, cue_end = entry
        if self.clause_follows(cue_end):
            return None  # "X, bedenker van de naam 'Y', zegt dat ...": a report, no tag
        subject = self.phrases.subject_after(i + 1, sentence_end)
        via = self.resolver.via_after(subject[1], sentence_end) if subject else None
        return Candidate(
            content=content,
            kind="direct",
            cue=self.cue_chars(i, cue_end + 1),
            source=subject,
            stance=verb.stance,
            via=via,
            inherit=None if subject else "previous",
        )

    def clause_follows(self, cue_end: int) -> bool:
        """Whether "dat" opens a clause right after the cue ending at ``cue_end``, past
        adverbs only ("zegt overigens dat")."""
        k = cue_end + 1
        while k < len(self.lowers) and self.phrases.is_at(k, "adverb"):
            k += 1
        return k < len(self.lowers) and self.lowers[k] == "dat"

    def finite_verb(self, start: int, end: int) -> int | None:
        """The first word in ``[start, end)`` that looks like a finite verb: a known one, or a
        lower-case word in second position of a main clause ("Daar koppelde Baudet ...")."""
        for i in range(start + 1, end):
            token = self.doc[i]
            if self.phrases.is_verb_like(token):
                return i
            if (
                i <= start + 2
                and token.text[:1].islower()
                and self.lowers[i].endswith(("de", "te"))
                and len(self.lowers[i]) > 4
                and not self.phrases.stops_phrase(token)
                and not self.phrases.is_(token, "determiner")
            ):
                return i
        return None

    def quote_tag_next_sentence(self, quote: Quote, content: tuple[int, int]) -> Candidate | None:
        """``“...” Dat zegt burgemeester Jan de Vries.``: a short sentence right after the
        quote names its speaker."""
        i = self.token_at(quote.end)
        doc = self.doc
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i + 2 >= len(doc) or self.lowers[i] not in {"dat", "dit"} or self.quoted_tokens[i]:
            return None
        sentence = sentence_at(doc, i)
        if sentence.start != i:
            return None
        entry = self.cue_verb(doc[i + 1], sentence.end)
        if entry is None:
            return None
        verb, cue_end = entry
        subject = self.phrases.subject_after(i + 2, sentence.end)
        if subject is None or self.tail_too_long(subject[1], sentence.end):
            return None
        return Candidate(
            content=content,
            kind="direct",
            cue=self.cue_chars(i + 1, cue_end + 1),
            source=subject,
            stance=verb.stance,
        )

    def names_a_speaker(
        self, phrase: tuple[int, int], pronouns: frozenset[str] | set[str] = SUBJECT_PRONOUNS
    ) -> bool:
        """Whether the phrase at ``phrase`` can be a source: a pronoun of ``pronouns``, a
        name, or a phrase holding a source noun ("de minister", "verschillende critici")."""
        return (
            self.lowers[phrase[0]] in pronouns
            or self.entities.entity_at(*phrase) is not None
            or any(self.resolver.noun_type(self.lowers[k]) for k in range(*phrase))
            # "zowel Harry als Meghan": names inside a coordination
            or self.lowers[phrase[0]] == "zowel"
            and any(k in self.entities.by_token for k in range(*phrase))
        )

    def quote_after_speech_verb(self, quote: Quote, content: tuple[int, int]) -> Candidate | None:
        """``Willem van Middendorp reageert namens de Fietsersbond verbijsterd. ,,...''``: an
        untagged quote right after a sentence whose speech verb has no content of its own
        gives that verb's subject the words."""
        window = self.text[max(0, quote.start - 40) : quote.start]
        stripped = window.rstrip()
        if not stripped.endswith("."):
            return None
        last = self.token_at(quote.start - (len(window) - len(stripped)) - 1)
        sentence = sentence_at(self.doc, last)
        if not any(k < last for k in self.positions_of("cue", sentence)):
            return None
        if self.quoted_tokens[sentence.start] or self.quotes_inside(
            self.chars(sentence.start, sentence.end)
        ):
            return None
        for i in range(sentence.start, sentence.end):
            if self.lowers[i] in {"dat", "of", ":"} or self.lowers[i] in QUESTION_WORDS:
                return None  # the verb has a content of its own
        for i in range(sentence.start, sentence.end):
            if self.lowers[i] not in self.pack.cue_verbs:
                continue
            entry = self.cue_verb(self.doc[i], sentence.end)
            if entry is None or entry[0].verb_class != "speech" or entry[0].lemma == "vragen":
                continue
            if i > sentence.start and self.lowers[i - 1] in {",", "zo"}:
                return None  # "..., laat de universiteit weten.": a tag, its content before
            verb, cue_end = entry
            subject = self.subject_of(i, cue_end + 1, sentence.end)
            if subject is None or self.lowers[subject[0]] in SPEAKER_PRONOUNS:
                return None
            if not self.names_a_speaker(subject):
                return None  # "wijst ... op de gevaren": no speaker
            return Candidate(
                content=content,
                kind="direct",
                cue=self.cue_chars(i, cue_end + 1),
                source=subject,
                stance=verb.stance,
            )
        return None

    def quote_colon_before(self, quote: Quote, content: tuple[int, int]) -> Candidate | None:
        """``X zegt: “...”`` or ``Kim kon het alleen maar aanzien: “...”``."""
        before = self.text[: quote.start].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.token_at(len(before) - 1)
        sentence = sentence_at(self.doc, colon)
        clause_start = sentence.start
        i = colon - 1
        # "Dennis Wiersma (VVD): '...'": brackets closed before the colon (spaCy keeps "):"
        # as one token)
        closed_brackets = 1 if self.doc[colon].text.startswith(")") else 0
        while i >= sentence.start:
            token = self.doc[i]
            if token.text == ")":
                closed_brackets += 1
            elif token.text == "(" and closed_brackets:
                closed_brackets -= 1
                i -= 1
                continue
            title = self.quote_closed_by(i) if is_quote_mark(token) else None
            if title is not None and sentence.start_char <= title.start < token.idx:
                # "schrijft in de brochure 'Hengelo binnenstad': '...'": a quoted title
                # inside the clause that introduces the quote
                i = self.token_at(title.start) - 1
                continue
            # "Zelle stelt dat ... (hoezo: 'bijna alle'?)": a colon inside brackets opens
            # an aside; the verb outside them does not introduce its quote.
            if token.text in {";", "("} or is_quote_mark(token):
                clause_start = i + 1
                break
            i -= 1
        # "..., aldus een woordvoerder: '...'": the source of the tag before the colon
        # speaks the quote too.
        tag_words = self.pack.marker_words("according_to_after")
        for k in range(clause_start, colon - 1):
            if self.lowers[k] in tag_words and not self.quoted_tokens[k]:
                speaker = self.phrases.noun_phrase_at(k + 1, colon)
                if speaker is not None and speaker[1] == colon:
                    return Candidate(
                        content=content,
                        kind="direct",
                        cue=self.cue_chars(k, k + 1),
                        source=speaker,
                    )
        # A verb of the manner of speaking introduces a quote too ("sneerde hij terug: ...",
        # "gilt ze: ...").
        report = self.report_in(clause_start, colon, tags=True)
        if report is not None:
            verb, cue_start, cue_end, subject = report
            return Candidate(
                content=content,
                kind="direct",
                cue=self.cue_chars(cue_start, cue_end),
                source=subject,
                stance=verb.stance,
                inherit=None if subject else "previous",
            )
        if colon - clause_start == 1 and self.lowers[clause_start] in self.pack.marker_words(
            "label"
        ):
            return None  # "Citaat: '...'": a label, not a speaker
        words_of = self.pack.marker_words("words_of")
        for j in range(clause_start, colon - 2):
            if self.lowers[j] in words_of and self.lowers[j + 1] == "van":
                # "de veelzeggende reactie van één van de fractievoorzitters: '...'"
                speaker = self.phrases.noun_phrase_at(j + 2, colon)
                if speaker is not None and speaker[1] == colon:
                    return Candidate(content=content, kind="direct", source=speaker)
        subject = self.phrases.noun_phrase_at(clause_start, colon)
        # The first constituent: a phrase, or a single adverb ("Minutenlang").
        first_end = subject[1] if subject is not None else clause_start + 1
        if first_end + 1 < colon and self.lowers[first_end + 1] in INVERTED_PRONOUN_SUBJECTS:
            # "Minutenlang scandeerden zij een van zijn bijnamen: ...": a subject pronoun
            # right after the verb is the subject; the phrase before it is an adverbial.
            return Candidate(content=content, kind="direct", source=(first_end + 1, first_end + 2))
        if subject is not None and (
            subject[1] == colon
            or self.doc[subject[0]].lower_ in SUBJECT_PRONOUNS
            or self.entities.entity_at(subject[0], subject[1]) is not None
            # "De directeur is verbaasd over de opkomst: '...'": a source noun opening
            # the sentence that introduces the quote
            or (
                subject[0] == sentence.start
                and self.resolver.noun_type(self.lowers[subject[1] - 1])
                in {"person", "representative", "anonymous", "group", "organisation"}
            )
        ):
            return Candidate(content=content, kind="direct", source=subject)
        # "Dat bevalt Van de Beek wel: ...": the person named before the colon speaks.
        for i in range(clause_start, colon):
            entity = self.entities.by_token.get(i)
            if entity is not None and entity.type == "PER" and self.resolver.is_reliable(entity):
                end = i
                while end < colon and self.entities.by_token.get(end) is entity:
                    end += 1
                return Candidate(content=content, kind="direct", source=(i, end))
        return None  # "Deze editie kent: ..." is no speaker

    def report_in(self, start: int, end: int, *, tags: bool = False):
        """The first cue verb in tokens ``[start, end)`` with its subject (also a verb that
        only tags a quote with ``tags``)."""
        for i in range(start, end):
            token = self.doc[i]
            entry = self.cue_verb(token, end, tags=tags)
            if entry is None:
                continue
            verb, cue_end = entry
            return verb, i, cue_end + 1, self.subject_of(i, cue_end + 1, end)
        return None

    def subject_of(
        self, verb: int, verb_end: int, limit: int, *, object_follows: bool = False
    ) -> tuple[int, int] | None:
        """The subject of the cue verb at ``verb``: before it, or after it when inverted.
        With ``object_follows`` (a verdict or an infinitive report) the phrase after a verb
        that "en"/"maar" joins to a clause before is its object ("..., maar vindt de
        verkiezingen te belangrijk"): the subject is the first clause's."""
        doc = self.doc
        sentence = sentence_at(doc, verb)
        if verb_end < limit and doc[verb_end].lower_ in SUBJECT_PRONOUNS:
            return (verb_end, verb_end + 1)
        if (
            verb_end < limit
            and verb_end + 1 < len(doc)
            and doc[verb_end].lower_ in {"die", "dat"}
            and ":" in self.lowers[verb_end + 1 : verb_end + 3]
        ):
            return (verb_end, verb_end + 1)  # "zei die: ...", "zeggen die dan: ..."
        finite = None
        if (
            self.lowers[sentence.start] != "volgens"
            # "Na de opening moesten ...", "Zo had zijn ex bijvoorbeeld verklaard dat"
            and self.phrases.is_at(sentence.start, "preposition", "adverb")
            and "," not in self.lowers[sentence.start : verb]
        ):
            finite = next(
                (
                    k
                    for k in range(sentence.start + 1, verb)
                    if self.lowers[k] in AUXILIARIES
                    or self.lowers[k] in self.pack.cue_verbs
                    or self.phrases.is_at(k, "verb")
                ),
                None,
            )
        if (
            finite is not None
            and self.lowers[finite] in AUXILIARIES
            # the auxiliary of the cue's own clause: not "Zelf hebben Kim en Kanye nooit
            # gereageerd ... en ook een vertegenwoordiger zegt dat"
            and not {"en", "maar", "of", "want"} & set(self.lowers[finite + 1 : verb])
        ):
            # "Na de opening moesten verschillende critici bekennen dat ...": after a fronted
            # phrase the auxiliary comes second, the subject after it, the cue last.
            after = self.phrases.subject_after(finite + 1, verb)
            if after is not None and after[1] <= verb and self.names_a_speaker(after):
                return after
        if (
            self.phrases.is_at(sentence.start, "preposition")
            and verb - sentence.start <= 12
            and "," not in self.lowers[sentence.start : verb]
            and not any(
                self.phrases.is_at(k, "verb") or self.lowers[k] in self.pack.cue_verbs
                for k in range(sentence.start + 1, verb)
            )
        ):
            # "Na onderzoek door de politie en de burgemeester meldde de aanklager ...": after
            # a fronted phrase the verb comes second and the subject follows it.
            after = self.phrases.subject_after(verb_end, limit)
            if after is not None:
                return after
        clause_start = self.clause_start_before(verb)
        opener = self.skip_conjunctions(clause_start, verb)
        if self.lowers[opener] == "wat" and opener + 1 < verb:
            # "maar wat ze er zaterdag over zei, reikt verder: ...": a free relative; its
            # subject follows "wat".
            phrase = self.phrases.noun_phrase_at(opener + 1, verb)
            if phrase is not None and (
                self.lowers[phrase[0]] in SUBJECT_PRONOUNS
                or self.entities.entity_at(*phrase) is not None
            ):
                return phrase
        if (
            clause_start == verb - 1
            and self.lowers[clause_start] == "die"
            and (
                clause_start == sentence.start
                or is_quote_mark(doc[clause_start - 1])
                and ":" in self.lowers[verb_end : verb_end + 3]
            )
        ):
            # "Die zeggen: ...", "Die verklaarden dat ...": a demonstrative opening the
            # sentence stands for the phrase the sentence before ended with.
            return (clause_start, verb)
        boundary = doc[clause_start - 1] if clause_start > sentence.start else None
        if (
            boundary is not None
            and self.lowers[clause_start] == "die"
            and boundary.lower_ in DEMONSTRATIVE_SUBORDINATORS
            and 1 <= verb - clause_start <= 3
            and all(self.phrases.is_at(k, "verb", "adverb") for k in range(clause_start + 1, verb))
        ):
            return (clause_start, clause_start + 1)  # "toen die had geopperd dat ..."
        if clause_start == verb and boundary is not None and boundary.text == ",":
            # "Een passerend echtpaar dat in het hotel logeerde, dacht dat ...": the phrase
            # opening the sentence, before a relative clause that a comma closes
            phrase = self.phrases.noun_phrase_at(
                self.skip_conjunctions(sentence.start, verb), verb - 1
            )
            if phrase is not None and self.phrases.relative_clause_between(phrase[1], verb):
                return phrase
        # "Martin Selmayr, de hoogste eurocraat, had al laten weten": only auxiliaries and
        # adverbs between the parenthesis and the cue
        only_auxiliaries = clause_start < verb and all(
            self.lowers[k] in AUXILIARIES or self.phrases.is_at(k, "adverb")
            for k in range(clause_start, verb)
        )
        if (
            (clause_start == verb or only_auxiliaries)
            and boundary is not None
            and boundary.text == ","
        ):
            after = self.phrases.subject_after(verb_end, limit)
            if (
                after is not None
                and after[0] == verb_end
                and self.entities.entity_at(*after) is not None
                and self.entities.entity_at(*after).type in {"PER", "ORG", "OUTLET"}
            ):
                # "Over de miljoenen voor X, een vriend van Poetin, zegt Vardanyan: ...":
                # after a fronted phrase the name right after the verb is its subject.
                return after
            # "Advocaat Richard Korver, die de familie vertegenwoordigt, vindt dat ..." and
            # "George Pipas, director bij Ford, geeft aan dat ...": skip the parenthesis.
            opening = self.opening_comma(clause_start - 1, sentence.start)
            while opening is not None:
                subject = self.phrases.subject_before(self.clause_start_before(opening), opening)
                if subject is not None:
                    return subject
                # "Ingrid van Engelshoven, minister van Onderwijs, Cultuur en Wetenschap,
                # noemde ...": a parenthesis with commas of its own; try the comma before.
                opening = self.opening_comma(opening, sentence.start)
        subject = self.phrases.subject_before(clause_start, verb)
        bare_role = (
            subject is not None
            and token_texts(doc)[subject[0]][:1].islower()
            and not self.phrases.is_at(subject[0], "determiner", "pronoun")
        )  # "Rob Liddell, producent van BBC Studios zei": the role of the name before
        if (
            subject is not None
            and not bare_role
            and not (verb - clause_start == 1 and doc[clause_start].lower_ in {"die", "dat"})
        ):
            return subject
        if (
            (subject is None or bare_role)
            and boundary is not None
            and boundary.text == ","
            and verb - clause_start <= 8
            and self.lowers[clause_start] not in {"die", "dat", "wat"}
            and not any(self.phrases.is_verb_like(t) for t in doc[clause_start:verb])
        ):
            # "Rob Liddell, uitvoerend producent van BBC Studios zei ...": an apposition the
            # writer did not close with a comma; the name before it is the subject.
            before = self.phrases.subject_before(
                self.clause_start_before(clause_start - 1), clause_start - 1
            )
            if before is not None and self.entities.entity_at(*before) is not None:
                return before
        if subject is not None and bare_role:
            return subject
        if doc[clause_start].lower_ == "die" and all(
            self.phrases.is_(t, "adverb") for t in doc[clause_start + 1 : verb]
        ):
            # "bronnen uit de omgeving van de zangeres die beweren dat ...": the relative
            # pronoun stands for the phrase before it.
            end = clause_start - (1 if doc[clause_start - 1].text == "," else 0)
            entity = self.entities.by_token.get(end - 1)
            if entity is not None and entity.type in {"PER", "ORG", "OUTLET"}:
                # "een opmerking van Niels van Baarlen, die zei dat ...": the name before it
                begin = end - 1
                while begin > sentence.start and self.entities.by_token.get(begin - 1) is entity:
                    begin -= 1
                return (begin, end)
            antecedent = self.phrase_ending_at(end)
            if antecedent is not None:
                return antecedent
        comparison = boundary is not None and (
            boundary.lower_ == "evenals"
            or (boundary.lower_ == "als" and self.lowers[boundary.i - 1] == "net")
        )  # "Net als de Oeso vindt die voorzitter ...": no clause of its own
        if (
            boundary is not None
            and not comparison
            and (self.phrases.is_(boundary, "subordinator") or boundary.lower_ in {"dat", "sinds"})
        ):
            # A subordinate clause puts the verb last: "toen Bart De Pauw afgelopen donderdag
            # in een videoboodschap bekend maakte dat ...": the subject opens the clause.
            phrase = self.phrases.noun_phrase_at(clause_start, verb)
            if phrase is not None and not self.phrases.is_(doc[clause_start], "preposition"):
                return phrase
        after = self.phrases.subject_after(verb_end, limit)
        if after is not None and not (
            object_follows
            and boundary is not None
            and boundary.lower_ in {"en", "maar"}
            and clause_start == verb
        ):
            return after
        if boundary is not None and boundary.lower_ in {"en", "maar"}:
            for k in range(clause_start, verb):
                if self.lowers[k] in MODALS or self.lowers[k] in AUXILIARIES:
                    # "..., maar 50 jaar later moet ik toch bekennen dat": the second clause
                    # has a subject of its own after its auxiliary.
                    own = self.phrases.subject_after(k + 1, verb)
                    if own is not None and self.lowers[own[0]] in SUBJECT_PRONOUNS:
                        return own
                    break
            # "Mijn moeder keek me aan en vroeg: ...", "Hij twijfelt, maar zegt dat ...":
            # the subject of the first conjunct.
            previous_end = clause_start - 1
            while previous_end > sentence.start and (
                doc[previous_end - 1].text == "," or is_quote_mark(doc[previous_end - 1])
            ):
                previous_end -= 1  # "noemen hun demonstranten 'wakers', en zeggen"
            first_verb = self.first_verb(sentence)
            first = self.phrases.subject_before(
                self.clause_start_before(previous_end), first_verb
            ) or self.phrases.subject_before(self.clause_start_before(first_verb), first_verb)
            if first is None:
                # "Ferd Grapperhaus veroordeelde de tekst en zei dat ...": a verb the word
                # lists lack; a name opening the sentence is the subject of both.
                opening = self.phrases.noun_phrase_at(sentence.start, previous_end)
                if (
                    opening is not None
                    and opening[1] - opening[0] == 1
                    and self.lowers[opening[0]] in SUBJECT_PRONOUNS
                ):
                    return opening  # "Hij nodigt ze uit en zegt ...": a pronoun opening it
                if opening is not None and self.entities.entity_at(*opening) is not None:
                    entity = self.entities.entity_at(*opening)
                    if entity.type in {"PER", "ORG", "OUTLET"}:
                        return opening
            if first is None and first_verb + 1 < previous_end:
                # "In haar speech gaf ze ..., maar beschuldigde ...": inverted first clause
                # "Gisteren stond Johnny de Mol op en ontkende ...": or a name or source noun
                after_first = self.phrases.subject_after(first_verb + 1, previous_end)
                if after_first is not None and self.names_a_speaker(after_first):
                    return after_first
            if first is None:
                # "In zijn talkshow richtte de zoon van John de Mol zich tot het publiek en
                # ontkende ...": a verb the word lists lack, second after an opening adverbial
                verb_second = self.verb_after_adverbial(sentence.start, previous_end)
                if verb_second is not None:
                    after_first = self.phrases.subject_after(verb_second + 1, previous_end)
                    if after_first is not None and self.names_a_speaker(after_first):
                        return after_first
            return first
        return None

    @staticmethod
    def is_participle(word: str) -> bool:
        """A past participle by its shape ("gestopt", "genomen", "verloofd"), also of a
        separable verb ("toegelaten", "nagedacht", "opgelicht")."""
        return (
            (word.startswith("ge") and len(word) > 4)
            or word.endswith(("d", "t", "en"))
            and (
                word.startswith(("ver", "be", "ont", "her", "er"))
                or (len(word) > 7 and word.startswith(SEPARABLE_PARTICIPLE_STARTS))
            )
        )

    def opening_comma(self, closing: int, limit: int) -> int | None:
        """The comma that opens the parenthesis closed by the comma at ``closing``."""
        for i in range(closing - 1, max(limit, closing - 25) - 1, -1):
            if self.doc[i].text == ",":
                return i if i > limit else None
        return None

    def clause_start_before(self, verb: int, *, commas: bool = True) -> int:
        """Where the clause of ``verb`` starts: after the nearest punctuation, quote mark,
        subordinator, relative pronoun or clause-joining ``en``/``maar`` before it. Without
        ``commas``, a comma does not end the search (a subject clause before the verb)."""
        doc = self.doc
        texts, lowers, is_at = self.texts, self.lowers, self.phrases.is_at
        sentence = sentence_at(doc, verb)
        i = verb
        # Read the kept word forms, not spaCy tokens: this runs for every cue.
        while i > sentence.start:
            i -= 1
            text = texts[i]
            lower = lowers[i]
            if text in DASHES and i == verb - 1:
                # "De Gezondheidsraad - een adviesorgaan voor regering en parlement - laat":
                # the clause goes on before the aside.
                opening = next(
                    (j for j in range(i - 1, sentence.start, -1) if texts[j] == text),
                    None,
                )
                if opening is not None:
                    i = opening
                    continue
            if is_quote_text(text) and not commas:
                quote = self.quote_closed_by(i)
                opening = self.token_at(quote.start) if quote is not None else None
                if opening is not None and sentence.start < opening < i:
                    # "Toch hebben 'de wetenschap en de jongeren' volgens haar geen ...": a
                    # quoted phrase inside the clause does not end it.
                    i = opening
                    continue
            if text in {";", ":"} or is_quote_text(text) or (commas and text == ","):
                return i + 1
            if is_at(i, "subordinator") or lower in {"omdat", "dat", "maar"}:
                return i + 1 if lower != "dat" or i < verb - 1 else i
            if lower == "die" and i > sentence.start and texts[i - 1] == ",":
                return i
            if (
                lower == "die"
                and i > sentence.start
                and self.phrases.looks_capitalised(doc[i - 1]) is False
            ):
                return i
            if lower == "en" and not self.phrases._inside_noun_list(i):
                return i + 1
        return sentence.start

    def quote_closed_by(self, closing: int) -> Quote | None:
        """The quote whose closing mark is token ``closing``, if any."""
        end = self.doc[closing].idx + len(self.texts[closing])
        return next((q for q in self.quotes if q.end == end and q.closed), None)

    def first_verb(self, sentence: Span) -> int:
        for token in sentence:
            if token.i > sentence.start and self.phrases.is_verb_like(token):
                return token.i
        return sentence.start

    def verb_after_adverbial(self, start: int, limit: int) -> int | None:
        """The token after a clause-opening adverb ("Gisteren") or prepositional phrase ("In
        zijn talkshow"): the finite verb in Dutch word order, when it is a lower-case word."""
        if self.phrases.is_at(start, "adverb", "time"):
            verb = start + 1
        elif self.phrases.is_at(start, "preposition"):
            # the first word after the phrase shaped like a finite verb ("richtte", "stelt")
            verb = next(
                (
                    k
                    for k in range(start + 2, min(limit, start + 8))
                    if len(self.lowers[k]) >= 4
                    and self.lowers[k].endswith(("t", "de", "te", "den", "ten"))
                    and self.lowers[k] not in self.phrases.word_classes
                    and self.resolver.noun_type(self.lowers[k]) is None
                ),
                limit,
            )
        else:
            return None
        word = self.texts[verb] if verb < limit else ""
        if not (word.isalpha() and word.islower()) or self.phrases.is_at(
            verb, "determiner", "preposition", "pronoun", "coordinator"
        ):
            return None
        return verb

    def relative_place_antecedent(self, verb: int, sentence: Span) -> tuple[int, int] | None:
        """The phrase a "waaruit"/"waarin" right before the verb (or before its auxiliary)
        stands for: "een studie waaruit blijkt dat", "de exitpoll - waaruit bleek dat",
        "een amendement waarin wordt gesteld dat"."""
        relative = verb - 1
        if relative > sentence.start and self.lowers[relative] in PASSIVE_AUXILIARIES:
            relative -= 1  # "waarin wordt gesteld"
        if relative <= sentence.start or self.lowers[relative] not in {"waaruit", "waarin"}:
            return None
        end = relative
        while end > sentence.start and self.texts[end - 1] in {",", "-", "–", "—"}:
            end -= 1  # "bij de eerste exitpoll - waaruit bleek dat"
        if end > sentence.start and self.phrases.is_verb_like(self.doc[end - 1]):
            return None  # "een plan indienen, waarin ...": the verb is no antecedent
        return self.phrase_ending_at(end)

    def phrase_ending_at(self, end: int) -> tuple[int, int] | None:
        """The longest noun phrase that ends right at token ``end``."""
        sentence = sentence_at(self.doc, max(0, end - 1))
        for start in range(max(sentence.start, end - 12), end):
            phrase = self.phrases.noun_phrase_at(start, end)
            if phrase is not None and phrase[1] == end:
                return phrase
        return None

    def cue_chars(self, start: int, end: int) -> tuple[int, int]:
        return (self.token_starts[start], self.token_starts[end - 1] + len(self.texts[end - 1]))

    def reports(self) -> list[Candidate]:
        """Indirect reports with ``dat``/``of``, colon reports without quote marks, and
        sentence-final tags on unquoted content."""
        found = []
        doc = self.doc
        lowers = self.lowers
        triggered = self.triggered_sentences()
        needs_particle = particle_forms(self.pack)
        for sentence in sentences(doc):
            consumed = -1  # the last token of the previous cue ("wist te vertellen")
            question = None
            for i in self.positions_of("cue", sentence):
                if i <= consumed:
                    continue
                particles = needs_particle.get(lowers[i])
                if particles is not None and particles.isdisjoint(
                    lowers[max(sentence.start, i - 3) : min(sentence.end, i + 12)]
                ):
                    continue  # "is", "ziet": a cue only with its particle, not in reach
                if (
                    i > sentence.start
                    and lowers[i - 1] in {"te", "de", "het", "een"}
                    # "Ze schijnt te denken dat ...": hearsay about a report, still a report
                    and not (
                        lowers[i - 1] == "te"
                        and i - 2 >= sentence.start
                        and lowers[i - 2] in RAISING_VERBS
                    )
                ):
                    continue  # an infinitive ("om in te stellen") or a noun ("de hoop")
                if lowers[i] in HEAR_FORMS and (
                    lowers[i + 1 : i + 2] == ["van"] or self.van_phrase_before(i, sentence)
                ):
                    continue  # "begrepen van intimi dat": heard_from gives the source
                if lowers[i] == "zeggen" and i > sentence.start and lowers[i - 1] in WILL:
                    continue  # "wil zeggen dat": means, no report
                if (
                    i - 2 >= sentence.start
                    and lowers[i - 1] in {"niet", "nooit"}
                    and any(lowers[k] in MODALS for k in range(max(sentence.start, i - 4), i - 1))
                    and any(
                        word in {"dat", "of"} or word in QUESTION_WORDS
                        for word in lowers[i + 1 : min(sentence.end, i + 3)]
                    )
                ):
                    continue  # "konden ze niet vertellen waarom": negated speech, no report
                if (
                    i > sentence.start
                    and lowers[i - 1] in MODALS
                    and lowers[i].endswith("en")
                    # "Gisteren kon de gemeente melden dat ...": was able to, and did
                    and lowers[i - 1] not in {"kon", "konden"}
                    # "moesten critici bekennen dat ...": had to admit, and did
                    and not (
                        lowers[i - 1] in {"moest", "moesten"}
                        and any(
                            v.stance == "confirm" for v in self.pack.cue_verbs.get(lowers[i], ())
                        )
                    )
                ):
                    continue  # "Zij moeten benadrukken dat ...": an obligation, no report
                if self.in_colon_label(sentence, i):
                    continue  # "Anders gezegd: ...": the writer sums up, no one speaks
                token = doc[i]
                entry = self.cue_verb(token, sentence.end)
                if entry is None:
                    continue
                verb, cue_end = entry
                consumed = cue_end
                if self.in_quote(token):
                    # A report inside a quote counts when it reports speech ("Omstanders
                    # zeiden dat ..."), not the speaker's own thoughts ("Ik denk dat ...").
                    nested = self.report_with_clause(token, verb, cue_end, sentence)
                    if (
                        nested is not None
                        and verb.verb_class == "speech"
                        and not (
                            nested.source
                            and self.lowers[nested.source[0]] in {"we", "wij", "je", "jij"}
                        )
                        and not (
                            nested.source
                            and self.lowers[nested.source[0]] == "ik"
                            and not self.reports_own_past_words(nested.source[0], i, verb)
                        )
                    ):
                        nested.content = self.clip_to_quote(token.idx, nested.content)
                        found.append(nested)
                    continue
                if question is None:
                    question = self.is_question(sentence)
                if question:
                    continue  # a question the writer asks is no report
                if self.in_condition(i, sentence):
                    continue  # "Als een politieke meerderheid vindt dat ..., dan ...": no report
                only_finder = ONE_FINDER_VERBS.get(verb.lemma)
                if only_finder is not None:
                    candidate = getattr(self, only_finder)(token, verb, cue_end, sentence)
                    if candidate is not None:
                        found.append(candidate)
                    continue
                candidate = (
                    self.object_dat_report(token, verb, cue_end, sentence)
                    or self.report_with_clause(token, verb, cue_end, sentence)
                    or self.anaphoric_report(token, verb, cue_end, sentence)
                    or self.final_tag(token, verb, cue_end, sentence)
                    or self.infinitive_report(token, verb, cue_end, sentence)
                    or self.quoted_report(token, verb, cue_end, sentence)
                    or self.verdict_report(token, verb, cue_end, sentence)
                )
                if candidate is not None:
                    found.append(candidate)
                    found += self.coordinated_reports(candidate)
            continued = self.continued_report(sentence, found)
            if continued is not None:
                found.append(continued)
            found += self.final_aldus(sentence)
            found += self.colon_statement(sentence)
            found += self.as_reported(sentence)
            found += self.anaphoric_findings(sentence)
            if sentence.start in triggered:
                # Finders of rare trigger words run only where such a word occurs.
                found += self.final_weet(sentence)
                found += self.rumour_reports(sentence)
                found += self.believe_if(sentence)
                found += self.heard_from(sentence)
        return found

    def in_colon_label(self, sentence: Span, index: int) -> bool:
        """Whether token ``index`` is inside a label that opens the sentence before a colon
        ("Anders gezegd: ...", "Kortom: ...": markers of the role ``label``)."""
        start = self.skip_conjunctions(sentence.start, index + 1)
        if self.lowers[start] not in marker_first_words(self.pack, "label"):
            return False  # most sentences: no label opens them
        for marker in self.pack.markers.get("label", []):
            end = start + len(marker)
            if (
                start <= index < end
                and end < sentence.end
                and tuple(self.lowers[start:end]) == marker
                and self.lowers[end] == ":"
            ):
                return True
        return False

    def reports_own_past_words(self, source: int, cue: int, verb: CueVerb) -> bool:
        """Whether "ik" inside a quote reports words spoken before ("Ik zei dat ...", "Ik heb
        haar gezegd dat ..."): not a statement made now ("als ik zeg dat"), an infinitive
        after a modal ("Ik wil niet zeggen dat") or a negated one."""
        form = self.lowers[cue]
        if form == verb.lemma or (verb.lemma.startswith(form) and len(form) < len(verb.lemma)):
            return False  # "zeggen" after a modal; "ik zeg", "ik vertel": the present
        if "niet" in self.lowers[source:cue]:
            return False
        return not (source > 0 and self.lowers[source - 1] in {"als", "wanneer", "tenzij"})

    def triggered_sentences(self) -> set[int]:
        """The starts of the sentences holding a trigger word of the rare finders, and, in
        the same single pass over the document, the positions ``positions_in`` looks up."""
        table = trigger_table(self.pack)
        positions: dict[str, list[int]] = {name: [] for name in TRIGGER_NAMES}
        triggered: set[int] = set()
        lowers = self.lowers
        for i in self.scanned():  # trigger words are among the scanned words
            names = table.get(lowers[i])
            if names:
                for name in names:
                    positions[name].append(i)
                triggered.add(sentence_at(self.doc, i).start)
        self._positions = positions
        return triggered

    def as_reported(self, sentence: Span) -> list[Candidate]:
        """``Zoals de NVWA heeft vastgesteld, blijken ...`` / ``..., zoals X schrijft``: the
        clause the "zoals" phrase comments on is according to X."""
        found = []
        for i in self.positions_of("zoals", sentence):
            if i >= sentence.end - 2 or self.quoted_tokens[i]:
                continue
            comma = next((j for j in range(i + 1, sentence.end) if self.lowers[j] == ","), None)
            phrase_end = comma if comma is not None else sentence.end
            report = self.report_in(i + 1, phrase_end)
            if report is None or report[3] is None:
                continue
            verb, cue_start, cue_end, subject = report
            if verb.verb_class == "belief":
                continue  # "zoals zijn bijnaam doet vermoeden": no source speaking
            kind = "according_to"
            named = (
                self.quote_closed_by(i - 1)
                if verb.lemma in NAMING_VERBS and i > 0 and is_quote_mark(self.doc[i - 1])
                else None
            )
            if named is not None:
                # "de 'politieke heksenjacht' zoals Netanyahu de vervolging noemt": the
                # quoted words are X's own.
                content, kind = (named.content_start, named.content_end), "direct"
            elif i == self.skip_conjunctions(sentence.start, i) and comma is not None:
                _, clause_end = self.phrases.clause_bounds(sentence, comma + 1)
                content = self.chars(comma + 1, clause_end)  # "Zoals X zei, ..."
            elif i > sentence.start and self.lowers[i - 1] == ",":
                content = self.chars(sentence.start, i - 1)  # "..., zoals X zei."
            else:
                continue
            if content[1] - content[0] < 8:
                continue
            found.append(
                Candidate(
                    content=content,
                    kind=kind,
                    cue=self.cue_chars(cue_start, cue_end),
                    source=subject,
                    stance=self.stance(verb.stance, content),
                )
            )
        return found

    def opens_main_clause_after_comma(self, marker: int, phrase_end: int, clause_end: int) -> bool:
        """ "..., volgens experts 'ontbreekt' er 300.000 kubieke meter": after a comma, the
        volgens phrase opens a main clause when a finite verb follows it (then its subject)."""
        if marker == 0 or self.lowers[marker - 1] != ",":
            return False
        verb = phrase_end
        if verb < clause_end and is_quote_mark(self.doc[verb]):
            verb += 1  # a verb in scare quotes
        if verb + 1 >= clause_end or not self.texts[verb][:1].islower():
            return False
        if self.phrases.is_verb_like(self.doc[verb]):
            return True
        # A word the lists lack is the verb when a subject follows it (past its closing mark).
        subject = verb + 1
        if is_quote_mark(self.doc[subject]):
            subject = min(subject + 1, clause_end - 1)
        return (
            self.texts[verb].isalpha()
            and not self.phrases.is_at(verb, "preposition", "determiner", "adverb", "coordinator")
            and (
                self.lowers[subject] in SUBJECT_PRONOUNS
                or self.lowers[subject] in {"er", "het", "de", "een"}
                or self.entities.by_token.get(subject) is not None  # "schiet Hosseini"
            )
        )

    def judges_demonstrative(self, sentence: Span, clause_end: int) -> bool:
        """ "Dat is volgens haar een illusie": a copula and a predicate judge what "dat"
        stands for, and that judgement is the claim; not "Dat is volgens politici aan het
        licht gekomen", where a participle makes the sentence before the claim."""
        if self.lowers[sentence.start + 1] not in {"is", "was", "lijkt", "leek"}:
            return False
        return not any(
            word.startswith("ge") and word.endswith(("d", "t", "en")) and len(word) > 4
            for word in self.lowers[sentence.start + 2 : clause_end]
        )

    def colon_statement(self, sentence: Span) -> list[Candidate]:
        """``Rutte: het kabinet blijft zitten.``: a headline or interview line where a named
        person or organisation, then a colon, introduces their words without quote marks."""
        start = sentence.start
        for colon in range(start + 1, min(sentence.end - 2, start + 6)):
            if self.lowers[colon] != ":":
                continue
            entity = self.entities.by_token.get(start)
            if entity is None or entity.type not in {"PER", "ORG"}:
                return []
            if not self.resolver.is_reliable(entity):
                return []  # "Afijn:", "Oftewel:": a word at the start, not a speaker
            if any(self.entities.by_token.get(i) is not entity for i in range(start, colon)):
                return []
            if self.quoted_tokens[colon + 1] or is_quote_mark(self.doc[colon + 1]):
                return []  # a quote: the direct-quote finder takes it
            content = self.chars(colon + 1, sentence.end)
            if content[1] - content[0] < 8:
                return []
            first = colon + 1
            while first < sentence.end - 1 and (
                self.phrases.is_(self.doc[first], "determiner") or self.lowers[first].endswith("e")
            ):
                first += 1
            if self.resolver.noun_type(self.lowers[first]) or (
                self.lowers[first] in self.pack.gendered_nouns
            ):
                # "Jamie Spears: vader van Britney en degene die ...", "Mathew Rosengart: de
                # nieuwe advocaat van Britney": a description of who someone is, not words.
                return []
            if not any(
                self.phrases.is_verb_like(t) for t in self.doc[colon + 1 : sentence.end]
            ) and (self.name_colon_line(sentence, -1) or self.name_colon_line(sentence, 1)):
                # "Jamie Spears: vader van Britney. / Jodi Montgomery: zorgmanager.": a
                # who-is-who list, descriptions rather than words spoken.
                return []
            return [Candidate(content=content, kind="direct", source=(start, colon))]
        return []

    def name_colon_line(self, sentence: Span, direction: int) -> bool:
        """Whether the sentence before (``direction`` -1) or after (+1) ``sentence``,
        skipping blank lines, opens with a name and a colon."""
        doc = self.doc
        while True:
            index = sentence.start - 1 if direction < 0 else sentence.end
            if index < 0 or index >= len(doc):
                return False
            sentence = self.sentence_of(index)
            if any(is_word(t) for t in sentence):
                break
        entity = self.entities.by_token.get(sentence.start)
        return entity is not None and any(
            self.lowers[i] == ":"
            for i in range(sentence.start + 1, min(sentence.end, sentence.start + 5))
        )

    def rumour_reports(self, sentence: Span) -> list[Candidate]:
        """``Er gaan geruchten dat ...`` / ``De geruchten klinken dat ...``: a rumour noun
        with a reported clause, whatever verb stands between."""
        found = []
        for i in self.positions_in(sentence, "rumour"):
            if self.quoted_tokens[i]:
                continue
            for j in range(i + 1, min(sentence.end, i + 5)):
                if self.lowers[j] == "dat" and j + 1 < sentence.end:
                    _, clause_end = self.phrases.clause_bounds(sentence, j + 1)
                    content = self.chars(j + 1, clause_end)
                    start = (
                        i - 1
                        if i > sentence.start and self.phrases.is_(self.doc[i - 1], "determiner")
                        else i
                    )
                    found.append(
                        Candidate(
                            content=content,
                            kind="indirect",
                            cue=self.cue_chars(i + 1, j) if j > i + 1 else None,
                            source=(start, i + 1),
                            source_type="rumour",
                        )
                    )
                    break
                if self.lowers[j] in {",", ".", ";", ":"}:
                    break
        return found

    def report_with_clause(
        self, token: Token, verb, cue_end: int, sentence: Span
    ) -> Candidate | None:
        doc = self.doc
        if (
            token.i >= 2
            and self.texts[token.i - 1] == ","
            and (is_quote_mark(doc[token.i - 2]) or self.in_quote(doc[token.i - 2]))
            and not self.in_quote(token)
            # not "X, bedenker van de naam 'Y', zegt dat ...": a clause right after the cue
            and not self.clause_follows(cue_end)
        ):
            return None  # '"...", zegt X, het bureau dat ze runnen': a tag; its "dat" relative
        limit = min(sentence.end, cue_end + 24)
        complementiser = None
        colon = None
        denied_before = False
        # Words are read from the kept texts and lower-case forms: making a spaCy Token for
        # each of the words after every cue was a large share of this loop's time.
        texts = token_texts(doc)
        cue_quoted = self.quoted_tokens[token.i]
        for j in range(cue_end + 1, limit):
            text = texts[j]
            lower = self.lowers[j]
            if text == ":":
                colon = j
                break
            if is_quote_text(text) or (self.quoted_tokens[j] and not cue_quoted):
                break  # a quote after the cue; a report inside a quote reads on
            if lower == "die" and texts[j - 1] == "," and j - 1 > cue_end + 1:
                # "zeggen X en Y, die erop wijzen dat ...": the relative clause's own report,
                # unless a comma closes it first ("reageert William, die ... verscheen,
                # tegenover Sky News dat ...")
                if "," not in texts[j + 1 : limit]:
                    break
            if (
                lower == "dat"
                and self.phrases.is_at(j - 1, "time")
                and self.lowers[j - 2] in {"het", "de", "dat", "die"}
                # not "zei eerder op de avond dat ...": the time clause has a verb of its own
                # before the cue's clause, or an infinitive the cue governs
                and (
                    "te" in self.lowers[cue_end + 1 : j]
                    or "dat" in self.lowers[j + 1 : sentence.end]
                    or self.lowers[j - 1] in {"moment", "ogenblik"}  # "op het moment dat"
                    or self.lowers[cue_end + 1] in {"het", "dat", "dit"}  # "vertelt het pas"
                )
            ):
                break  # "belooft ... te zorgen op het moment dat ...": a time clause
            if lower == "dat" and j - 1 > cue_end and self.lowers[j - 1] in DETERMINER_DAT_AFTER:
                continue  # "klagen over dat gebouw": a determiner after a preposition
            if (
                lower == "dat"
                and self.lowers[j - 1] == ","
                and self.lowers[sentence.start] in {"dat", "dit"}
                and self.phrases.noun_phrase_at(cue_end + 1, j - 1) == (cue_end + 1, j - 1)
            ):
                break  # "Dat stelt adviesbureau BDO, dat onderzoek deed": about the source
            if (lower == "dat" and self.lowers[j - 1] != "of") or (
                lower == "of" and verb.lemma in {"weten", "vertellen", "twijfelen"}
            ):
                nxt = doc[j + 1] if j + 1 < sentence.end else None
                if nxt is not None and is_quote_mark(nxt) and lower == "dat":
                    complementiser = j  # "stelt dat 'ons personeel ...'": a mixed report
                    break
                if nxt is None or not is_word(nxt):
                    continue
                if self.phrases.is_verb_like(nxt) and not self.possessive_after(
                    j + 1, sentence.end
                ):
                    continue  # "dat is", "dat zou": a demonstrative subject, not "that"
                after_next = doc[j + 2] if j + 2 < sentence.end else None
                if nxt.lower_ in {"stellig", "resoluut", "categorisch"} or (
                    after_next is not None
                    and (nxt.lower_, after_next.lower_) in {("met", "klem"), ("ten", "stelligste")}
                ):
                    denied_before = True
                    continue  # "ontkende dat met klem": "dat" is what was denied, not "that"
                if nxt.lower_ in {"niet", "wel", "ook", "zelf", "nooit"} and (
                    after_next is None
                    or not is_word(after_next)
                    or self.phrases.is_(after_next, "subordinator")
                ):
                    continue  # "De bank zegt dat niet omdat ...": a demonstrative object
                complementiser = j
                break
            if lower in QUESTION_WORDS and verb.lemma in QUESTION_CUES:
                complementiser = j
                break
            if (
                j > cue_end + 1
                and lower in self.pack.cue_verbs
                and self.cue_verb(doc[j], sentence.end) is not None
            ):
                break
            if lower == "te" and j + 1 < limit and self.lowers[j + 1] in TE_INFINITIVES:
                break  # "zegt geschrokken te zijn dat ...": the infinitive clause is the report
            if (
                lower == "toen"
                and j + 1 < limit
                and (
                    self.phrases.is_at(j + 1, "preposition", "adverb")
                    or self.lowers[j + 1] in {"al", "dat"}
                )
            ):
                continue  # "onthulde toen in een video dat": "toen" means "then" here
            if (
                lower != "dat"
                and self.phrases.is_at(j, "subordinator")
                # "benadrukten zowel Harry als Meghan dat": "als" joins the subject
                and not (lower == "als" and "zowel" in self.lowers[cue_end + 1 : j])
            ):
                break  # "eist X omdat de twee niet inzien dat ...": that "dat" is not ours
        if complementiser is None and colon is None:
            if denied_before and verb.stance in {"deny", "confirm"}:
                # "De popster ontkende dat met klem": the claim of the sentence before
                claim = self.previous_claim(sentence)
                subject = self.subject_of(token.i, token.i + 1, sentence.end)
                if claim is not None and subject is not None:
                    return Candidate(
                        content=claim,
                        kind="indirect",
                        cue=self.cue_chars(token.i, cue_end + 1),
                        source=subject,
                        stance=verb.stance,
                    )
            return None
        if (
            colon is not None
            and (
                colon - cue_end > 6
                # "vindt het plan een drama: ...": a verdict, explained after the colon
                or (verb.lemma in VERDICT_VERBS and colon - cue_end > 2)
                or any(self.phrases.is_verb_like(t) for t in doc[cue_end + 1 : colon])
            )
        ):
            return None  # the colon belongs to a later clause, not to this cue
        subject_limit = complementiser if complementiser is not None else colon
        if verb.verb_class == "finding":
            source = self.finding_source(token, sentence, subject_limit)
        else:
            source = (
                self.subject_of(token.i, token.i + 1, subject_limit)
                or self.passive_agent(token.i, subject_limit)
                # "een amendement waarin wordt gesteld dat": the text the relative stands for
                or self.relative_place_antecedent(token.i, sentence)
            )
            if source is None and not self.impersonal_passive(token.i, sentence.start):
                # A report with nobody to report it is an imperative ("Zeg dat het je spijt")
                # or a passive about something known ("Het werd bevestigd dat ..."): out.
                return None
            if source is None:
                source = self.fronted_place_source(sentence.start, token.i)
        if colon is not None:
            if colon + 1 < sentence.end and (
                is_quote_mark(doc[colon + 1])
                or (self.in_quote(doc[colon + 1]) and not self.in_quote(token))
            ):
                return None  # a quote: the direct-quote finder takes it
            content = self.chars(colon + 1, self.sentence_end(sentence))
            if content[1] - content[0] < 8:
                return None
            return Candidate(
                content=content,
                kind="direct",
                cue=self.cue_chars(token.i, cue_end + 1),
                source=source,
                stance=verb.stance,
            )
        # The conjunction stays out of the content: "dat", "of", and "hoe" opening an
        # embedded question (the dev gold leaves it out 20 times in 26); "wat"/"wie" are part
        # of the clause.
        start = (
            complementiser + 1
            if self.lowers[complementiser] in {"dat", "of", "hoe"}
            else complementiser
        )
        _, clause_end = self.phrases.clause_bounds(sentence, min(start, sentence.end - 1))
        clause_end = self.main_verb_after_en(start, clause_end)
        clause_end = self.through_colon(start, clause_end, sentence)
        clause_end = self.aside_end(token.i, start, clause_end, sentence)
        coordinated = self.coordinated_clauses(clause_end, sentence.end)
        for j in range(start + 1, clause_end - 1):
            if texts[j] == "," and is_quote_text(texts[j + 1]) and not self.quoted_tokens[j]:
                clause_end = (
                    j  # 'blijkt dat X, ,,omdat ...'', aldus het rapport': a quote of its own
                )
                break
        content = self.chars(start, clause_end)
        if content[1] - content[0] < 3:
            return None
        # "stelt dat 'ons personeel ...'": the quote after "dat" makes the report mixed.
        quoted = start < sentence.end and is_quote_mark(doc[start])
        if quoted:
            # "stelt dat 'ons personeel ..., maar er is ...'": the quote after "dat" is the
            # content, up to its closing mark, whatever clauses it holds.
            opening = doc[start].idx
            quote = next((q for q in self.quotes if q.start == opening), None)
            if quote is not None and quote.content_end > content[1]:
                content = (quote.content_start, quote.content_end)
        kind = "mixed" if quoted or self.quotes_inside(content) else "indirect"
        stance = self.negated_belief(
            verb, self.stance(verb.stance, content), token.i, complementiser
        )
        via = self.via_between(token.i + 1, complementiser)
        source_type = None
        if (
            source is None
            and verb.verb_class == "finding"
            and not self.finding_before(sentence.start)
        ):
            # "Afgelopen vrijdag bleek dat ...": a fact come to light, no report; but
            # "Uit documenten blijkt dat ... Ook blijkt dat ..." goes on with the documents
            return None
        if source is None:
            source_type = "document" if verb.verb_class == "finding" else "rumour"
        return Candidate(
            coordinated=[] if quoted else coordinated,
            content=content,
            kind=kind,
            cue=self.cue_chars(token.i, cue_end + 1),
            source=source,
            stance=stance,
            source_type=source_type,
            via=via,
        )

    def aside_end(self, cue: int, start: int, clause_end: int, sentence: Span) -> int:
        """A report inside an aside between dashes ends at the closing dash: "bij de eerste
        exitpoll - waaruit bleek dat de VVD de grootste blijft - steeg nauwelijks ..."."""
        dashes = {"-", "–", "—"}
        if sum(self.texts[k] in dashes for k in range(sentence.start, cue)) % 2 == 0:
            return clause_end  # no aside open at the cue
        closing = next((k for k in range(start, clause_end) if self.texts[k] in dashes), None)
        return clause_end if closing is None else closing

    def finding_before(self, sentence_start: int) -> bool:
        """Whether one of the two sentences before the one at ``sentence_start`` reports a
        finding ("blijkt uit documenten")."""
        begin = sentence_start
        for _ in range(2):
            if begin > 0:
                begin = sentence_at(self.doc, begin - 1).start
        return any(
            verb.verb_class == "finding"
            for k in range(begin, sentence_start)
            for verb in self.pack.cue_verbs.get(self.lowers[k], ())
        )

    def through_colon(self, start: int, clause_end: int, sentence: Span) -> int:
        """A reported clause that ends at a colon goes on to the end of its sentence when
        unquoted words follow: they spell it out ("dat Stax een fladderaar is: ze laat zich
        niet graag binden"). A quote after the colon is the speaker's own words."""
        doc = self.doc
        if (
            start < clause_end < sentence.end - 1
            and doc[clause_end - 1].text == ":"
            and not (is_quote_mark(doc[clause_end]) or self.in_quote(doc[clause_end]))
        ):
            return self.sentence_end(sentence)
        return clause_end

    def end_before_new_verb(self, start: int, end: int) -> int:
        """Where ``, en``/``, maar`` + a verb in ``[start, end)`` begins a clause of the
        same subject: "noemen hun demonstranten 'wakers', en zeggen dat ..."."""
        for j in range(start, end - 2):
            if (
                self.lowers[j] == ","
                and self.lowers[j + 1] in {"en", "maar"}
                and (
                    self.phrases.is_verb_like(self.doc[j + 2])
                    or self.lowers[j + 2] in self.pack.cue_verbs
                )
            ):
                return j
            if (
                j > start
                and self.lowers[j] in {"en", "maar"}
                and self.lowers[j + 1] in self.pack.cue_verbs
                and self.cue_verb(self.doc[j + 1], end) is not None
            ):
                return j  # "... en zeggen dat ...": a cue verb of its own
        return end

    def main_verb_after_en(self, start: int, end: int) -> int:
        """Where a reported clause ends at ``en`` + a finite verb with more words after it:
        "dat de zaak bij justitie ligt en verwijst naar de aanklager" goes on with the main
        clause's verb (a verb of the reported clause would stand last: "en ... verwijst")."""
        doc = self.doc
        for j in range(start + 2, end - 3):
            if self.lowers[j] == "," and self.lowers[j + 1] in MAIN_CLAUSE_PRONOUNS:
                # "dat hij dit nooit zou doen, hij bleef volhouden dat ...": a comma, a
                # pronoun, a finite verb second: a main clause of its own
                subject_word = True
            elif self.lowers[j] != "en" or doc[j - 1].text == ",":
                continue
            else:
                # "en hij plaatste één exemplaar op Twitter", "en dat zou de theorie ...
                # onderuit halen": a pronoun or demonstrative, then the verb second
                subject_word = self.lowers[j + 1] in MAIN_CLAUSE_PRONOUNS or (
                    self.lowers[j + 1] in {"dat", "dit"}
                    and self.lowers[j + 2] in DEMONSTRATIVE_VERBS
                )
            k = j + 2 if subject_word else j + 1
            if k + 2 >= end:
                continue
            if self.possessive_after(k, end):
                continue  # "tussen hem en zijn zus": a possessive, not the verb "zijn"
            verb = doc[k]
            word = self.lowers[k]
            finite = self.phrases.is_verb_like(verb) or (
                len(word) >= 5
                and word.endswith(("t", "de", "te", "den", "ten"))
                and verb.text[:1].islower()
                and word not in self.phrases.word_classes
                and (
                    self.phrases.is_(doc[k + 1], "preposition")
                    or self.phrases.is_(doc[k + 1], "determiner")
                    or self.phrases.is_(doc[k + 1], "adverb")
                    or self.phrases.is_(doc[k + 1], "numeral")
                )
            )
            # (a quote that begins inside the clause is not cut; a clause that is all
            # inside one quote, someone's long quoted account, is)
            if finite and (not self.in_quote(doc[j]) or self.in_quote(doc[start])):
                return j
        return end

    def coordinated_clauses(self, clause_end: int, limit: int) -> list[tuple[int, int]]:
        """``zegt dat A, maar dat B``: the token ranges of the further ``dat`` clauses joined
        by en/maar/of; each is a report of its own under the same cue and source (the
        annotation guide's gold splits them)."""
        lowers = self.lowers
        clauses = []
        while clause_end < limit:
            k = clause_end
            if lowers[k] == ",":
                k += 1
            if k + 1 >= limit or lowers[k] not in {"en", "maar", "of"}:
                break
            k += 1
            if lowers[k] == "ook" and k + 1 < limit:
                k += 1  # "en ook dat ..."
            if lowers[k] != "dat" or k + 1 >= limit:
                break
            if lowers[k + 1] in DEMONSTRATIVE_VERBS:
                break  # "en dat zou de theorie onderuit halen": a demonstrative subject
            _, next_end = self.phrases.clause_bounds(self.sentence_of(k + 1), k + 1)
            if next_end <= k + 1:
                break
            clauses.append((k + 1, next_end))
            clause_end = next_end
        return clauses

    def coordinated_reports(self, candidate: Candidate) -> list[Candidate]:
        """One report per further clause of ``zegt dat A, maar dat B``."""
        reports = []
        for start, end in candidate.coordinated:
            content = self.chars(start, end)
            if content[1] - content[0] < 3:
                continue
            reports.append(
                Candidate(
                    content=content,
                    kind="mixed" if self.quotes_inside(content) else "indirect",
                    cue=candidate.cue,
                    source=candidate.source,
                    # a denying verb denies every clause; a neutral one lets each speak
                    stance=self.stance("assert", content)
                    if candidate.stance == "assert"
                    else candidate.stance,
                    source_type=candidate.source_type,
                    via=candidate.via,
                )
            )
        return reports

    def impersonal_passive(self, verb: int, limit: int) -> bool:
        """ "Er wordt gezegd dat ...", "Er werd gefluisterd dat ...": hearsay with no source."""
        # "Er wordt al enkele maanden gefluisterd dat ...": a time phrase may stand between
        before = self.lowers[max(limit, verb - 6) : verb]
        passive = any(w in {"wordt", "werd", "worden", "werden"} for w in before)
        if passive and self.phrases.is_(self.doc[limit], "preposition"):
            return True  # "Op sociale media wordt gespeculeerd dat ...": no "er" after a place
        return "er" in before and passive

    def fronted_place_source(self, start: int, verb: int) -> tuple[int, int] | None:
        """ "In de brief werd gezegd dat ...", "Op sociale media wordt gespeculeerd dat ...":
        a document or medium in the fronted phrase of an impersonal passive speaks."""
        start = self.skip_conjunctions(start, verb)
        if self.lowers[start] not in {"in", "op"}:
            return None
        phrase = self.phrases.noun_phrase_at(start + 1, verb)
        if phrase is None:
            return None
        if any(
            self.resolver.noun_type(t.lower_) in {"document", "outlet", "rumour"}
            for t in self.doc[phrase[0] : phrase[1]]
        ):
            return phrase
        return None

    def passive_agent(self, verb: int, limit: int) -> tuple[int, int] | None:
        """The agent of a passive report: "werd door twee mensen gefluisterd dat ..."."""
        sentence = sentence_at(self.doc, verb)
        for i in range(max(sentence.start, verb - 10), min(limit, verb + 8)):
            if self.lowers[i] == "door":
                return self.phrases.noun_phrase_at(i + 1, limit if i > verb else verb)
        return None

    def is_question(self, sentence: Span) -> bool:
        last = sentence.end - 1
        while last > sentence.start and self.lowers[last].isspace():
            last -= 1
        return self.lowers[last] == "?"

    def clip_to_quote(self, position: int, content: tuple[int, int]) -> tuple[int, int]:
        """A content found inside a quote ends where the quote ends."""
        for quote in self.quotes:
            if quote.content_start <= position < quote.content_end:
                return (content[0], min(content[1], quote.content_end))
        return content

    def infinitive_before_comma(self, start: int, end: int, *, passive: bool = False) -> bool:
        """A ``te`` + infinitive in the clause before any comma ("zich schuldig te hebben
        gemaakt"); past a comma it belongs to another clause. After a passive cue an
        ``om`` before it makes a purpose ("is in het leven geroepen om ... te dragen")."""
        for i in range(start, end - 1):
            if self.lowers[i] == ",":
                return False
            if self.lowers[i] == "te" and self.lowers[i + 1].endswith("n"):
                return True
            if (passive and self.lowers[i] == "om") or self.phrases.is_at(i, "subordinator"):
                # "werd gesteld voordat ik kwam te werken": the te-infinitive belongs to an
                # adverbial clause, not to the cue.
                return False
        return False

    def possessive_after(self, index: int, limit: int) -> bool:
        """ "zijn/haar/hun" followed by a noun is a possessive ("dat zijn cliënt ..."), not
        the verb "zijn"."""
        doc = self.doc
        if doc[index].lower_ not in {"zijn", "haar", "hun"} or index + 1 >= limit:
            return False
        after = doc[index + 1]
        return is_word(after) and not self.phrases.stops_phrase(after)

    def via_between(self, start: int, end: int) -> str | None:
        """An outlet addressed between the cue and the reported clause: "vertelt aan TMZ
        dat", "vertelt in Page Six dat": the outlet that relays the words."""
        for i in range(start, end):
            if self.doc[i].lower_ in {"aan", "in", "tegen", "tegenover", "bij"}:
                via = self.resolver.via_after(i, end)
                if via:
                    return via
        return None

    def finding_source(self, token: Token, sentence: Span, limit: int) -> tuple[int, int] | None:
        """``Uit onderzoek blijkt dat`` / ``blijkt uit het rapport dat``: the source follows uit."""
        doc = self.doc
        antecedent = self.relative_place_antecedent(token.i, sentence)
        if antecedent is not None:
            # "publiceerde een studie waaruit blijkt dat": the study the relative stands for
            return antecedent
        if token.i > sentence.start + 1 and self.lowers[token.i - 1] in {"dat", "die"}:
            # "een serieus onderzoek dat aantoont dat": the relative's antecedent
            antecedent = self.phrase_ending_at(token.i - 1)
            if antecedent is not None:
                return antecedent
        for i in list(range(token.i + 1, limit)) + list(range(sentence.start, token.i)):
            if doc[i].lower_ == "uit":
                return self.phrases.noun_phrase_at(i + 1, limit if i > token.i else token.i)
        # "Het blijkt dat", "Dat toont aan dat": a pronoun is no source; "Het tv-programma
        # Radar ontdekte dat" is.
        subject = self.phrases.subject_before(sentence.start, token.i)
        if subject and not self.impersonal_subject(subject):
            return subject
        subject = self.phrases.subject_after(token.i + 1, limit)
        if subject and not self.impersonal_subject(subject):
            return subject  # "Op basis daarvan berekende de journalist dat ..."
        return None

    def impersonal_subject(self, subject: tuple[int, int]) -> bool:
        return subject[1] - subject[0] == 1 and self.lowers[subject[0]] in IMPERSONAL_SUBJECTS

    def sentence_end(self, sentence: Span) -> int:
        """The sentence's last token, stopping before a quote tag that ends it."""
        return sentence.end

    def quotes_inside(self, content: tuple[int, int]) -> bool:
        # Only quotes starting inside the content can lie inside it: found by bisection in
        # the quotes sorted by start (scanning them all made long articles quadratic).
        if self._quotes_by_start is None:
            self._quotes_by_start = sorted(self.quotes, key=lambda quote: quote.start)
            self._quote_starts = [quote.start for quote in self._quotes_by_start]
        low = bisect_left(self._quote_starts, content[0])
        high = bisect_right(self._quote_starts, content[1] + 1)
        return any(quote.end <= content[1] + 1 for quote in self._quotes_by_start[low:high])

    def stance(self, verb_stance: str, content: tuple[int, int]) -> str:
        if verb_stance != "assert":
            return verb_stance
        # Several finders propose the same content: decide each once.
        cached = self._stances.get(content)
        if cached is None:
            cached = self._stances[content] = self._content_stance(content)
        return cached

    def _content_stance(self, content: tuple[int, int]) -> str:
        """The stance the words of an asserting cue's content give it."""
        # A denial phrase counts in a short content, or near the start of a long one ("de
        # geruchten kloppen niet"); deep inside a long clause it is usually about something
        # else ("omdat de twee niet inzien dat ...").
        # Each coordinated clause ("dat A, maar dat B") has a start of its own.
        # So has each sentence of a quote ("Sommige mensen zeggen dat ... In de film kun je
        # zien dat dat echt niet waar is.").
        # Only a phrase of the lexicon counts there, not a negated deed ("Toch heeft dat niet
        # geholpen").
        lowered = self.text[content[0] : content[1]].lower()
        # One search of the whole content first: most contents hold no denial phrase at all,
        # and then only a negated deed can deny.
        any_phrase = self.has_marker(
            "deny", " " + PUNCTUATION.sub(" ", " ".join(lowered.split())) + " "
        )
        if not any_phrase and NEGATOR.search(lowered) is None:
            clauses = []  # no denial phrase and no negator: nothing below can deny
        else:
            clauses = self.stance_clauses(lowered, any_phrase)
        for first_sentence, clause in clauses:
            words = clause.split()
            text = " " + " ".join(words if len(words) <= 15 else words[:14]) + " "
            text = PUNCTUATION.sub(" ", text)
            if any_phrase and self.has_marker("deny", text):
                return "deny"
            if first_sentence:
                # "Ik draai er niet omheen: we hebben ingeleverd": a deed after a colon is
                # another clause than the negation before it.
                deed_words = PUNCTUATION.sub(" ", " ".join(words[:14]).split(":")[0]).split()
                if self.negated_deed(deed_words) or existential_denial(text.split()):
                    return "deny"
        # The first eight words; a long content is cut first, so as not to split it all.
        head = lowered[:400].split()
        opening = " " + " ".join((head if len(head) >= 9 else lowered.split())[:8]) + " "
        if self.has_marker("confirm", PUNCTUATION.sub(" ", opening)):
            return "confirm"  # "De minister heeft gelijk dat ...", "Het klopt dat ..."
        return "assert"

    @staticmethod
    def stance_clauses(lowered: str, any_phrase: bool) -> list[tuple[bool, str]]:
        """The clauses of a content where a denial phrase may stand, each with whether it
        is in the content's first sentence."""
        sentences_of_content = SENTENCE_END.split(lowered)
        if not any_phrase:
            sentences_of_content = sentences_of_content[:1]
        return [
            (number == 0, clause)
            for number, sentence in enumerate(sentences_of_content)
            for clause in COORDINATED_DAT.split(sentence)
        ]

    def has_marker(self, kind: str, text: str) -> bool:
        """Whether ``text`` (lower case, padded and split by single spaces) holds a phrase
        of the marker lexicon's class ``kind``."""
        if marker_first_words(self.pack, kind).isdisjoint(text.split()):
            return False  # no phrase can start anywhere: skip the large regex
        return marker_pattern(self.pack, kind).search(text) is not None

    def negated_deed(self, words: list[str]) -> bool:
        """ "heeft niet gevochten", "heeft niemand bedreigd", "niets verkeerds gedaan": a
        source saying it did not do something denies the claim that it did."""
        negators = {"niet", "nooit", "niemand", "niets"}
        auxiliaries = {"heeft", "hebben", "had", "hadden", "heb"}
        hearsay = self.pack.marker_words("reportative")

        def deed(word: str) -> bool:
            # "niemand had verwacht", "nooit hebben geweten": a thought not had, no deed
            return (
                len(word) > 5
                and self.is_participle(word)
                and not any(
                    verb.verb_class == "belief" and not verb.requires
                    for verb in self.pack.cue_verbs.get(word, ())
                )
            )

        for k, word in enumerate(words[:14]):
            if word not in negators or (k > 0 and words[k - 1] == "nog"):
                continue  # "nog niet uitgetest": not yet done, no denial
            if words[k + 1 : k + 2] == ["alleen"]:
                continue  # "niet alleen een foto gewist, ook ...": more was done, not less
            if any(w in hearsay for w in words[:k]):
                continue  # "ze zouden elkaar niet hebben gesproken": hearsay, no denial
            if any(
                w in SUBORDINATORS and words[m - 1] not in auxiliaries
                for m, w in enumerate(words[1:k], start=1)
            ):
                # "het feit dat Valkering zich niet aan het celibaat heeft gehouden", "problemen
                # die het niet zelf heeft veroorzaakt": a deed of a clause inside the claim
                continue
            if any(w in auxiliaries for w in words[max(0, k - 4) : k]):
                if any(deed(w) for w in words[k + 1 : k + 5]):
                    return True
            # Subordinate order: "dat hij nooit misbruik heeft gemaakt van zijn positie".
            for j in range(k + 1, min(len(words) - 1, k + 5)):
                if words[j] in auxiliaries:
                    if deed(words[j + 1]):
                        return True
                    break
        return False

    def final_tag(self, token: Token, verb, cue_end: int, sentence: Span) -> Candidate | None:
        """``Unquoted content, redeneert de bank.`` / ``..., zo meldt HLN.``: a cue right
        after a comma, then only the source (and a phrase like "tegen de krant" or "op
        Instagram") up to the full stop."""
        doc = self.doc
        # "..., vinden critici onder feministen; hem tentoonstellen is naïef.": the tag ends
        # at a semicolon, the next clause is the writer's.
        # "..., zeggen Ocasio-Cortez en haar volgelingen, die erop wijzen dat ...": so does a
        # relative clause about the source.
        tag_end = next(
            (
                j
                for j in range(cue_end + 1, sentence.end)
                if self.lowers[j] == ";"
                or (
                    self.lowers[j] == ","
                    and j + 1 < sentence.end
                    and self.lowers[j + 1] in {"die", "wie"}
                )
            ),
            sentence.end,
        )
        comma = token.i - 1
        if comma > sentence.start and self.lowers[comma] == "zo":
            comma -= 1
        perfect = None
        if comma > sentence.start and self.texts[comma] != ",":
            perfect = self.perfect_tag(token, cue_end, sentence)
            if perfect is None:
                return None
            comma, subject = perfect
        if comma <= sentence.start or self.texts[comma] != ",":
            return None
        if is_quote_mark(doc[comma - 1]) or self.in_quote(doc[comma - 1]):
            return None  # a quote tag: handled with the quote
        if token.lower_ in KLINKT_HET and self.lowers[token.i + 1] == "het":
            return self.klinkt_het_tag(token, comma, sentence)
        if perfect is None:
            subject = self.phrases.subject_after(token.i + 1, tag_end)
        if subject is None and verb.verb_class == "finding":
            subject = self.source_after_uit(cue_end + 1, sentence.end)  # ", bleek uit X."
            if subject and any(
                self.lowers[j] == "," and is_word(self.doc[j + 1])
                for j in range(subject[1], sentence.end - 1)
            ):
                return None  # ", bleek uit reacties, klonk ...": an aside, the clause goes on
        if subject is None:
            return None
        if ":" in self.lowers[subject[1] : tag_end]:
            # "Over de miljoenen ..., zegt Vardanyan tegen OCCRP: '...'": the verb introduces
            # the words after the colon; the phrase before it is their topic.
            return None
        if (
            verb.lemma in VERDICT_VERBS
            and (
                (
                    subject[1] - subject[0] == 1
                    and self.lowers[subject[0]] in OBJECT_PRONOUNS
                    # "..., vinden ze.": nothing after the pronoun, so it is the subject
                    and any(is_word(t) for t in doc[subject[1] : tag_end])
                )
                or self.object_before_predicate(subject[0], subject[1])
            )
        ):
            # "X, directeur van ..., noemt het een kortetermijnoplossing": the verdict's
            # object after the verb, not a source
            return None
        if self.tail_too_long(subject[1], tag_end):
            return None
        tail = [t for t in doc[subject[1] : tag_end] if is_word(t)]
        if (
            verb.lemma in VERDICT_VERBS
            and tail
            and self.lowers[self.skip_conjunctions(sentence.start, comma)] == "dat"
        ):
            return None  # "Dat Shell niet komt, vindt X 'ongekend'": the verdict takes it
        if (
            verb.lemma in VERDICT_VERBS
            and (len(tail) > 3 or (tail and tail[0].lower_ in {"een", "geen", "de", "het"}))
            # "..., vinden critici onder liberale moslims en feministen": a phrase about the
            # source, no predicate
            and not self.phrases.is_(tail[0], "preposition")
        ):
            # "X, minister van ..., noemde het plan een drama": a verdict, not a tag; but
            # "Maatregelen ..., vindt de ACM niet nodig" is the ACM's verdict on the clause
            return None
        parenthetical = self.parenthetical_content(sentence, comma, subject[1])
        if parenthetical is not None:
            return Candidate(
                content=parenthetical,
                kind="indirect",
                cue=self.cue_chars(token.i, cue_end + 1),
                source=subject,
                stance=self.stance(verb.stance, parenthetical),
            )
        # "Want het plan is een misser, vinden ze.": the conjunction ties the sentence to the
        # one before, it is not what they think
        opener = self.skip_conjunctions(sentence.start, comma)
        content = self.chars(opener, comma)
        if content[1] <= content[0]:
            return None
        if (
            self.phrases.is_(doc[opener], "subordinator")
            and self.lowers[opener] not in {"dat", "of"}
            and "," not in self.lowers[opener:comma]
        ):
            return None  # "Hoewel de aanpak goedkeuring krijgt, wijst X op de gevaren"
        return Candidate(
            content=content,
            kind="indirect",
            cue=self.cue_chars(token.i, cue_end + 1),
            source=subject,
            stance=self.stance(verb.stance, content),
            via=self.resolver.via_after(subject[1], tag_end),
        )

    def parenthetical_content(
        self, sentence: Span, comma: int, source_end: int
    ) -> tuple[int, int] | None:
        """The content of a tag set off by commas inside its sentence: "De komende dagen
        zal, aldus Halsema, goed gekeken worden ..." and "In 2017, zo stelt de aanklager,
        ging men verder" report the whole sentence; "Want, zo zegt de rekenmeester,
        stijgende kosten ..." what follows the tag. None for a tag that ends its clause
        (the source may have an apposition: ", stelde Robert Adang, commandant van ...")."""
        doc = self.doc
        if source_end + 1 >= sentence.end or doc[source_end].text != ",":
            return None
        after = source_end + 1
        end = self.sentence_end(sentence)
        opener = self.skip_conjunctions(sentence.start, comma)
        if opener >= comma or (opener + 1 == comma and self.lowers[opener] == "zo"):
            return self.chars(after, end)  # only a conjunction before the tag
        following = doc[after]
        if self.lowers[after] in {"omdat", "doordat", "zodat"}:
            # "Die eigenschap is geëvolueerd, stelt Sörqvist, omdat ...": the reason goes on
            # with the claim the tag interrupts
            return self.chars(opener, end)
        if (
            following.text[:1].islower()
            and following.is_alpha
            # not an apposition to the source: "de woordvoerder", "woordvoerder van X", "die"
            and not self.phrases.is_(following, "determiner")
            and not self.phrases.is_(following, "pronoun")
            and not self.phrases.is_(following, "preposition")
            and not self.phrases.is_(following, "subordinator")  # ", terwijl ze ..."
            and self.lowers[after] not in {"de", "het", "een", "die", "dat", "en", "maar", "of"}
            and self.resolver.noun_type(self.lowers[after]) is None
        ):
            return self.chars(opener, end)
        return None

    def in_condition(self, verb: int, sentence: Span) -> bool:
        """Whether the cue at ``verb`` stands in a conditional clause ("Als X vindt dat ...,
        dan ...", "Indien de minister meldt dat ..."): a hypothesis, not a report. The
        condition opens the clause the cue is in (no comma between them)."""
        opener = self.skip_conjunctions(sentence.start, verb)
        if self.lowers[opener] == "als":
            # "als" is mostly "as" or "when"; a condition when the sentence opens with it and
            # goes on with ", dan ..." ("Als een meerderheid vindt dat ..., dan kan ...")
            return "," not in self.lowers[opener:verb] and any(
                self.lowers[k] == "," and self.lowers[k + 1] == "dan"
                for k in range(verb, sentence.end - 1)
            )
        if self._condition_words is None:
            # condition openers are scanned words: no pass of its own over the document
            self._condition_words = [
                k for k in self.scanned() if self.lowers[k] in CONDITION_OPENERS
            ]
        first = bisect_left(self._condition_words, sentence.start)
        if first == len(self._condition_words) or self._condition_words[first] >= verb:
            return False
        last = bisect_left(self._condition_words, verb) - 1
        return "," not in self.lowers[self._condition_words[last] : verb]

    def continued_report(self, sentence: Span, found: list[Candidate]) -> Candidate | None:
        """``Ze zei de situatie schokkend te vinden. En dat er alleen schade is.``: a sentence
        that is only a further dat-clause goes on with the report of the sentence before."""
        start = sentence.start
        if self.lowers[start] in {"en", "maar", "ook"}:
            start += 1
        if (
            start == sentence.start
            or start + 2 >= sentence.end
            or self.lowers[start] != "dat"
            or self.quoted_tokens[start]
            # a subject must open the clause: not "En dat is ook zo.", "Maar dat betekent ..."
            or not (
                self.lowers[start + 1] == "er"
                or self.phrases.is_at(start + 1, "determiner", "pronoun")
                or is_capitalised(self.doc[start + 1])
            )
            or not found
            or sentence.start == 0
        ):
            return None
        previous = sentence_at(self.doc, sentence.start - 1)
        report = found[-1]
        if not (
            report.source is not None
            and report.kind in {"indirect", "mixed"}
            and previous.start_char <= report.content[0] < previous.end_char
        ):
            return None
        content = self.chars(start + 1, self.sentence_end(sentence))
        return Candidate(
            content=content,
            kind="mixed" if self.quotes_inside(content) else "indirect",
            cue=report.cue,
            source=report.source,
            stance=self.stance("assert", content),
            via=report.via,
        )

    def perfect_tag(
        self, token: Token, cue_end: int, sentence: Span
    ) -> tuple[int, tuple[int, int]] | None:
        """``Unquoted content, heeft de minister gezegd.``: a final tag in the perfect,
        with the auxiliary right after the comma, then the subject, at most a few adverbs
        and the participle ending the sentence. Returns the comma and the subject."""
        for comma in range(token.i - 2, max(sentence.start, token.i - 10), -1):
            if self.lowers[comma] == ",":
                break
        else:
            return None
        auxiliary = comma + 1
        if self.lowers[auxiliary] == "zo":
            auxiliary += 1
        if self.lowers[auxiliary] not in PERFECT_AUXILIARIES:
            return None
        if any(any(c.isalnum() for c in w) for w in self.lowers[cue_end + 1 : sentence.end]):
            return None  # the participle ends the tag
        subject = self.phrases.subject_after(auxiliary + 1, token.i)
        if subject is None or subject[0] != auxiliary + 1:
            return None
        if not self.names_a_speaker(subject):
            return None  # "..., heeft vier levens geëist": an object, no speaker
        if not all(self.phrases.is_at(k, "adverb") for k in range(subject[1], token.i)):
            return None  # "..., heeft hij de zaak bekeken en gezegd": no plain tag
        return comma, subject

    def klinkt_het_tag(self, token: Token, comma: int, sentence: Span) -> Candidate | None:
        """``Unquoted claim, klinkt het in de open brief.``: the phrase after in/bij is the
        source; a bare ``klinkt het (nog)`` continues the source before."""
        doc = self.doc
        after = token.i + 2
        while after < sentence.end and self.phrases.is_(doc[after], "adverb"):
            after += 1
        phrase = None
        if after < sentence.end and doc[after].lower_ in {"in", "bij", "van"}:
            phrase = self.phrases.noun_phrase_at(after + 1, sentence.end)
        tail = phrase[1] if phrase else after
        if any(is_word(t) for t in doc[tail : sentence.end]):
            return None  # the sentence goes on: no tag
        content = self.chars(sentence.start, comma)
        if content[1] - content[0] < 8:
            return None
        return Candidate(
            content=content,
            kind="indirect",
            cue=self.cue_chars(token.i, token.i + 2),
            source=phrase,
            inherit=None if phrase else "previous",
        )

    def claim(
        self, content: tuple[int, int], kind: str, cue: tuple[int, int] | None, source
    ) -> Candidate:
        """A candidate with no cue verb to lend it a stance: the content's own decides."""
        return Candidate(
            content=content,
            kind=kind,
            cue=cue,
            source=source,
            stance=self.stance("assert", content),
        )

    def report(
        self, token: Token, verb, cue_end: int, kind: str, content: tuple[int, int], source
    ) -> Candidate:
        """A candidate cued by the verb at ``token`` (to ``cue_end``), its stance from the
        verb or, for a neutral verb, from the content ("... klopt niet")."""
        if kind == "indirect" and self.quotes_inside(content):
            kind = "mixed"  # "De FNV is 'geschokt ...'. Dat zegt de bond."
        stance = self.stance(verb.stance, content)
        if verb.verb_class == "belief":
            stance = self.negated_belief(verb, stance, token.i, self.token_at(content[0]) - 1)
        return Candidate(
            content=content,
            kind=kind,
            cue=self.cue_chars(token.i, cue_end + 1),
            source=source,
            stance=stance,
        )

    def negated_belief(self, verb, stance: str, cue: int, that: int) -> str:
        """ "denkt André niet dat het boek tot oorlog leidt", "ik geloof nooit dat ...": a
        belief negated right before its dat-clause denies the clause ("vindt het niet erg
        dat" does not: there the negation is of "erg")."""
        if (
            verb.verb_class == "belief"
            and stance == "assert"
            and that < len(self.lowers)
            and self.lowers[that] == "dat"
            and (
                (cue + 1 < that and self.lowers[that - 1] in {"niet", "nooit"})
                # "Hoewel de ondernemer niet verwacht dat ...": verb last, the negation
                # right before it
                or (that == cue + 1 and cue > 0 and self.lowers[cue - 1] in {"niet", "nooit"})
            )
        ):
            return "deny"
        return stance

    def tail_too_long(self, start: int, end: int) -> bool:
        """After a tag's source only adverbs and a phrase or two may follow ("zelf", "tegen
        de krant", "aan de telefoon vanuit Jerevan"); a longer tail is a clause of its own."""
        tail = [t for t in self.doc[start:end] if is_word(t)]
        if not tail:
            return False
        # "Dat meldt TMZ op basis van documenten die de advocaat heeft ingediend": a phrase
        # that opens with a preposition may run longer than other tails.
        # "..., zei hij toen hij na een tocht van 163 kilometer op de kant werd gehesen": a
        # clause saying when the words were said belongs to the tag.
        # "Dat zei Orbán dit weekend in de zondagskrant ...": a time phrase ("dit weekend",
        # "vorige week") before such a phrase is an adjunct like "gisteren".
        time_phrase = (
            len(tail) > 1
            and tail[0].lower_ in {"dit", "deze", "vorige", "vorig", "volgende", "die"}
            and self.phrases.is_(tail[1], "time")
        )
        if time_phrase:
            tail = tail[2:] or tail[1:]
        # "Dat blijkt uit nieuwe cijfers van X die vandaag worden gepresenteerd": a relative
        # clause about the source, right after it
        relative = tail[0].lower_ in {"die", "dat"} and tail[0].i == start
        long_tail = (
            self.phrases.is_(tail[0], "preposition") or tail[0].lower_ in TAG_WHEN or relative
        )
        # ", stelde Robert Adang, commandant van het Defensie Helikopter Commando en daarmee
        # verantwoordelijk voor ...": an apposition to the source may run long too.
        apposition = self.doc[start].text == "," and (
            self.resolver.noun_type(tail[0].lower_) is not None
            or tail[0].lower_ in {"de", "het", "een"}
            and len(tail) > 1
            and self.resolver.noun_type(tail[1].lower_) is not None
        )
        if len(tail) > (30 if apposition else 24 if long_tail else 12):
            return True
        if (
            len(tail) >= 3
            and tail[-2].lower_ == "te"
            and tail[-1].lower_.endswith("en")
            # not "zegt de zangeres zonder een reden te noemen": an adjunct of the tag
            and not {"om", "zonder", "door", "na"} & {t.lower_ for t in tail}
        ):
            # "X, ooit ... benoemd, beloofde het land met 'schone politiek' te herenigen":
            # the cue governs an infinitive clause; the phrase after it is its object.
            return True
        if tail[0].lower_ in TAG_WHEN:
            return False
        if self.doc[start].text in {",", "("}:
            return False  # an apposition: "..., stelde Robert Adang, commandant van ..."
        first = tail[0]
        return not (
            self.phrases.is_(first, "preposition")
            or self.phrases.is_(first, "np_preposition")  # "uit nieuw onderzoek van X"
            or self.phrases.is_(first, "adverb")
            or self.phrases.is_(first, "time")  # "schreef Koolmees maandagavond aan de Kamer"
            or time_phrase
            or relative
            or first.lower_ in {"zelf", "weten", "aan", "toe", "uit", "op"}
            or len(tail) <= 2
        )

    def quoted_report(self, token: Token, verb, cue_end: int, sentence: Span) -> Candidate | None:
        """``X noemt de situatie 'dramatisch'`` / ``X spreekt van een 'ontluisterend'
        verhaal``: a speech verb whose clause quotes the source's words (kind mixed)."""
        if verb.verb_class != "speech" or verb.lemma in {"vragen", "zeggen"}:
            return None
        if not self.quotes_inside((sentence.start_char, sentence.end_char)):
            return None  # no quote in the sentence: nothing below can find one (cheap)
        _, clause_end = self.phrases.clause_bounds(sentence, token.i)
        subject = self.subject_of(token.i, token.i + 1, clause_end)
        if subject is None:
            return None
        if subject[1] <= token.i:
            # Verb last: "Toen Roxeanne vorig jaar "trauma's uit haar jeugd" deelde ...".
            between = [
                q for q in self.quotes if self.doc[subject[1]].idx <= q.start and q.end <= token.idx
            ]
            if between:
                quote = between[0]
                return Candidate(
                    content=(quote.content_start, quote.content_end),
                    kind="direct",
                    cue=self.cue_chars(token.i, cue_end + 1),
                    source=subject,
                    stance=verb.stance,
                )
        start = max(cue_end + 1, subject[1]) if subject[0] > token.i else cue_end + 1
        if ":" in self.lowers[start:clause_end]:
            clause_end = self.lowers.index(":", start)  # "...: ,,Met onze wet ...''" follows
        if verb.lemma == "spreken":
            # "sprak pal na de stemming van 'een gemiste kans'", "spreken over een 'zeer
            # complex dossier'": the words after "van" or "over"
            for k in range(start, clause_end - 1):
                quote_at = k + 2 if self.lowers[k + 1] in {"een", "de", "het"} else k + 1
                if (
                    self.lowers[k] in {"van", "over"}
                    and quote_at < clause_end
                    and is_quote_mark(self.doc[quote_at])
                ):
                    start = quote_at - 1  # "spreekt van een ,,giftige ideologie''"
                    break
        if start < clause_end and self.doc[start].lower_ in {"van", "over"}:
            start += 1  # "spreekt van ..."
        clause_end = self.end_before_new_verb(start, clause_end)
        content = self.chars(start, clause_end)
        if content[1] - content[0] < 5 or not self.quotes_inside((content[0] - 1, content[1])):
            return None
        whole = next(
            (
                quote
                for quote in self.quotes
                if quote.start >= content[0] - 1
                and quote.end >= content[1] - 1
                and self.text[content[0] : quote.start].strip() == ""
                and self.text[quote.end : content[1]].strip(" .") == ""
            ),
            None,
        )
        if whole is None:
            whole = self.sentence_quote_after_adverbials(start, content)
        if whole is not None:
            # "sprak van 'een gemiste kans'": all of it quoted, a direct quote
            content = (whole.content_start, whole.content_end)
            return self.report(token, verb, cue_end, "direct", content, subject)
        return self.report(token, verb, cue_end, "mixed", content, subject)

    def sentence_quote_after_adverbials(self, start: int, content: tuple[int, int]):
        """``De vrouw riep afgelopen zaterdag tijdens een demonstratie 'Als je ...'``: only
        adverbials of time or place stand between the cue and a quoted sentence that ends
        the clause; the quote alone is what was said."""
        if not (
            self.phrases.is_at(start, "time", "adverb", "preposition")
            or self.lowers[start] in {"afgelopen", "vorige", "vorig", "gisteren"}
        ):
            return None
        quote = next((q for q in self.quotes if content[0] <= q.start < content[1]), None)
        if (
            quote is None
            or quote.end < content[1] - 1
            or self.text[quote.end : quote.end + 3].lstrip().startswith(":")
            or self.titled_by_noun(quote)
        ):
            return None  # "in de brochure 'Hengelo binnenstad': '...'": a title
        words = self.text[quote.content_start : quote.content_end].split()
        if len(words) < 3 or not words[0][:1].isupper():
            return None  # "tijdens het debat 'onzin'": a fragment, still mixed
        return quote

    def anaphoric_report(
        self, token: Token, verb, cue_end: int, sentence: Span
    ) -> Candidate | None:
        """``Dat meldt De Telegraaf.`` / ``Dat laat Linda weten.``: a clause-initial
        ``dat``/``dit`` before the cue stands for the sentence before."""
        doc = self.doc
        start = sentence.start
        while start < token.i and self.lowers[start] in {"tenminste", ",", "en", "maar", "althans"}:
            start += 1
        if sentence.start == 0:
            return None
        if (
            self.lowers[start] in {"dat", "dit"}
            and token.i - start >= 2
            and self.lowers[start + 1] in {"werd", "wordt", "is", "was"}
        ):
            # "Dat werd zaterdag bevestigd door zijn advocaat.": a passive with its agent.
            agent = self.passive_agent(token.i, sentence.end)
            content = self.previous_claim(sentence)
            if agent is None or content is None or self.tail_too_long(agent[1], sentence.end):
                return None
            return self.report(token, verb, cue_end, "indirect", content, agent)
        if (
            self.lowers[start] in WARNED_FOR
            and token.i - start == 1
            and verb.lemma in {"waarschuwen", "pleiten"}
        ):
            # "Daarvoor waarschuwen de AIVD en de NCTV.": what is warned for is the sentence
            # before ("Daarover schrijft X" is left out: it may announce a new topic).
            subject = self.phrases.subject_after(token.i + 1, sentence.end)
            if subject is None or self.tail_too_long(subject[1], sentence.end):
                return None
            content = self.previous_claim(sentence)
            if content is None:
                return None
            return self.report(token, verb, cue_end, "indirect", content, subject)
        if self.lowers[start] not in {"dat", "dit"}:
            # "Zijn advocaat Geert-Jan Knoops heeft dat bevestigd.": subject, auxiliary,
            # "dat", participle at the end of the sentence.
            if (
                token.i >= 2
                and self.lowers[token.i - 1] in {"dat", "dit"}
                and self.phrases.is_(doc[token.i - 2], "verb")
                and self.tail_too_long(cue_end + 1, sentence.end) is False
                and all(not is_word(t) for t in doc[cue_end + 1 : sentence.end])
            ):
                subject = self.phrases.subject_before(start, token.i - 2)
                if subject is None:
                    return None
                content = self.previous_claim(sentence)
                if content is None:
                    return None
                return self.report(token, verb, cue_end, "indirect", content, subject)
            return None
        if token.i - start == 1:
            subject = self.phrases.subject_after(token.i + 1, sentence.end)
            if subject is None and verb.verb_class == "finding":
                subject = self.source_after_uit(cue_end + 1, sentence.end)
            tail_start = subject[1] if subject else token.i + 1
        elif (
            self.phrases.is_(doc[start + 1], "verb")
            # "Dat heeft het Agentschap van de Generale Thesaurie bekendgemaakt"; an acronym
            # in brackets ("(NCTV)") does not count
            and token.i
            - start
            - self.bracketed_count(start, token.i)
            - self.comma_aside_count(start, token.i)
            <= 10
            # "Dat kon anders, vond hij": a comma before the cue makes it a final tag; not
            # the commas of an apposition before a participle ("Dat heeft X, gouverneur
            # van de regio, gezegd")
            and (
                "," not in self.lowers[start : token.i]
                or (
                    self.lowers[start + 1] in PERFECT_AUXILIARIES
                    and self.is_participle(self.lowers[token.i])
                    and self.lowers[start : token.i].count(",") == 2
                )
            )
        ):
            # "Dat heeft ze gezegd tijdens ...": auxiliary, subject, participle.
            subject = self.phrases.subject_after(start + 2, token.i)
            tail_start = cue_end + 1
        else:
            return None
        if subject is None or self.tail_too_long(tail_start, sentence.end):
            return None
        content = self.previous_claim(sentence)
        if content is None:
            return None
        return self.report(token, verb, cue_end, "indirect", content, subject)

    def object_dat_report(
        self, token: Token, verb, cue_end: int, sentence: Span
    ) -> Candidate | None:
        """``Minister X laat dat weten aan de Kamer.`` / ``Het college antwoordt dat op
        vragen van ...``: a "dat" right after the cue verb with no clause after it (only the
        cue's particle, a phrase or two, no verb) is its object, standing for the sentence
        before; not the "dat" that opens a reported clause."""
        that = token.i + 1
        if (
            verb.verb_class != "speech"
            or that >= sentence.end
            or self.lowers[that] not in {"dat", "dit"}
        ):
            return None
        k = that + 1
        if cue_end == k:
            k += 1  # "laat dat weten"
        elif cue_end > k:
            return None  # the particle must stand right after "dat"
        # Only adverbs and phrases after a preposition may follow, up to the sentence end:
        # "zei dat gisteren in Brussel"; not "zei dat in de ploeg wanhoop heerst".
        phrases = 0
        while k < sentence.end and ALNUM.search(self.texts[k]) is not None:
            if self.phrases.is_at(k, "adverb", "time"):
                k += 1
            elif self.phrases.is_at(k, "preposition") and phrases < 3:
                phrase = self.phrases.noun_phrase_at(k + 1, sentence.end)
                if phrase is None:
                    return None
                k = phrase[1]
                phrases += 1
            else:
                return None
        if any(ALNUM.search(self.texts[j]) is not None for j in range(k, sentence.end)):
            return None
        subject = self.phrases.subject_before(sentence.start, token.i)
        content = self.previous_claim(sentence)
        if subject is None or content is None:
            return None
        return self.report(token, verb, cue_end, "indirect", content, subject)

    def comma_aside_count(self, start: int, end: int) -> int:
        """How many tokens of ``[start, end)`` stand between its two commas (an apposition:
        "Oleg Kozjemjako, gouverneur van de regio, ..."), 0 without exactly two."""
        commas = [k for k in range(start, end) if self.lowers[k] == ","]
        return commas[1] - commas[0] + 1 if len(commas) == 2 else 0

    def bracketed_count(self, start: int, end: int) -> int:
        """How many tokens of ``[start, end)`` stand in brackets, brackets included."""
        count, depth = 0, 0
        for k in range(start, end):
            if self.lowers[k] == "(":
                depth += 1
            if depth:
                count += 1
            if self.lowers[k] == ")" and depth:
                depth -= 1
        return count

    def previous_claim(self, sentence: Span) -> tuple[int, int] | None:
        """The sentence before ``sentence`` as the content of an anaphoric report ("...
        Dat meldt X."), or None when there is none or it is mostly a quote (the direct-quote
        finder takes that)."""
        if sentence.start == 0:
            return None
        previous = sentence_at(self.doc, sentence.start - 1)
        words = [t for t in previous if is_word(t)]
        if not words or (
            sum(self.in_quote(t) for t in words) > len(words) / 2 and self.in_quote(words[0])
        ):
            return None  # a quote of its own: the direct-quote finder takes it
        return self.chars(previous.start, previous.end)

    def source_after_uit(self, start: int, limit: int) -> tuple[int, int] | None:
        """ "(bleek) vorige week uit een steekproef van X": the phrase after "uit", with
        at most a few adverbial words before it."""
        for i in range(start, min(limit, start + 5)):
            if self.lowers[i] == "uit":
                phrase = self.phrases.noun_phrase_at(i + 1, limit)
                if (
                    phrase is not None
                    and phrase[1] - phrase[0] == 1
                    and phrase[1] < limit
                    and self.doc[phrase[1]].is_lower
                    and self.doc[phrase[1]].is_alpha
                    and not self.phrases.stops_phrase(self.doc[phrase[1]])
                ):
                    # "uit nieuw onderzoek van X": an adjective before the noun
                    phrase = self.phrases.noun_phrase_at(i + 2, limit) or phrase
                    phrase = (i + 1, phrase[1])
                return phrase
            if not is_word(self.doc[i]):
                return None
        return None

    def anaphoric_findings(self, sentence: Span) -> list[Candidate]:
        """``Dat is de conclusie van een onderzoek.`` / ``Dat blijkt uit cijfers van het
        CBS.``: the source of the sentence before, named after a fixed phrase."""
        start = sentence.start
        if start == 0 or self.lowers[start] not in {"dat", "dit"} or self.quoted_tokens[start]:
            return []
        for marker in self.pack.markers.get("anaphoric_finding", []):
            end = start + 1 + len(marker)
            if tuple(self.lowers[start + 1 : end]) != marker:
                continue
            source = self.phrases.noun_phrase_at(end, sentence.end)
            if source is None or self.tail_too_long(source[1], sentence.end):
                return []
            content = self.previous_claim(sentence)
            if content is None:
                return []
            return [self.claim(content, "indirect", self.cue_chars(start + 1, end), source)]
        return []

    def believe_if(self, sentence: Span) -> list[Candidate]:
        """``Als we de geruchten mogen geloven, ...`` / ``..., als je Page Six mag
        geloven``: the main clause is according to the phrase between."""
        found = []
        lowers = self.lowers
        markers = self.pack.markers.get("believe_if", [])
        for i in self.positions_in(sentence, "believe_if"):
            if self.quoted_tokens[i]:
                continue
            for marker in markers:
                size = len(marker)
                if tuple(lowers[i : i + size]) != marker:
                    continue
                source = self.phrases.noun_phrase_at(i + size, sentence.end)
                if source is None:
                    continue
                j = source[1]
                if j + 1 >= sentence.end or lowers[j] not in {"mogen", "mag", "moeten", "moet"}:
                    continue
                if lowers[j + 1] != "geloven":
                    continue
                after = j + 2
                if after < sentence.end and lowers[after] == ",":
                    after += 1
                opens_clause = i == self.skip_conjunctions(sentence.start, i) or (
                    lowers[i - 1] in {"en", "maar"}  # "..., en als we X mogen geloven ..."
                )
                if opens_clause and after < sentence.end - 1:
                    _, clause_end = self.phrases.clause_bounds(sentence, after)
                    content = self.chars(after, clause_end)  # "Als we X mogen geloven, ..."
                elif i > sentence.start and lowers[i - 1] == ",":
                    content = self.chars(sentence.start, i - 1)  # "..., als we X mogen geloven."
                else:
                    continue
                if content[1] - content[0] < 8:
                    continue
                found.append(self.claim(content, "according_to", self.cue_chars(i, j + 2), source))
        return found

    def heard_from(self, sentence: Span) -> list[Candidate]:
        """``Ik hoor van goede bronnen dat ...``: the source is the phrase after "van",
        not the one who heard (also inside a quote: the speaker passes it on)."""
        found = []
        for i in self.positions_in(sentence, "hear"):
            if i >= sentence.end - 2:
                continue
            if self.lowers[i + 1] == "van":
                source = self.phrases.noun_phrase_at(i + 2, sentence.end)
                if source is None or source[1] >= sentence.end or self.lowers[source[1]] != "dat":
                    continue
                clause_start = source[1] + 1
            else:
                # "Privé heeft van intimi begrepen dat ...": the "van" phrase before a
                # participle at the end of its clause
                source = self.van_phrase_before(i, sentence)
                if source is None or self.lowers[i + 1] != "dat":
                    continue
                clause_start = i + 2
            _, clause_end = self.phrases.clause_bounds(sentence, clause_start)
            clause_end = self.through_colon(clause_start, clause_end, sentence)
            content = self.chars(clause_start, clause_end)
            if self.in_quote(self.doc[i]):
                content = self.clip_to_quote(self.doc[i].idx, content)
            if content[1] - content[0] < 8:
                continue
            found.append(self.claim(content, "indirect", self.cue_chars(i, i + 2), source))
        return found

    def object_before_predicate(self, i: int, end: int) -> bool:
        """An object pronoun at ``i`` followed by an indefinite predicate before ``end``: the
        object of a verdict ("vindt het een jammere beslissing", "noemt het een drama")."""
        return (
            self.lowers[i] in OBJECT_PRONOUNS
            and i + 1 < end
            and self.lowers[i + 1] in {"een", "geen"}
        )

    def van_phrase_before(self, verb: int, sentence: Span) -> tuple[int, int] | None:
        """The noun phrase of a "van" phrase that ends right before token ``verb``."""
        for j in range(verb - 2, max(sentence.start, verb - 8) - 1, -1):
            if self.lowers[j] == "van":
                phrase = self.phrases.noun_phrase_at(j + 1, verb)
                return phrase if phrase is not None and phrase[1] == verb else None
        return None

    def verdict_report(self, token: Token, verb, cue_end: int, sentence: Span) -> Candidate | None:
        """``X noemt de school 'een ernstige zaak'``, ``X vindt de verhoging logisch``, ``X ziet
        het besluit als een aanval``: a source's verdict on something, as object and
        predicate with no clause. First-person verdicts are the speaker's own opinion (a
        columnist's "Wij vinden deze keuze ..."), no report."""
        needs_als = VERDICT_VERBS.get(verb.lemma)
        if needs_als is None:
            return None
        doc = self.doc
        lowers = self.lowers
        if needs_als != "als" and (cue_end + 1 >= sentence.end or not is_word(doc[cue_end + 1])):
            return self.verb_last_verdict(token, cue_end)
        _, clause_end = self.phrases.clause_bounds(sentence, token.i)
        clause_end = next(
            (j for j in range(cue_end + 1, clause_end) if doc[j].text == ":"), clause_end
        )  # "vindt de verhoging logisch: ,,...'': the quote after the colon is its own
        subject = self.subject_of(token.i, token.i + 1, clause_end, object_follows=True)
        if subject is None or lowers[subject[0]] in SPEAKER_PRONOUNS:
            return None
        opener = self.skip_conjunctions(sentence.start, token.i)
        if (
            lowers[opener] == "dat"
            and token.i - opener > 3
            and subject[0] > token.i
            and self.clause_start_before(token.i, commas=False) == opener + 1
        ):
            # "Dat hij met Thunberg mag samenwerken vindt hij een grote eer": the fronted
            # dat-clause is what the verdict is about; the claim is the whole sentence.
            content = self.chars(opener, clause_end)
            return Candidate(
                content=content,
                kind="mixed" if self.quotes_inside(content) else "indirect",
                cue=self.cue_chars(token.i, token.i + 1),
                source=subject,
                stance=self.stance("assert", content),
            )
        # The object follows the verb, before a particle: "ziet het besluit als ...".
        start = subject[1] if subject[0] > token.i else token.i + 1
        while start < clause_end and lowers[start] in {"zelf", "ook", "al", "onlangs", "nu"}:
            start += 1
        words = self.word_lowers(start, clause_end)
        if not 2 <= len(words) <= 25:
            return None
        thing = self.phrases.noun_phrase_at(start, clause_end)
        if self.object_before_predicate(start, clause_end):
            thing = (start, start + 1)  # "vindt het een jammere beslissing"
        if thing is None and lowers[start] in OBJECT_PRONOUNS:
            thing = (start, start + 1)  # "noemt het zelf een verbindend programma"
        if thing is None or lowers[thing[0]] == "geen":
            return None  # "vond geen bewijs": a find, not a verdict
        rest = thing[1]
        if rest < clause_end and lowers[rest] in {"door", "van", "in", "over", "met"}:
            # "noemt de veroordeling door het parlement misplaatst": the thing goes on
            nested = self.phrases.noun_phrase_at(rest + 1, clause_end)
            if nested is not None and nested[1] < clause_end:
                rest = nested[1]
        while rest < clause_end and (
            self.phrases.is_(doc[rest], "adverb") or lowers[rest] in {"zelf", "ook", "al"}
        ):
            rest += 1
        if rest >= clause_end:
            return None
        predicate = doc[rest]
        if needs_als == "als":
            if lowers[rest] != "als":
                return None
        elif not (
            is_quote_mark(predicate)
            or lowers[rest] in VERDICT_PREDICATE_OPENERS
            or (
                predicate.is_alpha
                and predicate.text[:1].islower()
                and not self.phrases.is_(predicate, "preposition")
                and not self.phrases.is_(predicate, "np_preposition")
                and not self.phrases.is_(predicate, "subordinator")
                and not self.phrases.is_verb_like(predicate)
                and lowers[rest] not in {"dat", "om", "te", "en", "of"}
            )
        ):
            return None  # "vond de politie twee pistolen in 9 millimeter", "noemde haar pop Renaat"
        end = self.end_before_new_verb(rest, clause_end)
        colon = next((j for j in (end - 1, end) if j < sentence.end and doc[j].text == ":"), None)
        if (
            colon is not None
            and colon + 1 < sentence.end
            and not (is_quote_mark(doc[colon + 1]) or self.in_quote(doc[colon + 1]))
        ):
            end = self.sentence_end(sentence)  # "vindt X een drama: het helpt niemand"
        content = self.chars(start, end)
        stance = self.stance("assert", content)
        if stance == "assert" and self.has_marker("confirm", " " + " ".join(words) + " "):
            stance = "confirm"
        return Candidate(
            content=content,
            kind="mixed" if self.quotes_inside(content) else "indirect",
            cue=self.cue_chars(token.i, token.i + 1),
            source=subject,
            stance=stance,
        )

    def verb_last_verdict(self, token: Token, cue_end: int) -> Candidate | None:
        """``omdat hij haar optreden te slap vond``: a verdict in a subordinate clause, the
        verb last; object and predicate stand between the subject and the verb."""
        clause_start = self.clause_start_before(token.i)
        if clause_start == 0 or self.lowers[clause_start - 1] not in VERB_LAST_VERDICT_OPENERS:
            return None
        subject = self.phrases.noun_phrase_at(clause_start, token.i)
        if subject is None or subject[0] != clause_start:
            return None
        if not self.names_a_speaker(subject, SUBJECT_PRONOUNS - SPEAKER_PRONOUNS):
            return None  # "omdat ik het te duur vond": the writer's own verdict
        words = [t for t in self.doc[subject[1] : token.i] if is_word(t)]
        if not 2 <= len(words) <= 20 or any(self.phrases.is_verb_like(t) for t in words):
            return None
        predicate = words[-1]
        if not (predicate.text[:1].islower() and predicate.is_alpha) or self.phrases.is_(
            predicate, "preposition"
        ):
            return None  # "omdat hij het in Amsterdam vond": a place, no verdict
        thing = self.phrases.noun_phrase_at(subject[1], token.i)
        if thing is None or thing[1] >= token.i:
            return None  # "toen hij de sleutel vond": an object and no predicate, a find
        content = self.chars(subject[1], token.i)
        return Candidate(
            content=content,
            kind="mixed" if self.quotes_inside(content) else "indirect",
            cue=self.cue_chars(token.i, cue_end + 1),
            source=subject,
            stance=self.stance("assert", content),
        )

    def infinitive_report(
        self, token: Token, verb, cue_end: int, sentence: Span
    ) -> Candidate | None:
        """``X zei er kapot van te zijn`` / ``verklaarde zich schuldig te hebben gemaakt``:
        a report whose content is an infinitive clause with ``te``."""
        doc = self.doc
        if verb.verb_class == "finding" or verb.lemma == "vragen":
            return None  # "bleek te zijn" is no report; "vroeg om ... te" is a request
        if "te" not in self.lowers[cue_end + 1 : sentence.end]:
            return None  # no "te" after the cue: no infinitive clause (a cheap test first)
        opener = self.clause_start_before(token.i)
        if opener > sentence.start and doc[opener - 1].lower_ in {"dat", "die", "wat"}:
            return None  # "het gaatje dat de minister denkt te zien": a relative clause
        _, clause_end = self.phrases.clause_bounds(sentence, token.i)
        words = self.word_lowers(cue_end + 1, clause_end)
        passive = self.is_participle(token.lower_)
        if len(words) < 3 or not self.infinitive_before_comma(
            cue_end + 1, clause_end, passive=passive
        ):
            return None
        if any(
            doc[j].text == ":" and (is_quote_mark(doc[j + 1]) or self.in_quote(doc[j + 1]))
            for j in range(cue_end + 1, min(clause_end, len(doc) - 1))
        ):
            return None  # "vertelde ze het volgende: “... te treden”": a quote, not a te-clause
        subject = self.subject_of(token.i, token.i + 1, clause_end, object_follows=True)
        if subject is None:
            return None
        coordinated: list[tuple[int, int]] = []
        for j in range(cue_end + 1, clause_end - 1):
            if self.lowers[j] == "en" and self.lowers[j + 1] in {"dat", "of"}:
                # "laat weten geschrokken te zijn en dat de aantijgingen ernstig zijn": the
                # dat-clause is a report of its own.
                coordinated = self.coordinated_clauses(j, sentence.end)
                clause_end = j
                break
        start = max(cue_end + 1, subject[1]) if subject[0] > token.i else cue_end + 1
        # "zegt tegen TTG Media ...": the addressee is not part of the content.
        if start < clause_end and doc[start].lower_ in {"tegen", "tegenover", "aan"}:
            addressee = self.phrases.noun_phrase_at(start + 1, clause_end)
            if addressee is not None and (
                self.entities.entity_at(*addressee) is not None
                or any(self.resolver.noun_type(t.lower_) for t in doc[addressee[0] : addressee[1]])
            ):
                start = addressee[1]  # "zegt tegen TTG Media": an addressee, not "aan een ..."
        while start < clause_end - 1 and self.lowers[start] in LEADING_ADVERBS:
            start += 1  # "bestreden eerder zich ... schuldig te hebben gemaakt"
        if verb.lemma == "oproepen" and self.lowers[start] == "om":
            start += 1  # "roept op om te stoppen": what is asked begins after "om"
        clause_end = self.main_verb_after_en(start, clause_end)
        content = self.chars(start, clause_end)
        if content[1] - content[0] < 8:
            return None
        return Candidate(
            content=content,
            kind="mixed" if self.quotes_inside(content) else "indirect",
            cue=self.cue_chars(token.i, cue_end + 1),
            source=subject,
            stance=self.stance(verb.stance, content),
            coordinated=coordinated,
        )

    def not_a_source(self, phrase: tuple[int, int]) -> bool:
        """Whether the phrase after "volgens" is a norm, not a source: its head (before any
        "van" phrase, or the word the phrase finder stopped at) is listed as not_a_source
        ("de regels", "een bepaald concept"; not "het plan van de minister")."""
        if "van" in self.lowers[phrase[0] : phrase[1]]:
            return False  # "het plan van de minister": someone's plan speaks for them
        words = self.pack.marker_words("not_a_source")
        end = phrase[1]
        head = [self.lowers[end - 1]]
        if end < len(self.lowers):
            head.append(self.lowers[end])  # "een bepaald | concept"
        return any(word in words for word in head)

    def source_phrase_goes_on(self, phrase: tuple[int, int], limit: int) -> tuple[int, int]:
        """The source phrase after "volgens" with what continues it: a second source
        ("volgens de PVV en de SP") or a list in brackets before the verb ("volgens zeven
        partijen (SGP, Denk, D66) is het ...")."""
        end = phrase[1]
        if end + 1 < limit and self.lowers[end] == "en":
            second = self.phrases.noun_phrase_at(end + 1, limit)
            if (
                second is not None
                and self.phrases.names_a_source(phrase)
                and self.phrases.names_a_source(second)
            ):
                return (phrase[0], second[1])
        if end + 2 < limit and self.lowers[end] == "(":
            closing = next(
                (j for j in range(end + 1, min(limit - 1, end + 25)) if self.lowers[j] == ")"),
                None,
            )
            if closing is not None and self.phrases.is_verb_like(self.doc[closing + 1]):
                return (phrase[0], closing + 1)
        return phrase

    def after_aside(self, start: int, end: int) -> int:
        """Where the claim after "Volgens X" begins: past an aside in commas right after the
        source ("Volgens Wouter Akkerman, projectleider van het waterschap, moeten ...",
        "Volgens de nieuwslezers, zo vertelde ze, heeft ze ..."), when the verb follows it."""
        if start >= end or self.lowers[start] != ",":
            return start
        k = start + 1
        while k < min(end - 1, start + 30):
            if self.lowers[k] in DASHES:
                # "Volgens X, de advocaat van Al-M - een man zonder vast adres - is het
                # verhaal ...": a parenthesis in dashes inside the aside, then its verb
                closing = next(
                    (j for j in range(k + 1, min(end - 1, k + 25)) if self.lowers[j] in DASHES),
                    None,
                )
                if closing is None:
                    return start
                if self.phrases.is_verb_like(self.doc[closing + 1]):
                    return closing + 1
                k = closing + 1
                continue
            if self.lowers[k] == ",":
                if self.phrases.is_verb_like(self.doc[k + 1]):
                    return k + 1
                return start
            k += 1
        return start

    def final_weet(self, sentence: Span) -> list[Candidate]:
        """``Unquoted claim, weet The Daily Mail.``: "weten" reports only as a final tag."""
        doc = self.doc
        for i in self.positions_in(sentence, "weet"):
            if not sentence.start + 2 <= i < sentence.end - 1 or doc[i - 1].text != ",":
                continue
            if is_quote_mark(doc[i - 2]) or self.in_quote(doc[i - 2]):
                continue
            subject = self.phrases.subject_after(i + 1, sentence.end)
            if subject is None or any(is_word(t) for t in doc[subject[1] : sentence.end]):
                continue
            if doc[subject[0]].lower_ in SUBJECT_PRONOUNS:
                continue  # ", weet je", ", wist hij": not a source quoted
            content = self.chars(sentence.start, i - 1)
            if content[1] - content[0] < 8:
                continue
            return [self.claim(content, "indirect", self.cue_chars(i, i + 1), subject)]
        return []

    def final_aldus(self, sentence: Span) -> list[Candidate]:
        """``Unquoted claim, aldus X.``"""
        doc = self.doc
        found = []
        for i in self.positions_of("aldus", sentence):
            token = doc[i]
            if token.i - 1 <= sentence.start or doc[token.i - 1].text != ",":
                continue
            if is_quote_mark(doc[token.i - 2]) or self.in_quote(doc[token.i - 2]):
                continue
            phrase = self.phrases.noun_phrase_at(token.i + 1, sentence.end)
            if phrase is None:
                continue
            content = self.parenthetical_content(sentence, token.i - 1, phrase[1]) or self.chars(
                sentence.start, token.i - 1
            )
            found.append(
                Candidate(
                    content=content,
                    kind="according_to",
                    cue=self.cue_chars(token.i, token.i + 1),
                    source=phrase,
                )
            )
        return found

    def according_to(self) -> list[Candidate]:
        """``volgens X``, ``naar verluidt``, ``naar eigen zeggen``."""
        doc = self.doc
        found = []
        rumours = self.pack.markers.get("rumour", [])
        rumour_openers = frozenset(marker[0] for marker in rumours)
        phrase_markers: dict[str, list[tuple[str, ...]]] = {}
        for marker in self.pack.markers.get("according_to", []):
            if len(marker) > 1:
                phrase_markers.setdefault(marker[0], []).append(marker)
        for sentence in sentences(doc):
            for i in self.positions_of("according_to", sentence):
                lower = self.lowers[i]
                if lower == "wat":
                    found += self.wat_betreft(i, sentence)
                    continue
                if lower in rumour_openers and not self.quoted_tokens[i]:
                    marker = next(
                        (m for m in rumours if tuple(self.lowers[i : i + len(m)]) == m), None
                    )
                    if marker is not None:
                        # "naar verluidt", "naar het schijnt", ", schijnt het,": hearsay with
                        # no source, over the clause around it.
                        clause_start, clause_end = self.phrases.clause_bounds(
                            sentence, i, comma_verbs=False
                        )
                        clause_start = max(clause_start, self.clause_start_before(i, commas=False))
                        clause_start = self.skip_conjunctions(clause_start, i)
                        found.append(
                            Candidate(
                                content=self.chars(clause_start, clause_end),
                                kind="according_to",
                                cue=self.cue_chars(i + (lower == ","), i + len(marker)),
                                source_type="rumour",
                            )
                        )
                        continue
                marker_end = i + 1
                longer = phrase_markers.get(lower)
                matched = (
                    next((m for m in longer if tuple(self.lowers[i : i + len(m)]) == m), None)
                    if longer
                    else None
                )
                if matched is not None and not self.quoted_tokens[i]:
                    # "is in de ogen van Hoekstra ...": a marker of several words, as volgens
                    lower, marker_end = "volgens", i + len(matched)
                elif lower not in {"volgens", "naar"} or self.quoted_tokens[i]:
                    continue
                token = doc[i]
                clause_start, clause_end = self.phrases.clause_bounds(
                    sentence, token.i, comma_verbs=False
                )
                clause_start = max(clause_start, self.clause_start_before(token.i, commas=False))
                opener = self.skip_conjunctions(sentence.start, token.i)
                adverbial_first = self.lowers[opener] not in {
                    "dat",
                    "of",
                    "wat",
                    "wie",
                } and self.phrases.is_at(opener, "subordinator")
                for j in range(token.i - 1, clause_start if adverbial_first else token.i, -1):
                    if (
                        self.lowers[j] == ","
                        and self.phrases.is_(doc[j + 1], "verb")
                        and doc[j + 1].text[:1].islower()
                    ):
                        # "Hoewel er berichten waren dat ..., is daar volgens TMZ geen sprake
                        # van": the main clause starts at its verb after the comma.
                        clause_start = j + 1
                        break
                clause_start = self.skip_conjunctions(clause_start, token.i)
                if lower == "volgens":
                    phrase = self.phrases.noun_phrase_at(marker_end, sentence.end)
                    if phrase is None and self.lowers[marker_end] in {"dat", "die", "dit", "deze"}:
                        # "volgens dat laatste bureau": a demonstrative, not "that"
                        rest = self.phrases.noun_phrase_at(marker_end + 1, sentence.end)
                        phrase = (marker_end, rest[1]) if rest is not None else None
                    if phrase is None:
                        continue
                    if self.not_a_source(phrase):
                        continue  # "volgens de regels schoonmaken": by the rules, no source
                    if phrase[1] - phrase[0] == 1 and self.lowers[phrase[0]] in {"mij", "ons"}:
                        continue  # "Volgens mij ...": the writer's own view, no report
                    phrase = self.source_phrase_goes_on(phrase, sentence.end)
                    if phrase[1] >= clause_end - 1:
                        # the "en" of "volgens de PVV en de SP" ended no clause
                        _, clause_end = self.phrases.clause_bounds(
                            sentence, phrase[1], comma_verbs=False
                        )
                    for j in range(phrase[1], clause_end - 1):
                        if self.lowers[j] == ":" and (
                            is_quote_mark(doc[j + 1]) or self.in_quote(doc[j + 1])
                        ):
                            clause_end = j  # "volgens X is dat een conclusie: '...'"
                            break

                    if self.opens_main_clause_after_comma(token.i, phrase[1], clause_end):
                        clause_start = token.i  # the clause it opens is the claim
                    if token.i == clause_start:
                        clause_end = self.shared_fronting_end(sentence, clause_end)
                        if (
                            clause_end < sentence.end
                            and self.lowers[clause_end - 1] == ":"
                            and not is_quote_mark(doc[clause_end])
                            and not self.quoted_tokens[clause_end]
                        ):
                            # "Volgens Feddema schuilt er een gevaar: als ...": what the
                            # colon announces is part of the claim.
                            clause_end = sentence.end
                    dash_end = self.parenthesis_end(token.i, sentence.end)
                    # "Dat is volgens X ...": the sentence opens with a demonstrative
                    demonstrative = (
                        self.lowers[sentence.start] in {"dat", "dit"}
                        and token.i - sentence.start <= 2
                    )
                    if (
                        demonstrative
                        and sentence.start > 0
                        and not self.judges_demonstrative(sentence, clause_end)
                    ):
                        # "Dat is volgens politici aan het licht gekomen": the claim is the
                        # sentence before.
                        previous = sentence_at(doc, sentence.start - 1)
                        found.append(
                            Candidate(
                                content=self.chars(previous.start, previous.end),
                                kind="according_to",
                                cue=self.cue_chars(token.i, marker_end),
                                source=phrase,
                            )
                        )
                        continue
                    if demonstrative:
                        content = self.chars(sentence.start, clause_end)  # a judgement
                    elif dash_end is not None:
                        # "De rapper - volgens Forbes de best betaalde ster - deed ...":
                        # the aside is the claim.
                        content = self.chars(phrase[1], dash_end)
                    elif token.i == clause_start:
                        content = self.chars(self.after_aside(phrase[1], clause_end), clause_end)
                    else:
                        content = self.chars(clause_start, clause_end)
                    answer = ELLIPTIC_ANSWERS.get(self.lowers[phrase[1]])
                    if (
                        answer is not None
                        and token.i == clause_start
                        and phrase[1] + 1 < sentence.end
                        and not is_word(doc[phrase[1] + 1])
                    ):
                        # "Krijg ik verkeerde informatie? Volgens Adang niet, maar ...": an
                        # answer that denies (or affirms) what was just asked or claimed.
                        content = self.chars(phrase[1], self.sentence_end(sentence))
                        found.append(
                            Candidate(
                                content=content,
                                kind="according_to",
                                cue=self.cue_chars(token.i, marker_end),
                                source=phrase,
                                stance=answer,
                            )
                        )
                        continue
                    if content[1] - content[0] < 8:
                        continue
                    found.append(
                        Candidate(
                            content=content,
                            kind="according_to",
                            cue=self.cue_chars(token.i, marker_end),
                            source=phrase,
                        )
                    )
                elif lower == "naar" and token.i + 1 < sentence.end:
                    nxt = doc[token.i + 1].lower_
                    if (
                        nxt == "eigen"
                        and token.i + 2 < sentence.end
                        and doc[token.i + 2].lower_ == "zeggen"
                    ):
                        if token.i == clause_start:
                            # "Naar eigen zeggen heeft ze geen problemen": verb, then subject.
                            subject = self.phrases.subject_after(token.i + 4, clause_end)
                        elif self.lowers[token.i - 1] in SUBJECT_PRONOUNS:
                            # "Een confrontatie waar hij naar eigen zeggen van genoot"
                            subject = (token.i - 1, token.i)
                        else:
                            subject = self.phrases.subject_before(
                                clause_start, token.i - 1
                            ) or self.phrases.noun_phrase_at(clause_start, token.i)
                        content = self.chars(clause_start, clause_end)
                        found.append(
                            self.claim(
                                content,
                                "according_to",
                                self.cue_chars(token.i, token.i + 3),
                                subject,
                            )
                        )
        return found

    def shared_fronting_end(self, sentence: Span, clause_end: int) -> int:
        """Where the claim of a fronted "Volgens X" ends when a coordinated clause follows
        with its verb first: "Volgens Slob is de docent niet geschorst, maar heeft hij een
        time-out gehad" leaves the first place of the second clause empty, so "volgens
        Slob" stands there too. A clause with a subject of its own ("..., maar de school
        denkt ...") is not his."""
        while (
            clause_end + 1 < sentence.end
            and self.lowers[clause_end] in {"maar", "en"}
            and (
                self.phrases.is_(self.doc[clause_end + 1], "verb")
                # "... thuis en hoeven ze alleen ...": a verb the lists lack, then its
                # subject pronoun
                or (
                    clause_end + 2 < sentence.end
                    and self.texts[clause_end + 1].isalpha()
                    and self.texts[clause_end + 1].islower()
                    and self.lowers[clause_end + 2] in {"ze", "zij", "hij", "we", "wij"}
                )
            )
        ):
            _, next_end = self.phrases.clause_bounds(sentence, clause_end + 1, comma_verbs=False)
            if next_end <= clause_end:
                break
            clause_end = next_end
        return clause_end

    def wat_betreft(self, i: int, sentence: Span) -> list[Candidate]:
        """``Wat hem betreft is dat onredelijk``: "wat X betreft" opening a clause is an
        according-to marker around its source."""
        if self.quoted_tokens[i] or i != self.skip_conjunctions(sentence.start, i + 1):
            return []
        betreft = next(
            (j for j in range(i + 2, min(i + 8, sentence.end)) if self.lowers[j] == "betreft"),
            None,
        )
        if betreft is None:
            return []
        phrase = self.phrases.noun_phrase_at(i + 1, betreft)
        if phrase is None or phrase != (i + 1, betreft):
            return []
        source = self.doc[phrase[0]]
        # not "wat mij betreft" (the writer) nor "wat de prijs betreft" (a topic)
        if not self.names_a_speaker(phrase, OBJECT_PRONOUNS) or source.lower_ in {
            "het",
            "dat",
            "dit",
            "die",
        }:
            return []  # "Wat de prijs betreft": a topic, no source
        content = self.chars(betreft + 1, self.sentence_end(sentence))
        if content[1] - content[0] < 8:
            return []
        return [
            Candidate(
                content=content,
                kind="according_to",
                cue=self.cue_chars(i, betreft + 1),
                source=phrase,
            )
        ]

    def parenthesis_end(self, i: int, limit: int) -> int | None:
        """Where the dash or bracket aside that opens right before token ``i`` closes."""
        if i == 0 or self.doc[i - 1].text not in {"-", "–", "—", "("}:
            return None
        closer = ")" if self.doc[i - 1].text == "(" else self.doc[i - 1].text
        for j in range(i + 1, limit):
            if self.doc[j].text == closer:
                return j
        return None

    def skip_conjunctions(self, start: int, limit: int) -> int:
        lowers = self.lowers
        while start < limit and (
            lowers[start] in {"en", "maar", "want", ","} or lowers[start].isspace()
        ):
            start += 1
        return start

    def reportatives(self, existing: list[Candidate]) -> list[Candidate]:
        """Hearsay ``zou/zouden`` in a clause that names no source of its own."""
        doc = self.doc
        found = []
        conditionals = self.pack.marker_words("conditional")
        question_openers = self.pack.marker_words("question_opener")
        blockers = self.pack.marker_words("modal_blocker")
        covered = CoveredRanges(c.content for c in existing)
        for sentence in sentences(doc):
            if self.is_question(sentence):
                continue
            for i in self.positions_of("reportative", sentence):
                if self.quoted_tokens[i]:
                    continue
                token = doc[i]
                if covered.covers(token.idx):
                    continue
                clause_start, clause_end = self.phrases.clause_bounds(sentence, token.i)
                clause_start = self.skip_conjunctions(clause_start, token.i)
                own_start = clause_start  # the zou-clause itself, for the checks below
                if (
                    token.i == self.clause_start_before(token.i)
                    and token.i > sentence.start
                    and doc[token.i - 1].text == ","
                ):
                    # "Het koppel, dat zelden te zien is, zou ...", "Nu hij ... beschikt, zou
                    # de prins ...": zou right after a comma; the subject or the clause that
                    # sets the scene comes before it and belongs to the claim.
                    clause_start = self.skip_conjunctions(sentence.start, token.i)
                words = [t.lower_ for t in doc[clause_start:clause_end]]
                before = [t.lower_ for t in doc[clause_start : token.i]]
                after = self.word_lowers(token.i + 1, clause_end)
                if after[:1] in (["ik"], ["je"], ["jij"], ["we"], ["wij"], ["u"], ["me"], ["mij"]):
                    continue  # "zou ik zeggen", "Het zou me verbazen": the writer's own voice
                if before[-1:] in (["ik"], ["je"], ["jij"], ["we"], ["wij"], ["u"]):
                    continue  # "je zou ons er erg mee helpen": a wish or a generic "you"
                if {"wanneer", "indien", "tenzij"} & set(self.lowers[token.i + 1 : sentence.end]):
                    continue  # "Zijn argument zou winnen wanneer hij ...": a condition follows
                if any(
                    self.lowers[k] == "als"
                    and self.lowers[k - 1] == "zijn"
                    and self.lowers[k + 1] in CONDITION_SUBJECTS
                    for k in range(token.i + 2, sentence.end - 1)
                ):
                    # "Het zou mooi zijn als hij ...", "K3 zou K3 niet zijn als alleen ...": a
                    # state under a condition, not "De ring zou ze dragen als ze thuis is"
                    continue
                if self.lowers[self.skip_conjunctions(sentence.start, token.i)] == "hoe":
                    continue  # "Hoe mooi zou het zijn om ...": an exclamation
                if (
                    (
                        after[:1] in (["zijn"], ["worden"])
                        # "zou zijn gestrand": a perfect, hearsay; "zou zijn overwinning zijn" not
                        and not any(self.is_participle(w) and len(w) > 5 for w in after[1:4])
                    )
                    or (
                        before in (["het"], ["dat"], ["dit"])
                        and after[-1:] in (["zijn"], ["worden"])
                        and not any(self.is_participle(w) for w in after)
                    )
                ):
                    continue  # "Het zou haar overwinning zijn": hypothetical, not hearsay
                if self.verb_final_plain(token.i, sentence):
                    continue  # "die de Tweede Kamer onder handen zou nemen": future in the past
                # A blocker counts in the zou-clause itself, not in a purpose clause after a
                # comma (", om toch contact te kunnen hebben").
                main_after = []
                for t in doc[token.i + 1 : clause_end]:
                    if t.text == "," or t.lower_ == "om":
                        break
                    main_after.append(t.lower_)
                if set(main_after) & blockers or any(
                    (word in conditionals and (k == 0 or before[k - 1] in {",", "en", "maar"}))
                    # "Hij wist niet of ze zou komen": an embedded question
                    or (word == "of" and k > 0 and before[k - 1] in question_openers)
                    for k, word in enumerate(before)
                ):
                    continue  # "Als hij zou winnen", but not "Zowel Kim als Kanye zouden"
                subordinate = [
                    t
                    for t in doc[own_start : token.i]
                    if (self.phrases.is_(t, "subordinator") or t.lower_ == "dat")
                    and not (t.lower_ == "als" and "zowel" in before)
                    # "Het koppel, dat zelden te zien is, zou ...": a relative clause in commas
                    and not (
                        t.lower_ == "dat"
                        and t.i > sentence.start
                        and self.lowers[t.i - 1] == ","
                        and "," in self.lowers[t.i + 1 : token.i]
                    )
                ]
                if subordinate and subordinate[-1].lower_ in CAUSAL_SUBORDINATORS:
                    # "omdat Maduro zijn termijn zou hebben veroverd met fraude": a reason
                    # given as hearsay; the claim is the clause after "omdat".
                    clause_start = subordinate[-1].i + 1
                elif subordinate:
                    continue  # "voordat dat zou gebeuren": a future in the past
                else:
                    relative = next(
                        (
                            j
                            for j in range(token.i - 1, own_start, -1)
                            if self.lowers[j] == "die" and is_word(doc[j - 1])
                        ),
                        None,
                    )
                    if relative is not None and relative > clause_start:
                        # "Jeffrey Epstein die meisjes verhandeld zou hebben": hearsay in the
                        # relative clause only.
                        clause_start = relative
                if clause_start > sentence.start and doc[clause_start - 1].lower_ in conditionals:
                    continue
                opener = self.skip_conjunctions(sentence.start, token.i)
                if (
                    self.lowers[opener] in conditionals
                    and token.i > opener
                    and self.lowers[token.i - 1] == ","
                ):
                    continue  # "Als Maduro hem zou arresteren, zou dat ...": the consequence
                if "volgens" in words or any(
                    self.cue_verb(t, clause_end) and self.lowers[t.i + 1 : clause_end].count("dat")
                    for t in doc[clause_start:clause_end]
                ):
                    continue  # the clause reports its own source ("X zegt dat ... zou")
                content = self.chars(clause_start, clause_end)
                found.append(
                    Candidate(
                        content=content,
                        kind="reportative",
                        cue=self.cue_chars(token.i, token.i + 1),
                        inherit="previous",
                    )
                )
                covered.add(*content)
        return found

    def verb_final_plain(self, zou: int, sentence: Span) -> bool:
        """``zou`` at the end of its clause with a plain infinitive ("die met pensioen zou
        gaan", "waar een mens een burn-out van zou krijgen"): the verb-final order of a
        subordinate clause, where "zou" is a future in the past or a conditional. In dev gold
        such a "zou" was hearsay 6 times in 105; with a perfect ("zou hebben gegooid") it
        often is, so that stays."""
        texts, lowers = self.texts, self.lowers
        after: list[str] = []
        for k in range(zou + 1, sentence.end):
            if is_quote_text(texts[k]) or texts[k].isspace():
                continue  # "zouden 'extreem ambitieus' zijn": quote marks inside the clause
            if not ALNUM.search(texts[k]):
                if self.quoted_tokens[k]:
                    continue  # a comma inside the quoted words ends no clause
                break
            after.append(lowers[k])
            if len(after) > 2:
                return False
        before = 0
        for k in range(zou - 1, sentence.start - 1, -1):
            if not ALNUM.search(texts[k]):
                break
            before += 1
        return before >= 3 and not ZOU_PERFECT_INFINITIVES.intersection(after)

    # -- settling -------------------------------------------------------------------------
    def is_writer(self, candidate: Candidate) -> bool:
        """A report by "ik", "we" or generic "je" outside quotes is the writer speaking (a
        column, a letter), not an attribution."""
        if candidate.source is None or candidate.source[1] - candidate.source[0] != 1:
            return False
        start = candidate.source[0]
        return (
            self.lowers[start] in {"ik", "we", "wij", "je", "jij", "u"}
            and not self.quoted_tokens[start]
        )

    def settle(self, candidates: list[Candidate]) -> list[Candidate]:
        """Drop duplicates: of two candidates with mostly the same content, keep the one
        whose construction is more specific (direct > indirect > volgens > zou)."""
        kept: list[Candidate] = []
        ordered = sorted(candidates, key=lambda c: (PRIORITY[c.kind], c.content[0]))
        # (content start, place in kept), sorted, and the longest content kept: only kept
        # candidates starting less than that before this one can overlap it. Visiting just
        # those (in kept order, as before) keeps a 10 MB article from taking quadratic time.
        by_start: list[tuple[int, int]] = []
        longest = 0
        for candidate in ordered:
            start, end = candidate.content
            if end <= start or self.is_writer(candidate):
                continue
            clash = False
            nearby = by_start[
                bisect_right(by_start, (start - longest, len(kept))) : bisect_left(
                    by_start, (end, -1)
                )
            ]
            for place in sorted(place for _, place in nearby):
                other = kept[place]
                overlap = min(end, other.content[1]) - max(start, other.content[0])
                if overlap <= 0:
                    continue
                shorter = min(end - start, other.content[1] - other.content[0])
                longer = max(end - start, other.content[1] - other.content[0])
                same_cue = candidate.cue is not None and candidate.cue == other.cue
                nested = overlap < 0.6 * longer and candidate.cue != other.cue
                if (
                    candidate.kind == "according_to"
                    and other.kind in {"indirect", "mixed"}
                    and candidate.cue is not None
                    and other.cue is not None
                    and other.content[0] <= candidate.cue[0] <= other.content[0] + 2
                    and candidate.source != other.source
                ):
                    # "Volgens haar ..., schrijft New Scientist": two levels stand; the inner
                    # claim ends where the outer report's content does.
                    candidate.content = (start, min(end, other.content[1]))
                    end = candidate.content[1]
                    continue
                if nested and candidate.kind != "reportative":
                    continue  # a report inside a quote or inside another report: both stand
                if overlap >= 0.8 * shorter and (
                    same_cue
                    or PRIORITY[candidate.kind] != PRIORITY[other.kind]
                    or candidate.source == other.source
                ):
                    clash = True
                    break
            if (
                clash
                and candidate.source is not None
                and other.source is None
                and (
                    not other.inherit
                    # "X stelt dat '...'": the report naming its source right before the
                    # quote beats a continuation guessed from the quote before.
                    or (
                        candidate.kind in {"mixed", "indirect"}
                        and candidate.cue is not None
                        and 0 <= candidate.content[0] - candidate.cue[1] <= 8
                    )
                    # "Volgens zijn advocaat is Heard “de misbruiker”": the volgens clause
                    # holds the quote and names its source.
                    or (
                        candidate.kind == "according_to"
                        and candidate.content[0] < other.content[0]
                        and candidate.content[1] >= other.content[1] - 2
                    )
                )
            ):
                kept[place] = candidate  # same content: keep the one naming a source
                by_start.remove((other.content[0], place))
                insort(by_start, (start, place))
                longest = max(longest, end - start)
                continue
            if not clash:
                insort(by_start, (start, len(kept)))
                longest = max(longest, end - start)
                kept.append(candidate)
        return sorted(kept, key=lambda c: c.content[0])

    # -- resolving -----------------------------------------------------------------------
    def resolve(self, candidates: list[Candidate]) -> list[Attribution]:
        """Resolve sources in reading order; continuation quotes inherit from the previous
        attribution (within three paragraphs back) or, failing that, the next one."""
        attributions: list[Attribution] = []
        resolved: list[tuple[Candidate, Attribution]] = []
        for candidate in candidates:
            attribution = self.to_attribution(candidate)
            self.organisation_pronoun(attribution, resolved)
            self.plural_subject_pronoun(attribution)
            introduced = (
                self.introduced_speaker(candidate, attributions)
                if candidate.inherit == "previous" and candidate.kind == "direct"
                else None
            )
            if introduced is not None:
                attribution.source_name = introduced.name
                attribution.source_type = self.resolver.entity_source_type(introduced)
                attribution.entity_id = introduced.id
            elif candidate.inherit == "previous":
                previous = self.previous_source(resolved, candidate)
                if previous is not None:
                    # source_name names an entity; an implied "geruchten" stays unnamed.
                    self.take_source(attribution, previous)
                elif candidate.kind == "reportative":
                    attribution.source_type = "rumour"
            resolved.append((candidate, attribution))
            attributions.append(attribution)
            if attribution.kind == "direct" and attribution.entity_id is not None:
                self.resolver.record_quote_speaker(
                    attribution.content.start,
                    attribution.content.end,
                    self.entities.by_id(attribution.entity_id),
                )
            self.resolver.record_content(
                attribution.content.start,
                attribution.content.end,
                self.entities.by_id(attribution.entity_id),
            )
            if attribution.source is not None:
                self.resolver.record_speaker(
                    max(attribution.content.end, attribution.source.end),
                    self.entities.by_id(attribution.entity_id),
                    attribution.cue.text if attribution.cue else None,
                )
        # Quotes that open a paragraph before their speaker is named take the next speaker.
        # So does hearsay that a later sentence of its paragraph sources ("Kim zou ...
        # Kanye zou ..., schrijft The Sun."): the outlet the whole paragraph relays.
        for index, (candidate, attribution) in enumerate(resolved):
            if (
                candidate.kind == "reportative"
                and candidate.inherit == "previous"
                and attribution.source_type == "rumour"
                and attribution.source_name is None
            ):
                self.later_source_in_paragraph(attribution, resolved, index)
            if candidate.inherit and attribution.source_name is None and candidate.kind == "direct":
                for _, later in resolved[index + 1 : index + 3]:
                    if (
                        later.source is not None
                        and later.content.start - attribution.content.end < 400
                    ):
                        attribution.source_name = later.source_name
                        attribution.source_type = later.source_type
                        break
        for attribution in attributions:
            if (
                attribution.kind == "direct"
                and attribution.source is None
                and attribution.source_name is None
                and attribution.source_type == "unknown"
            ):
                # A quote no tag or earlier speaker accounts for: someone speaks it, most
                # often the person the article is about.
                attribution.source_type = "person"
        self.denial_goes_on(attributions)
        return attributions

    @staticmethod
    def take_source(attribution: Attribution, other: Attribution) -> None:
        """``attribution`` is by the source of ``other`` (named, typed, and via the same
        outlet unless it has one of its own)."""
        attribution.source_name = other.source_name
        attribution.source_type = other.source_type
        attribution.entity_id = other.entity_id
        attribution.via = attribution.via or other.via

    def later_source_in_paragraph(
        self, attribution: Attribution, resolved: list[tuple[Candidate, Attribution]], index: int
    ) -> None:
        """Give ``attribution`` (``resolved[index]``) the source of the first later report
        of its paragraph with a named source, if one comes before the paragraph ends and
        no sourced report comes earlier in its sentence ("volgens geruchten ... en het
        koppel zou ...")."""
        content = attribution.content
        sentence_start = self.sentence_of(self.token_at(content.start))[0].idx
        if any(
            other.source is not None
            and other.content.start < content.end
            and sentence_start < other.content.end
            for _, other in resolved[:index]
        ):
            return
        paragraph_end = self.text.find("\n", content.end)
        if paragraph_end < 0:
            paragraph_end = len(self.text)
        for _, other in resolved[index + 1 :]:
            if other.content.start >= paragraph_end:
                return
            if other.source is not None:
                if other.source_name is not None:  # "volgens geruchten": stays a rumour
                    self.take_source(attribution, other)
                return

    def denial_goes_on(self, attributions: list[Attribution]) -> None:
        """A quote right after a source's bare denial, by the same source, goes on denying:
        '"Niks van waar", reageerde zij. "Er is niks veranderd."'. Only after a short denial
        phrase: a quote after a longer statement that happens to deny ("Dat laatste gebeurt
        niet, zegt Huibers. ,,De objecten worden geanonimiseerd.") explains, and neither
        does the denial pass on down a row of quotes."""
        ordered = sorted(attributions, key=lambda a: a.content.start)
        carried: set[int] = set()
        for previous, current in zip(ordered, ordered[1:], strict=False):
            if (
                previous.stance == "deny"
                and id(previous) not in carried
                and current.stance == "assert"
                and current.kind == "direct"
                and current.source_name is not None
                and current.source_name == previous.source_name
                and 0 <= current.content.start - previous.content.end < 80
                and len(previous.content.text.split()) <= BARE_DENIAL_WORDS
                and self.has_marker(
                    "deny", " " + PUNCTUATION.sub(" ", previous.content.text.lower()) + " "
                )
            ):
                current.stance = "deny"
                carried.add(id(current))

    def organisation_pronoun(
        self, attribution: Attribution, resolved: list[tuple[Candidate, Attribution]]
    ) -> None:
        """Dutch refers to an organisation as "zij"/"ze": when the report just before came
        from an organisation ("..., vindt de universiteit. Zij stelt voor ..."), the pronoun
        is that organisation rather than the nearest person."""
        source = attribution.source
        pronoun = source.text.lower() if source is not None else ""
        if source is None or pronoun not in {"hij", "zij", "ze", "hen", "hun"} or not resolved:
            return
        if attribution.source_type == "group" and attribution.source_name is not None:
            return  # "De chauffeurs ... zochten ... Zij vinden": the plural subject just before
        if source.text.lower() == "hij" and resolved[-1][1].source_type in {
            "organisation",
            "outlet",
        }:
            return  # organisations are "zij", never "hij"
        previous = resolved[-1][1]
        if (
            previous.source is not None
            and source.start - previous.content.end < 400
            # A person named in between is the likelier antecedent of a singular pronoun,
            # never of "hen"/"hun".
            and (
                pronoun in {"hen", "hun"}
                or not self.person_named_between(previous.source.end, source.start)
            )
            and (
                previous.source_type in {"organisation", "outlet"}
                # "..., legt zijn advocaat uit. ..., stelt hij": the unnamed speaker goes on.
                or (
                    previous.source_name is None
                    and previous.source_type in {"representative", "anonymous"}
                    and pronoun in {"hij", "zij", "ze"}
                )
                # "De aanklagers vonden ... Bovendien hoopten ze ...", "De transportsector
                # stelt ... volgens hen": a plural pronoun takes up the unnamed group.
                or (
                    previous.source_name is None
                    and previous.source_type in {"group", "person"}
                    and pronoun in {"ze", "zij", "hen", "hun"}
                    and self.plural_phrase(previous.source.text)
                )
            )
        ):
            attribution.source_type = previous.source_type
            attribution.source_name = previous.source_name
            attribution.entity_id = previous.entity_id
            if previous.source_name is None and self.plural_phrase(previous.source.text):
                # The antecedent is the best name the text gives the pronoun.
                attribution.source_name = previous.source.text

    def plural_subject_pronoun(self, attribution: Attribution) -> None:
        """ "De aanklagers vonden de straf te licht. Bovendien hoopten ze dat ...": "ze" with
        a plural verb, and no group source before it, takes up the plural subject of one of
        the two sentences before."""
        source, cue = attribution.source, attribution.cue
        if source is None or cue is None or source.text.lower() not in {"ze", "zij"}:
            return
        if attribution.source_type not in {"person", "unknown"}:
            return  # already taken up by a group or organisation
        verb = cue.text.split()[0].lower()
        if not (verb.endswith("en") and verb in self.pack.cue_verbs):
            return  # "zegt ze", "zei ze": singular
        pair = self.resolver.coordinated_persons(self.token_at(source.start))
        if pair is not None:
            # "Linda en Leo troffen haar aan ... Ze belden ...": the two named together
            attribution.source_name = pair
            attribution.source_type = "person"
            attribution.entity_id = None
            return
        sentence = self.sentence_of(self.token_at(source.start))
        for _ in range(2):
            if sentence.start == 0:
                return
            sentence = self.sentence_of(sentence.start - 1)
            start = self.skip_conjunctions(sentence.start, sentence.end)
            phrase = self.phrases.noun_phrase_at(start, sentence.end)
            if phrase is None or self.entities.entity_at(*phrase) is not None:
                continue
            text = self.text[self.doc[phrase[0]].idx : self.chars(*phrase)[1]]
            if len(text.split()) >= 2 and self.plural_phrase(text):
                attribution.source_name = text
                attribution.source_type = "group"
                attribution.entity_id = None
                return

    def plural_phrase(self, phrase: str) -> bool:
        """A group noun phrase: a plural head ("De aanklagers", "twee mensen uit ...") or
        a collective the lexicon types as a group ("de transportsector")."""
        words = phrase.lower().split()
        head = next((w for w in words if self.resolver.noun_type(w)), words[-1] if words else "")
        return self.resolver.noun_type(head) == "group" or (
            head.endswith(("ers", "en", "s")) and len(head) > 4
        )

    def person_named_between(self, start: int, end: int) -> bool:
        return any(
            entity.type == "PER" and any(start <= m.start < end for m in entity.mentions)
            for entity in self.entities.entities
        )

    def previous_source(
        self, resolved: list[tuple[Candidate, Attribution]], candidate: Candidate
    ) -> Attribution | None:
        for _, previous in reversed(resolved):
            if candidate.content[0] - previous.content.end > 1500:
                return None
            if previous.source is not None or previous.source_name:
                if (
                    candidate.kind == "direct"
                    and previous.kind == "according_to"
                    and previous.source_type == "rumour"
                ):
                    continue
                return previous
        return None

    def introduced_speaker(self, candidate: Candidate, found: list[Attribution]) -> Entity | None:
        """The person a reportage introduces right before an untagged quote: "Sietse
        Brouwer (63) loopt bij de grootouders mee. '...'": the sentence before the quote
        opens with a person's first mention in the article, and the quote is theirs."""
        opening = self.token_at(candidate.content[0]) - 1
        while opening >= 0 and (is_quote_mark(self.doc[opening]) or self.doc[opening].is_space):
            opening -= 1
        if opening < 0 or self.lowers[opening] not in {".", "!", ":"}:
            return None  # the quote does not follow a finished sentence
        sentence = sentence_at(self.doc, opening)
        subject_start = sentence.start
        while (
            subject_start < min(sentence.start + 3, sentence.end - 1)
            and subject_start not in self.entities.by_token
            and (
                self.resolver.noun_type(self.lowers[subject_start]) in {"person", "representative"}
                or self.texts[subject_start] == "-"
                or self.texts[subject_start].isupper()
            )
        ):
            subject_start += 1  # "Dierenarts Marieke Mullaert", "SGP-senator Diederik van Dijk"
        entity = self.entities.by_token.get(subject_start)
        if entity is None or entity.type != "PER" or not self.resolver.is_reliable(entity):
            return None
        first = min(mention.start for mention in entity.mentions)
        if first < self.doc[subject_start].idx:
            return None  # named before: the usual continuation rules apply
        if any(
            sentence.start_char <= attribution.content.start < candidate.content[0]
            for attribution in found
        ):
            # A sentence that reports something has a source of its own, which the quote
            # goes on with; one that only introduces its subject ("Mustafa Ayranci ziet in de
            # opkomst het bewijs dat ...") hands the quote to them.
            return None
        return entity

    def apposition_name(self, end: int):
        """The person named in ", Karim Aachboun," right after a source phrase, or None."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end].text != ",":
            return None
        entity = self.entities.by_token.get(end + 1)
        if entity is None or entity.type != "PER":
            return None
        i = end + 1
        while i < len(doc) and self.entities.by_token.get(i) is entity:
            i += 1
        return entity if i < len(doc) and doc[i].text == "," else None

    def to_attribution(self, candidate: Candidate) -> Attribution:
        text = self.text
        content = TextSpan.of(text, *candidate.content)
        cue = TextSpan.of(text, *candidate.cue) if candidate.cue else None
        attribution = Attribution(
            content=content,
            kind=candidate.kind,
            cue=cue,
            stance=candidate.stance,  # type: ignore[arg-type]
            via=candidate.via,
        )
        if candidate.source is not None:
            start, end = candidate.source
            span = self.doc[start:end]
            attribution.source = TextSpan.of(text, span.start_char, span.end_char)
            resolved: ResolvedSource = self.resolver.resolve(start, end)
            attribution.source_type = resolved.source_type  # type: ignore[assignment]
            attribution.source_name = resolved.source_name
            attribution.entity_id = resolved.entity.id if resolved.entity else None
            named = self.apposition_name(end) if resolved.source_name is None else None
            if named is not None and resolved.source_type in {
                "person",
                "representative",
                "anonymous",
            }:
                # "De juridisch adviseur van Kaes, Karim Aachboun, liet weten": the
                # apposition names the source.
                attribution.source_name = named.name
                attribution.entity_id = named.id
                if resolved.source_type == "anonymous":
                    attribution.source_type = "person"
            if attribution.via is None and resolved.source_type in {
                "anonymous",
                "representative",
                "group",
            }:
                attribution.via = self.resolver.via_after(end, sentence_at(self.doc, start).end)
        if candidate.source_type:
            attribution.source_type = candidate.source_type  # type: ignore[assignment]
        if attribution.stance == "assert":
            # A quote can deny on its own ("Dat klopt helemaal niet"); stance() looks at the
            # start of a long content only.
            attribution.stance = self.stance("assert", candidate.content)  # type: ignore[assignment]
        return attribution
