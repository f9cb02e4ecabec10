"""The analysis pipeline: spaCy's blank tokenizer plus hearsay's components, composed here.

Each stage is a spaCy component with one job, registered with ``@Language.factory``:

1. ``hearsay_sentences``: sentence starts at paragraph and line breaks (after spaCy's
   ``sentencizer``), so headings and pull quotes are sentences of their own
2. ``hearsay_quotes``: quoted stretches (``doc._.quotes``)
3. ``hearsay_entities``: names, outlets and in-article name linking (``doc._.entity_index``)
4. ``hearsay_attributions``: attributions with resolved sources (``doc._.attributions``)
5. ``hearsay_time``: time expressions normalised to the publication date (``doc._.timexes``)
6. ``hearsay_amounts``: money, percentages, ages, counts (``doc._.quantities``)

The analyser is a pure function of one article and the language pack: that is what makes it
parallel, cacheable and testable.
"""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from hearsay.lang import LanguagePack, load_language
from hearsay.model import Article, Document, TextSpan
from hearsay.nlp.attributions import AttributionFinder
from hearsay.nlp.entities import EntityFinder
from hearsay.nlp.phrases import SUBJECT_PRONOUNS, token_index
from hearsay.nlp.quantities import find_quantities
from hearsay.nlp.quotes import find_quotes, is_title
from hearsay.nlp.timex import find_timexes

for _name in ("quotes", "quote_titles", "entity_index", "attributions", "timexes", "quantities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


OPENING_QUOTES = {"“", "„", ",,", "‘", "«"}

#: Longest run of non-space characters handed to spaCy's tokenizer in one piece. Its affix
#: splitting is quadratic in the length of a run (4,000 quote marks take seconds, 100,000
#: would take most of an hour); no word of news text comes near this length.
MAX_RUN = 64
#: Most tokens in one sentence. Real sentences stay far below it; text without any full stop
#: (a scraped list, a 10 MB run-on) would otherwise be one sentence, and the stages that
#: look around inside a sentence would cost quadratic time in its length.
MAX_SENTENCE_TOKENS = 300

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}} ?")
_SURROGATE = re.compile("[\ud800-\udfff]")


class BoundedTokenizer:
    """spaCy's tokenizer, with runs of more than :data:`MAX_RUN` non-space characters cut
    into pieces first, so that tokenizing takes time linear in the length of the text.

    Text without such a run (nearly all text) goes to spaCy's tokenizer unchanged.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []

        def add(segment: str) -> None:
            if segment:
                for token in self.tokenizer(segment):
                    words.append(token.text)
                    spaces.append(bool(token.whitespace_))

        position = 0
        for match in _LONG_RUN.finditer(text):
            add(text[position : match.start()])
            run = match.group()
            for start in range(0, len(run), MAX_RUN):
                add(run[start : start + MAX_RUN])
            position = match.end()
        add(text[position:])
        vocab = self.tokenizer.vocab  # type: ignore[attr-defined]
        return Doc(vocab, words=words, spaces=spaces)


@Language.factory(
    "hearsay_sentences",
    default_config={"lang": "nl"},
    requires=["token.is_sent_start"],
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, *, lang: str) -> SentenceBreaks:
    return SentenceBreaks(load_language(lang).abbreviations)


class SentenceBreaks:
    """Start a sentence after every line break; spaCy's sentencizer only knows punctuation."""

    def __init__(self, abbreviations: frozenset[str] = frozenset()) -> None:
        # "prof.", "b.d.": a capital after them is a name, not a new sentence.
        self.abbreviations = abbreviations

    def __call__(self, doc: Doc) -> Doc:
        # One pass over the tokens (creating spaCy Token objects is the costly part) that
        # also keeps what later stages look up per token: lower-case forms and offsets.
        texts: list[str] = []
        lowers: list[str] = []
        starts: list[int] = []
        lower_words: set[str] = set()
        line_break_before = False
        sentence_starts: list[int] = []
        previous_text = ""
        sentence_length = 0
        # Sentence starts are read and written in an array and stored once at the end:
        # spaCy's ``token.is_sent_start`` setter scans the whole document on every call.
        # spaCy keeps them as unsigned integers (-1, "no start", wrapped): read them signed.
        sent_starts = doc.to_array("SENT_START").astype(numpy.int64)
        changed = False

        def mark(i: int, start: bool) -> None:
            nonlocal changed
            value = 1 if start else -1
            if sent_starts[i] != value:
                sent_starts[i] = value
                changed = True

        for token in doc:
            text = token.text
            if line_break_before or sentence_length >= MAX_SENTENCE_TOKENS:
                mark(token.i, True)
            elif (
                len(previous_text) > 2
                and previous_text.endswith(".")
                and (previous_text[-2].islower() or previous_text[:-1].isupper())
                and previous_text.count(".") == 1
                and text[:1].isupper()
                and previous_text.lower() not in self.abbreviations
            ):
                # "te ver. Aan RTL ...", "van de VS. Maduro ...": spaCy reads "ver." and "VS."
                # as abbreviations; a capital after a word with one final dot starts a sentence.
                mark(token.i, True)
            elif (
                len(previous_text) == 2
                and previous_text[0].isupper()
                and previous_text[1] == "."
                and text[:1].isupper()
                and token.lower_ in SUBJECT_PRONOUNS
            ):
                # "rapporten over Michael P. Hij erkende ...": an initial ends the name, and a
                # subject pronoun after it opens the next sentence (no name goes on with it).
                mark(token.i, True)
            elif sent_starts[token.i] == 1 and previous_text in {",", ";"}:
                # "van LINDA., neemt ...": no sentence starts after a comma.
                mark(token.i, False)
            elif (
                sent_starts[token.i] == 1
                and (previous_text == "." or previous_text.endswith(")"))
                and text[:1].islower()
            ):
                # "(hoezo: 'bijna alle'?) die ...": a question in brackets ends no sentence
                # "in haar magazine LINDA. dat ...": a full stop before a lower-case word
                # belongs to a name or an abbreviation and ends no sentence.
                mark(token.i, False)
            elif text in OPENING_QUOTES and previous_text in {".", "!", "?", "…"}:
                # 'hand. “Ze begonnen': the opening quote starts the next sentence; spaCy's
                # sentencizer keeps it with the sentence before, as if it closed that one.
                mark(token.i, True)
                if token.i + 1 < len(doc):
                    mark(token.i + 1, False)
            previous_text = text
            if token.i == 0 or sent_starts[token.i] == 1:
                sentence_starts.append(token.i)
                sentence_length = 0
            sentence_length += 1
            line_break_before = "\n" in text or "\n" in token.whitespace_
            texts.append(text)
            lowers.append(token.lower_)
            starts.append(token.idx)
            if text[:1].islower():
                lower_words.add(text)
        if changed:
            doc.from_array(["SENT_START"], sent_starts.astype(numpy.uint64).reshape(-1, 1))
        # Words written in lower case somewhere in the article: a capitalised copy at the start
        # of a sentence is then an ordinary word, not a name.
        doc.user_data["lower_words"] = lower_words
        doc.user_data["texts"] = texts
        doc.user_data["lowers"] = lowers
        doc.user_data["token_starts"] = starts
        doc.user_data["sentence_starts"] = sentence_starts
        return doc


@Language.factory("hearsay_quotes", assigns=["doc._.quotes", "doc._.quote_titles"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    """Pair quote marks into quoted stretches; set aside quoted titles."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy joins the tokens anew on every access: read it once
        quotes = find_quotes(text)
        titles = []
        for quote in quotes:
            if quote.depth == 0 and is_title(text[quote.content_start : quote.content_end]):
                start = token_index(doc, quote.content_start)
                end = token_index(doc, quote.content_end - 1) + 1
                if end > start:
                    titles.append((start, end))
        doc._.quotes = quotes
        doc._.quote_titles = titles
        doc.user_data["text"] = text
        return doc


@Language.factory("hearsay_entities", default_config={"lang": "nl"}, assigns=["doc._.entity_index"])
def make_entities(nlp: Language, name: str, *, lang: str) -> EntityStage:
    return EntityStage(load_language(lang))


class EntityStage:
    def __init__(self, pack: LanguagePack) -> None:
        self.finder = EntityFinder(pack)

    def __call__(self, doc: Doc) -> Doc:
        doc._.entity_index = self.finder(doc, doc._.quote_titles or [])
        return doc


@Language.factory(
    "hearsay_attributions",
    default_config={"lang": "nl"},
    requires=["doc._.quotes", "doc._.entity_index"],
    assigns=["doc._.attributions"],
)
def make_attributions(nlp: Language, name: str, *, lang: str) -> AttributionStage:
    return AttributionStage(load_language(lang))


class AttributionStage:
    """Find attribution candidates, then resolve them (finding and writing kept apart)."""

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack

    def __call__(self, doc: Doc) -> Doc:
        finder = AttributionFinder(doc, self.pack, doc._.quotes or [], doc._.entity_index)
        doc._.attributions = finder.resolve(finder.find())
        return doc


@Language.factory("hearsay_time", default_config={"lang": "nl"}, assigns=["doc._.timexes"])
def make_time(nlp: Language, name: str, *, lang: str) -> TimeStage:
    return TimeStage(lang)


class TimeStage:
    """Time expressions normalised against the publication date (``doc.user_data["date"]``)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        find_timexes("", None, lang=lang)  # compiles the rules now, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get("text") or doc.text
        doc._.timexes = find_timexes(text, doc.user_data.get("date"), lang=self.lang)
        return doc


@Language.factory("hearsay_amounts", default_config={"lang": "nl"}, assigns=["doc._.quantities"])
def make_amounts(nlp: Language, name: str, *, lang: str) -> AmountStage:
    return AmountStage(lang)


class AmountStage:
    """Money, percentages, ages, counts and measures."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        find_quantities("", lang=lang)  # compiles the rules now, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get("text") or doc.text
        doc._.quantities = find_quantities(text, lang=self.lang)
        return doc


def build_nlp(lang: str = "nl") -> Language:
    """The spaCy pipeline for ``lang``: blank tokenizer, no downloaded model."""
    load_language(lang)  # fail early, listing supported languages
    nlp = spacy.blank(lang)
    # spaCy refuses texts over a million characters to protect its parser's memory; this
    # pipeline has no parser and keeps linear time, so a 10 MB article is analysed too.
    nlp.max_length = sys.maxsize
    abbreviations = load_language(lang).abbreviations
    # spaCy keeps hundreds of (legal) abbreviations whole, many of them words that end
    # sentences in news ("zijn hand.", "de pers.", "het best."): a word with its full stop
    # hides the sentence end from every stage. Only the language pack's list stays whole.
    nlp.tokenizer.rules = {
        form: tokens
        for form, tokens in nlp.tokenizer.rules.items()
        if not (form.endswith(".") and form[:-1].isalpha() and form.lower() not in abbreviations)
    }
    for abbreviation in abbreviations:
        # One token with its full stop ("b.d.", not "b.d" + "."), in the cases news writes it.
        for form in {abbreviation, abbreviation.capitalize(), abbreviation.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("hearsay_sentences", config={"lang": lang})
    nlp.add_pipe("hearsay_quotes")
    nlp.add_pipe("hearsay_entities", config={"lang": lang})
    nlp.add_pipe("hearsay_attributions", config={"lang": lang})
    nlp.add_pipe("hearsay_time", config={"lang": lang})
    nlp.add_pipe("hearsay_amounts", config={"lang": lang})
    return nlp


class Analyser:
    """Turns :class:`Article` objects into :class:`Document` objects."""

    def __init__(self, lang: str = "nl") -> None:
        self.lang = lang
        self.nlp = build_nlp(lang)

    def analyze(self, article: Article) -> Document:
        return self._document(article, self.nlp(self._make_doc(article)))

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Document]:
        pairs = ((self._make_doc(article), article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self._document(article, doc)

    def _make_doc(self, article: Article) -> Doc:
        """The tokenised article, carrying what the stages need besides the text.

        Lone surrogates (a ``str`` that is not valid Unicode, which only a Python caller can
        pass: the readers reject them) cannot be encoded by spaCy; they are analysed as
        U+FFFD, one character for one, so every offset still points into the article text.
        """
        text = article.text
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
        doc = self.nlp.make_doc(text)
        doc.user_data["date"] = article.date
        return doc

    @staticmethod
    def _document(article: Article, doc: Doc) -> Document:
        entity_index = doc._.entity_index
        document = Document(
            article=article,
            attributions=list(doc._.attributions or []),
            entities=list(entity_index.entities) if entity_index else [],
            timexes=list(doc._.timexes or []),
            quantities=list(doc._.quantities or []),
        )
        if doc.user_data.get("text", article.text) != article.text:
            # Analysed with U+FFFD for lone surrogates: the spans quote the article itself.
            for span in document_spans(document):
                span.text = article.text[span.start : span.end]
        return document


def document_spans(document: Document) -> Iterator[TextSpan]:
    """Every span of a document: attribution content, source and cue, entity mentions,
    time expressions and amounts."""
    for attribution in document.attributions:
        yield attribution.content
        if attribution.source is not None:
            yield attribution.source
        if attribution.cue is not None:
            yield attribution.cue
    for entity in document.entities:
        yield from entity.mentions
    yield from document.timexes
    yield from document.quantities


def tune_gc_for_batch() -> None:
    """Garbage collection for a process that analyses many articles in a row (ingest and its
    workers, ``hearsay analyze`` over a corpus, the benchmark). The loaded pipeline (model,
    lexicons, compiled rules) lives as long as the process, yet every collection of the
    oldest generation scans it again, and each article allocates thousands of short-lived
    objects that trigger collections: freeze what is loaded now out of the collector's
    sight and collect less often. Analysis output does not change."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


@cache
def get_analyser(lang: str = "nl") -> Analyser:
    """One analyser per language per process (building the pipeline takes a moment)."""
    return Analyser(lang)
